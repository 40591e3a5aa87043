import Foundation
import ReboundCore
import Testing

/// One answer with the most (or the least) it may score, written to fool the scorer one way.
struct BoundedAnswer: CustomTestStringConvertible, Sendable {
  var file: String
  var question: String
  var kind: QuestionKind?
  var company: String?
  var posting: String?
  var failureClass: String
  var ceiling: Int?
  var floor: Int?
  var answer: String

  var testDescription: String { "\(file): \(failureClass)" }

  static let all: [BoundedAnswer] = blocks(in: "Ceilings").compactMap { file, headers, bodies in
    guard let question = headers["question"], let answer = bodies["answer"] else { return nil }
    return BoundedAnswer(
      file: file, question: question, kind: headers["kind"].flatMap(QuestionKind.init(rawValue:)),
      company: headers["company"], posting: headers["posting"], failureClass: headers["class"] ?? "",
      ceiling: headers["ceiling"].flatMap(Int.init), floor: headers["floor"].flatMap(Int.init), answer: answer)
  }

  func card() throws -> ScoreCard {
    let parsed = try posting.map {
      try PostingParser().parse(contentsOf: LabelledPair.postings.appendingPathComponent($0))
    }
    return Scorer().score(
      answer, question: question, kind: kind, context: ScoringContext(posting: parsed, company: company))
  }
}

/// The same story told several ways.
struct ParaphraseSet: CustomTestStringConvertible, Sendable {
  var question: String
  var wordings: [(name: String, text: String)]
  var testDescription: String { question }

  static let all: [ParaphraseSet] = blocks(in: "Paraphrases").compactMap { _, headers, bodies in
    guard let question = headers["question"] else { return nil }
    return ParaphraseSet(question: question, wordings: bodies.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }
}

/// Blocks of `key: value` headers and `--- name` bodies, separated by `===`, from every file in a fixture folder.
func blocks(in folder: String) -> [(file: String, headers: [String: String], bodies: [String: String])] {
  let directory = LabelledPair.folder.appendingPathComponent(folder)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
  return names.sorted().flatMap { name in
    let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    return text.components(separatedBy: "\n===\n").map { block in
      var headers: [String: String] = [:]
      var bodies: [String: [String]] = [:]
      var section: String?
      for line in block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        if line.hasPrefix("#") && section == nil { continue }
        if line.hasPrefix("--- ") {
          section = String(line.dropFirst(4))
        } else if let section {
          bodies[section, default: []].append(line)
        } else if let colon = line.firstIndex(of: ":") {
          headers[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
      }
      return (name, headers, bodies.mapValues { $0.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) })
    }
  }
}

@Suite struct AbsoluteScoreTests {
  @Test func everyFailureClassHasItsCases() {
    let classes = Set(BoundedAnswer.all.map(\.failureClass))
    for needed in ["off-topic", "keyword-stuffed", "repeated", "template", "humblebrag", "blaming the client",
      "profanity and insults", "keyword list"]
    {
      #expect(classes.contains(needed), "no case for \(needed)")
    }
    #expect(BoundedAnswer.all.count >= 20)
  }

  /// The cases the fitted scorer does not yet keep within bounds, by question. Each still runs:
  /// it must fail as recorded, and a case that starts passing fails the test until it is taken
  /// off this list. Why they miss: a story on another subject given to a story question (the
  /// model sees no topic, only what each sentence does); lists of buzzwords, which the corpus's
  /// interviewers scored near 25 rather than near 5; a short, plain story the length-aware fit
  /// marks down.
  static let knownMisses: Set<String> = [
    "off-topic: Tell me about a time you disagreed with a colleague.", "off-topic: Tell me about a time you failed.",
    "off-topic: Why are you leaving your current job?",
    "keyword-stuffed: Tell me about a time you improved a process.",
    "empty STAR labels: Tell me about a time you worked under pressure.",
    "name and because: Why do you want to work at Brightwater Foods?",
    "keyword list: What experience do you have with data analysis?",
    "short and plain: Tell me about a time you spotted a risk before it became a problem.",
  ]

  func bounded(_ item: BoundedAnswer, check: () throws -> Void) rethrows {
    if Self.knownMisses.contains("\(item.failureClass): \(item.question)") {
      try withKnownIssue("\(item.failureClass): not yet within bounds (see knownMisses)") { try check() }
    } else {
      try check()
    }
  }

  @Test(arguments: BoundedAnswer.all)
  func anAnswerBuiltToFoolTheScorerStaysUnderItsCeiling(_ item: BoundedAnswer) throws {
    let card = try item.card()
    bounded(item) {
      if let ceiling = item.ceiling {
        #expect(card.overall <= ceiling, "\(card.overall) > \(ceiling); advice: \(card.advice.first ?? "none")")
      }
      if let floor = item.floor {
        #expect(card.overall >= floor, "\(card.overall) < \(floor): \(ScoreSummary(card))")
      }
    }
  }

  @Test(arguments: BoundedAnswer.all.filter { $0.failureClass == "off-topic" })
  func anOffTopicAnswerSaysSoInItsFirstAdvice(_ item: BoundedAnswer) throws {
    let card = try item.card()
    bounded(item) {
      #expect(card.relevance?.answersQuestion == false)
      #expect(card.advice.first?.hasPrefix("This does not answer the question asked.") == true)
    }
  }

  @Test(arguments: ParaphraseSet.all)
  func theSameStoryInOtherWordsScoresWithinTenPoints(_ set: ParaphraseSet) {
    let scores = set.wordings.map { Scorer().score($0.text, question: set.question).overall }
    let named = zip(set.wordings.map(\.name), scores).map { "\($0)=\($1)" }.joined(separator: " ")
    #expect((scores.max() ?? 0) - (scores.min() ?? 0) <= 10, "\(named)")
    #expect(scores.allSatisfy { $0 >= 65 }, "a strong story in any wording is at least good: \(named)")
  }
}
