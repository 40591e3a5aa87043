import Foundation
import ReboundCore

/// A stronger and a weaker answer to the same question, as an experienced interviewer would rank them.
struct LabelledPair: CustomTestStringConvertible, Sendable {
  var file: String
  var question: String
  var kind: QuestionKind?
  var company: String?
  var posting: String?
  var hardCase: String?
  var stronger: String
  var weaker: String

  var testDescription: String { "\(file): \(hardCase ?? question)" }

  static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
  /// The sample postings that ship in the repository, shared by the tests rather than copied.
  static let postings = packageRoot.appendingPathComponent("QuestionBanks/postings")

  /// Every pair in `Fixtures/LabelledAnswers`.
  static let all: [LabelledPair] = {
    let directory = folder.appendingPathComponent("LabelledAnswers")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().flatMap { name -> [LabelledPair] in
      let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
      return text.components(separatedBy: "\n===\n").compactMap { parse($0, file: name) }
    }
  }()

  static func parse(_ block: String, file: String) -> LabelledPair? {
    var headers: [String: String] = [:]
    var section: String?
    var bodies: [String: [String]] = [:]
    for line in block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("#") && section == nil { continue }
      if line.hasPrefix("--- ") {
        section = String(line.dropFirst(4))
        continue
      }
      if let section {
        bodies[section, default: []].append(line)
      } else if let colon = line.firstIndex(of: ":") {
        headers[String(line[..<colon])] = line[line.index(after: colon)...]
          .trimmingCharacters(in: .whitespaces)
      }
    }
    guard let question = headers["question"], let stronger = bodies["stronger"],
      let weaker = bodies["weaker"]
    else { return nil }
    let clean = { (lines: [String]) in
      lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return LabelledPair(
      file: file, question: question, kind: headers["kind"].flatMap(QuestionKind.init(rawValue:)),
      company: headers["company"], posting: headers["posting"], hardCase: headers["case"],
      stronger: clean(stronger), weaker: clean(weaker))
  }

  func context() throws -> ScoringContext {
    let parsed = try posting.map {
      try PostingParser().parse(contentsOf: Self.postings.appendingPathComponent($0))
    }
    return ScoringContext(posting: parsed, company: company)
  }
}

import Testing
