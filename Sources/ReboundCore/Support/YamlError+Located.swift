import Yams

extension YamlError {
  /// The 1-based line a YAML error points at, and its problem in the parser's words; at the
  /// end of the file, the line after the last (the readers keep it to the last).
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

extension String {
  /// The lines as YAML counts them, which is how its errors are numbered: a line ends at "\n",
  /// "\r\n", a lone "\r", NEL, or a line or paragraph separator, and a final break does not
  /// start another line.
  var lineCount: Int {
    var breaks = 0
    var endsWithBreak = false
    var afterReturn = false
    for scalar in unicodeScalars {
      switch scalar {
      case "\n" where afterReturn: break  // the second half of "\r\n"
      case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": breaks += 1
      default:
        afterReturn = false
        endsWithBreak = false
        continue
      }
      afterReturn = scalar == "\r"
      endsWithBreak = true
    }
    return max(1, endsWithBreak ? breaks : breaks + 1)
  }
}

extension Node {
  /// The 1-based line the node starts on.
  var line: Int { mark?.line ?? 1 }
}
