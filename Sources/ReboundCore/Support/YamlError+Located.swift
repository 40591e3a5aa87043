import Yams

extension YamlError {
  /// The 1-based line a YAML error points at, and its problem in the parser's words.
  var located: (line: Int, problem: String) {
    switch self {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (mark.line, problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (context.mark.line, "duplicate key '\(duplicates.joined(separator: "', '"))'")
    case .reader(let problem, _, _, _):
      return (1, problem)
    default:
      return (1, "\(self)")
    }
  }
}

extension Node {
  /// The 1-based line the node starts on.
  var line: Int { mark?.line ?? 1 }
}
