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
    #expect(skeleton.contains("We moved the whole thing into SQL. [Which part of this was yours?]"))
    #expect(skeleton.contains("[What changed, and by how much?]"))
    #expect(scored.missing.contains("your own part") && scored.missing.contains("the result"))
  }

  @Test func aStoryToldOutOfOrderComesBackInOrderWithNothingToFill() throws {
    let answer = """
      I wrote SQL that matched the ledger against the bank feeds every night, and I trained the three \
      accountants to work from the exceptions list. In 2023 at Calder Foods the close took nine days \
      because bank reconciliations were done by hand in Excel. By March the close took four days, and we \
      still use the exceptions list every month.
      """
    let scored = card(answer)
    let lines = try #require(scored.skeleton).split(separator: "\n").map(String.init)
    #expect(scored.missing.isEmpty, "\(scored.missing)")
    #expect(AnswerSkeleton.placeholderRanges(in: scored.skeleton ?? "").isEmpty)
    let scene = try #require(lines.firstIndex { $0.contains("In 2023 at Calder Foods") })
    let steps = try #require(lines.firstIndex { $0.contains("I wrote SQL") })
    let result = try #require(lines.firstIndex { $0.contains("By March the close took four days") })
    #expect(scene < steps && steps < result, "\(lines)")
  }

  @Test func whatEarnsNothingIsLeftOutAndFillerTakenOut() throws {
    let answer = """
      Situation: um, our ward ran out of pressure mattresses twice in one winter. \
      I used the STAR method to structure this answer. \
      Our ward ran out of pressure mattresses twice in one winter. \
      My useless manager never listened to anyone. \
      I audited the stock every Monday and set up a loan agreement with the ward next door. \
      We have not run out since, and falls fell by a third.
      """
    let skeleton = try #require(card(answer).skeleton)
    #expect(skeleton.hasPrefix("Our ward ran out of pressure mattresses twice in one winter."), "label and filler gone:\n\(skeleton)")
    #expect(skeleton.components(separatedBy: "pressure mattresses").count == 2, "the repeat is gone")
    #expect(!skeleton.contains("STAR method"))
    #expect(!skeleton.contains("useless"), "a complaint that carries nothing else is left out")
    #expect(skeleton.contains("I audited the stock every Monday"))
  }

  @Test func aKeywordListIsNotASkeleton() throws {
    let scored = card("SQL, Python, Tableau, stakeholder management, dashboards, process improvement.")
    let skeleton = try #require(scored.skeleton)
    #expect(ownSentences(skeleton).isEmpty, "nothing of a keyword list survives: \(skeleton)")
    #expect(skeleton.contains("[What did *you* do?]") && skeleton.contains("[What changed, and by how much?]"))
  }

  @Test func anAnswerToAnotherQuestionSaysSoFirst() throws {
    let scored = card(
      "I love hiking in the Lake District and I climbed Helvellyn last June with my brother.",
      question: "Tell me about a time you disagreed with a colleague.")
    let first = try #require(scored.skeleton?.split(separator: "\n").first)
    #expect(first.hasPrefix("[This does not answer the question asked"))
  }

  @Test func aLongAnswerIsTrimmedTowardTheLengthForItsKindKeepingWhatEarnedPoints() throws {
    let padding = Array(repeating: "The building had a lovely view across the river towards the old mill and the hills beyond it", count: 40)
      .enumerated().map { "\($0.element) on day \($0.offset + 1)." }.joined(separator: " ")
    let answer = "In 2022 our support queue at Finch had 400 open tickets. " + padding
      + " I triaged the backlog by product and wrote twelve macros for the common fixes. Within a month the queue was under 50."
    let scored = card(answer)
    let words = try #require(scored.skeleton).split { $0 == " " || $0 == "\n" }.count
    #expect(scored.wordCount > 700)
    #expect(words <= 360, "trimmed toward the behavioural band of 60–350, not \(words)")
    #expect(scored.skeleton?.contains("I triaged the backlog") == true)
    #expect(scored.skeleton?.contains("under 50") == true)
  }

  @Test func questionsWithNoPartsToOrderHaveNoSkeleton() {
    #expect(card("Between 42 and 46 thousand, based on the published band.", question: "What are your salary expectations?").skeleton == nil)
    #expect(card("How will you measure success in the first six months?", question: "Do you have any questions for us?").skeleton == nil)
  }

  /// Across every labelled answer: a placeholder never asks for a part the judges found, and
  /// every sentence outside the brackets is the speaker's own.
  @Test func theSkeletonNeverAsksForWhatTheAnswerHasAndNeverInventsWords() {
    let asks: [(placeholder: String, evidence: String)] = [
      ("[What changed, and by how much?]", "result"),
      ("[Where and when was this", "situation"),
      ("[What did *you* do?]", "action"),
      ("[By how much?", "measured result"),
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
