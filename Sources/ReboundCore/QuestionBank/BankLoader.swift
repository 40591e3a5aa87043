import Foundation
import Yams

/// Reads a question bank from YAML, collecting every problem with its line instead of stopping at the first.
public struct BankLoader: Sendable {
  public init() {}

  /// The bank in `data`, or every problem found in it.
  public func load(_ data: Data, file: String) -> Result<QuestionBank, BankProblems> {
    var reader = BankReader(file: file)
    let bank = reader.read(data)
    if let bank, reader.problems.isEmpty { return .success(bank) }
    return .failure(BankProblems(reader.problems))
  }

  /// The bank at `url`, or every problem found in it.
  public func load(contentsOf url: URL) -> Result<QuestionBank, BankProblems> {
    let file = url.relativePath
    do {
      return load(try RegularFiles.contents(url.path), file: file)
    } catch {
      let message = if case .notAFile(let reason) = error { reason } else { "cannot read the file" }
      return .failure(BankProblems([BankProblem(file: file, line: 0, message: message)]))
    }
  }
}

/// One pass over one file; keeps the problems it meets.
private struct BankReader {
  let file: String
  var problems: [BankProblem] = []
  /// The file's last line: YAML places some problems just after it.
  var lastLine = Int.max

  static let bankKeys: Set<String> = ["id", "title", "description", "role", "questions"]
  static let questionKeys: Set<String> = [
    "id", "text", "kind", "tips", "lookFors", "followUps", "opener", "requirementKinds",
  ]

  init(file: String) { self.file = file }

  mutating func problem(_ line: Int, _ message: String) {
    problems.append(BankProblem(file: file, line: min(line, lastLine), message: message))
  }

  mutating func read(_ data: Data) -> QuestionBank? {
    guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
      problem(1, "not UTF-8 text: a bank must be a YAML file")
      return nil
    }
    lastLine = text.lineCount
    let root: Node?
    do {
      // The basic resolver reads every scalar as text: no per-scalar regular expressions to guess
      // types, which cost most of the start-up. Booleans and nulls are read by hand below.
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      let (line, message) = error.located
      problem(line, "invalid YAML: \(message)")
      return nil
    } catch {
      problem(1, "invalid YAML")
      return nil
    }
    guard let root, case .mapping(let mapping) = root else {
      problem(root?.line ?? 1, "a bank must be a mapping with id, title, description and questions")
      return nil
    }
    checkKeys(mapping, allowed: Self.bankKeys, in: "bank")
    let id = requiredString("id", in: mapping, at: root.line, of: "bank")
    let title = requiredString("title", in: mapping, at: root.line, of: "bank")
    let description = optionalString("description", in: mapping) ?? ""
    let role = optionalString("role", in: mapping)
    var questions: [Question] = []
    if let list = mapping["questions"] {
      if case .sequence(let items) = list {
        if items.isEmpty { problem(list.line, "'questions' is empty") }
        var seen: [String: Int] = [:]
        for item in items {
          let question = readQuestion(item, bankID: id ?? "")
          // Checked on the raw id, so a question with other faults still reports its duplicate.
          if let questionID = item["id"]?.string {
            if let first = seen[questionID] {
              problem(item.line, "duplicate question id '\(questionID)' (first at line \(first))")
            } else {
              seen[questionID] = item.line
            }
          }
          if let question { questions.append(question) }
        }
      } else {
        problem(list.line, "'questions' must be a list")
      }
    } else {
      problem(root.line, "bank is missing 'questions'")
    }
    guard let id, let title else { return nil }
    return QuestionBank(
      id: id, title: title, description: description, role: role, questions: questions, path: file)
  }

  mutating func readQuestion(_ node: Node, bankID: String) -> Question? {
    guard case .mapping(let mapping) = node else {
      problem(node.line, "a question must be a mapping with id, text, kind and tips")
      return nil
    }
    checkKeys(mapping, allowed: Self.questionKeys, in: "question")
    let id = requiredString("id", in: mapping, at: node.line, of: "question")
    let text = requiredString("text", in: mapping, at: node.line, of: "question")
    var kind: QuestionKind?
    if let kindText = requiredString("kind", in: mapping, at: node.line, of: "question") {
      kind = QuestionKind(rawValue: kindText)
      if kind == nil {
        problem(
          mapping["kind"]?.line ?? node.line,
          "unknown kind '\(kindText)' (expected one of: \(QuestionKind.names))")
      }
    }
    let tips = stringList("tips", in: mapping, at: node.line, required: true)
    let lookFors = stringList("lookFors", in: mapping, at: node.line, required: false)
    let followUps = stringList("followUps", in: mapping, at: node.line, required: false)
    var opener = false
    if let flag = mapping["opener"] {
      switch flag.string?.lowercased() {
      case "true", "yes": opener = true
      case "false", "no": opener = false
      default: problem(flag.line, "'opener' must be true or false")
      }
    }
    var requirementKinds: [RequirementKind] = []
    for name in stringList("requirementKinds", in: mapping, at: node.line, required: false) {
      if let kind = RequirementKind(rawValue: name) {
        requirementKinds.append(kind)
      } else {
        problem(
          mapping["requirementKinds"]?.line ?? node.line,
          "unknown requirement kind '\(name)' (expected one of: \(RequirementKind.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
    }
    guard let id, let text, let kind else { return nil }
    var question = Question(
      id: id, text: text, kind: kind, tips: tips, lookFors: lookFors, followUps: followUps,
      opener: opener, bankID: bankID)
    question.requirementKinds = requirementKinds
    for name in question.placeholdersUsed where !Question.placeholders.contains(name) {
      problem(
        mapping["text"]?.line ?? node.line,
        "unknown placeholder '{\(name)}' (expected one of: \(Question.placeholders.sorted().joined(separator: ", ")))"
      )
    }
    return question
  }

  mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, in what: String) {
    for (key, _) in mapping {
      guard let name = key.string else {
        problem(key.line, "\(what) keys must be text")
        continue
      }
      if !allowed.contains(name) {
        problem(
          key.line,
          "unknown field '\(name)' in \(what) (expected: \(allowed.sorted().joined(separator: ", ")))")
      }
    }
  }

  mutating func requiredString(
    _ key: String, in mapping: Node.Mapping, at line: Int, of what: String
  ) -> String? {
    guard let node = mapping[key] else {
      problem(line, "\(what) is missing '\(key)'")
      return nil
    }
    guard case .scalar(let scalar) = node, !scalar.string.trimmed.isEmpty
    else {
      problem(node.line, "'\(key)' must be non-empty text")
      return nil
    }
    return scalar.string
  }

  func optionalString(_ key: String, in mapping: Node.Mapping) -> String? {
    guard let node = mapping[key], case .scalar(let scalar) = node,
      !["", "~", "null", "Null", "NULL"].contains(scalar.string)
    else {
      return nil
    }
    return scalar.string
  }

  mutating func stringList(
    _ key: String, in mapping: Node.Mapping, at line: Int, required: Bool
  ) -> [String] {
    guard let node = mapping[key] else {
      if required { problem(line, "question is missing '\(key)'") }
      return []
    }
    guard case .sequence(let items) = node else {
      problem(node.line, "'\(key)' must be a list of text")
      return []
    }
    if items.isEmpty && required { problem(node.line, "'\(key)' is empty") }
    var values: [String] = []
    for item in items {
      if case .scalar(let scalar) = item, !scalar.string.trimmed.isEmpty {
        values.append(scalar.string)
      } else {
        problem(item.line, "an entry in '\(key)' is empty or not text")
      }
    }
    return values
  }
}
