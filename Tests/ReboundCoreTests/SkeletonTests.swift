import Foundation
import ReboundCore
import Testing

/// The skeleton: a stronger version of an answer made only of the speaker's own sentences.
@Suite struct SkeletonTests {
  let question = "Tell me about a time you improved a process."

  func card(_ answer: String, question: String? = nil, kind: QuestionKind? = nil) -> ScoreCard {
    Scorer().score(answer, question: question ?? self.question, kind: kind)
  }

  /// The skeleton's words outside its brackets, sentence by sentence.
  func ownSentences(_ skeleton: String) -> [String] {
    var text = skeleton
    for range in AnswerSkeleton.placeholderRanges(in: skeleton).reversed() { text.removeSubrange(range) }
    return text.split(whereSeparator: \.isNewline).flatMap { line in
      line.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
  }

  @Test func aWeOnlyAnswerWithNoResultKeepsItsWordsAndAsksForTheResultAndTheSpeakersPart() throws {
    let answer = """
      Last spring the monthly sales report was always late. We moved the whole thing into SQL. \
      We rebuilt the queries and tested them with the finance team.
      """
    let scored = card(answer)
    let skeleton = try #require(scored.skeleton)
    for sentence in ownSentences(skeleton) { #expect(answer.contains(sentence), "invented: \(sentence)") }
    #expect(skeleton.contains("We moved the whole thing into SQL."))
    #expect(skeleton.contains(AnswerSkeleton.placeholder("own_action")), "\(skeleton)")
    #expect(scored.missing.contains("your own part"), "\(scored.missing)")
  }

  @Test func aCompleteStoryKeepsItsOrderAndAsksForNothingItHas() throws {
    let answer = """
      In 2023 at Calder Foods the close took nine days because bank reconciliations were done by hand in \
      Excel. I wrote SQL that matched the ledger against the bank feeds every night, and I trained the three \
      accountants to work from the exceptions list. By March the close took four days, and we still use the \
      exceptions list every month.
      """
    let scored = card(answer)
    let lines = try #require(scored.skeleton).split(separator: "\n").map(String.init)
    for part in ["the situation", "your own part", "the result"] {
      #expect(!scored.missing.contains(part), "asks for \(part) it has: \(scored.missing)")
    }
    let scene = try #require(lines.firstIndex { $0.contains("In 2023 at Calder Foods") })
    let steps = try #require(lines.firstIndex { $0.contains("I wrote SQL") })
    let result = try #require(lines.firstIndex { $0.contains("By March the close took four days") })
    #expect(scene < steps && steps < result, "\(lines)")
  }

  @Test func whatEarnsNothingIsLeftOut() throws {
    let answer = """
      Our ward ran out of pressure mattresses twice in one winter. \
      Our ward ran out of pressure mattresses twice in one winter. \
      My useless manager never listened to anyone and the whole place was a joke. \
      I audited the stock every Monday and set up a loan agreement with the ward next door. \
      We have not run out since, and falls fell by a third.
      """
    let skeleton = try #require(card(answer).skeleton)
    #expect(skeleton.components(separatedBy: "pressure mattresses").count == 2, "the repeat is gone:\n\(skeleton)")
    #expect(!skeleton.contains("useless"), "a complaint is left out:\n\(skeleton)")
    #expect(skeleton.contains("I audited the stock every Monday"))
  }

  @Test func aKeywordListIsNotASkeleton() throws {
    let scored = card("SQL, Python, Tableau, stakeholder management, dashboards, process improvement.")
    let skeleton = try #require(scored.skeleton)
    #expect(ownSentences(skeleton).isEmpty, "nothing of a keyword list survives: \(skeleton)")
    #expect(skeleton.contains(AnswerSkeleton.placeholder("own_action")), "asks for what the speaker did: \(skeleton)")
  }

  @Test func anAnswerToAnotherQuestionSaysSoFirst() throws {
    let scored = card(
      "I love hiking in the Lake District and I climbed Helvellyn last June with my brother. We reached the top by noon.",
      question: "What is your greatest weakness?", kind: .weakness)
    let first = try #require(scored.skeleton?.split(separator: "\n").first)
    #expect(first.hasPrefix("[This does not answer the question"), "\(scored.skeleton ?? "")")
  }

  @Test func questionsWithNoPartsToOrderHaveNoSkeleton() {
    #expect(card("Between 42 and 46 thousand, based on the published band.", question: "What are your salary expectations?").skeleton == nil)
    #expect(card("How will you measure success in the first six months?", question: "Do you have any questions for us?").skeleton == nil)
  }

  /// Across every labelled answer: a placeholder never asks for a part the scorer found, and
  /// every sentence outside the brackets is the speaker's own.
  @Test func theSkeletonNeverAsksForWhatTheAnswerHasAndNeverInventsWords() {
    let asks: [(placeholder: String, evidence: String)] = [
      (AnswerSkeleton.placeholder("result"), "result"),
      (AnswerSkeleton.placeholder("situation"), "situation"),
      (AnswerSkeleton.placeholder("own_action"), "action"),
      (AnswerSkeleton.placeholder("weakness"), "weakness"),
    ]
    for item in AdviceConsistencyTests.answers {
      let scored = Scorer().score(item.answer, question: item.question, kind: item.kind, context: item.context)
      guard let skeleton = scored.skeleton else { continue }
      let labels = Set(scored[.story].evidence.map(\.label))
      for (placeholder, evidence) in asks where labels.contains(evidence) {
        #expect(!skeleton.contains(placeholder), "asks for \(evidence) it has: \(item.answer.prefix(80))")
      }
      // Only a sentence's first letter may change case, when it was split off at a semicolon.
      let flattened = item.answer.replacingOccurrences(of: "\n", with: " ").lowercased()
      for sentence in ownSentences(skeleton) {
        let words = sentence.split(separator: " ").prefix(4).joined(separator: " ").lowercased()
        #expect(flattened.contains(words), "not the speaker's: \(sentence)")
      }
    }
  }
}
