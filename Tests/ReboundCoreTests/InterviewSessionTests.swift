import Foundation
import ReboundCore
import Testing

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
  var now = Date(timeIntervalSince1970: 1_800_000_000)
  func advance(_ seconds: TimeInterval) { now += seconds }
}

@Suite struct InterviewSessionTests {
  let plan = ["q1", "q2", "q3"].map {
    PlannedQuestion(question: Question(id: $0, text: "Question \($0)?", kind: .behavioral, tips: ["tip \($0)"]))
  }

  func session(_ clock: TestClock, limit: Double? = nil) -> InterviewSession {
    InterviewSession(
      plan: plan, transcript: Transcript(id: "t", startedAt: clock.now, banks: ["b"]),
      options: InterviewOptions(timeLimit: limit), clock: { clock.now })
  }

  @Test func linesGatherUntilAnEmptyLineSubmitsAndTheNextQuestionFollowsTheSave() {
    let clock = TestClock()
    var interview = session(clock)
    #expect(interview.start() == [.ask(number: 1, total: 3, question: "Question q1?", kind: .behavioral)])
    #expect(interview.handle(.line("first line")) == [])
    clock.advance(42)
    #expect(interview.handle(.line("second line")) == [])
    let events = interview.handle(.line(""))
    guard case .save(let saved) = events.first else {
      Issue.record("the answer is saved before anything else: \(events)")
      return
    }
    #expect(saved.turns.first?.answer == "first line\nsecond line")
    #expect(saved.turns.first?.seconds == 42)
    #expect(events.last == .ask(number: 2, total: 3, question: "Question q2?", kind: .behavioral))
  }

  @Test func redoReplacesThePreviousAnswerAndReturnsToTheCurrentQuestion() {
    let clock = TestClock()
    var interview = session(clock)
    _ = interview.start()
    _ = interview.handle(.line("weak"))
    _ = interview.handle(.line(""))
    #expect(interview.handle(.line("/redo")) == [.ask(number: 1, total: 3, question: "Question q1?", kind: .behavioral)])
    _ = interview.handle(.line("strong"))
    let events = interview.handle(.line(""))
    #expect(events.last == .ask(number: 2, total: 3, question: "Question q2?", kind: .behavioral))
    #expect(interview.transcript.turns.map(\.answer) == ["strong"])
    #expect(interview.transcript.turns.first?.earlierAttempts.map(\.answer) == ["weak"], "the first attempt is kept")
    _ = interview.handle(.line("first answer to q2"))
    _ = interview.handle(.line(""))
    _ = interview.handle(.line("/redo"))
    _ = interview.handle(.line("second try at q2"))
    _ = interview.handle(.line(""))
    #expect(interview.transcript.turns.map(\.answer) == ["strong", "second try at q2"])
    #expect(interview.transcript.turns[1].earlierAttempts.map(\.answer) == ["first answer to q2"])
  }

  @Test func interruptDiscardsWhatIsBeingTypedAndAsksAgain() {
    let clock = TestClock()
    var interview = session(clock)
    _ = interview.start()
    _ = interview.handle(.line("half an answer"))
    #expect(
      interview.handle(.interrupt(typing: "and a line half ty")) == [
        .notice("(answer discarded; /undo brings it back)"),
        .ask(number: 1, total: 3, question: "Question q1?", kind: .behavioral),
      ])
    #expect(interview.answerIsEmpty)
    #expect(
      interview.handle(.line("/undo")) == [.restored(lines: ["half an answer"], typing: "and a line half ty")],
      "the unfinished line goes back to the editor, not into the answer")
    #expect(interview.handle(.line("/undo")) == [.notice("Nothing to bring back.")])
    _ = interview.handle(.line("and a line half typed, now finished."))
    _ = interview.handle(.line(""))
    #expect(interview.transcript.turns.map(\.answer) == ["half an answer\nand a line half typed, now finished."])
  }

  @Test func skipWithTypedLinesAsksFirstAndCtrlCOnNothingSaysHowToEnd() {
    let clock = TestClock()
    var interview = session(clock)
    _ = interview.start()
    #expect(interview.handle(.interrupt(typing: "")) == [.notice("Nothing typed to discard. To end the interview, type /quit or press Ctrl-D.")])
    _ = interview.handle(.line("line one"))
    _ = interview.handle(.line("line two"))
    let first = interview.handle(.line("/skip"))
    #expect(first.count == 1 && !interview.answerIsEmpty, "the first /skip only asks")
    let second = interview.handle(.line("/skip"))
    #expect(second.contains(.ask(number: 2, total: 3, question: "Question q2?", kind: .behavioral)))
  }

  @Test func endOfInputKeepsTheTypedAnswerAndMarksAnUnfinishedAttemptInterrupted() {
    let clock = TestClock()
    var interview = session(clock)
    _ = interview.start()
    _ = interview.handle(.line("typed but not submitted"))
    let events = interview.handle(.endOfInput)
    guard case .finished(let transcript) = events.last else {
      Issue.record("the interview ends: \(events)")
      return
    }
    #expect(transcript.turns.map(\.answer) == ["typed but not submitted"])
    #expect(transcript.status == .interrupted)
    #expect(interview.isFinished)
  }

  @Test func answeringEveryQuestionCompletesTheAttempt() {
    let clock = TestClock()
    var interview = session(clock)
    _ = interview.start()
    var last: [InterviewEvent] = []
    for answer in ["a", "b", "c"] {
      _ = interview.handle(.line(answer))
      last = interview.handle(.line(""))
    }
    guard case .finished(let transcript) = last.last else {
      Issue.record("finished after the last answer")
      return
    }
    #expect(transcript.status == .complete)
    #expect(transcript.pid == nil)
  }

  @Test func commandsAnswerWithoutTouchingTheAnswer() {
    let clock = TestClock()
    var interview = session(clock, limit: 60)
    _ = interview.start()
    _ = interview.handle(.line("draft"))
    #expect(interview.handle(.line("/hint")) == [.hint(["tip q1"])])
    clock.advance(90)
    #expect(interview.handle(.line("/time")) == [.time(answer: 90, total: 90, limit: 60)])
    #expect(interview.handle(.line("/bogus")) == [.notice("Unknown command /bogus; /help lists them.")])
    let events = interview.handle(.line(""))
    #expect(events.first == .overTime(seconds: 90, limit: 60))
    #expect(interview.transcript.turns.first?.answer == "draft")
  }

  @Test func skipRecordsASkippedTurn() {
    let clock = TestClock()
    var interview = session(clock)
    _ = interview.start()
    _ = interview.handle(.line("/skip"))
    #expect(interview.transcript.turns.first?.skipped == true)
    #expect(interview.questionNumber == 2)
  }

  @Test func hintShowsWhatAStrongAnswerCoversAndWhatAnInterviewerListensFor() {
    let clock = TestClock()
    let question = Question(
      id: "q", text: "Q?", kind: .behavioral, tips: ["Name the result."], lookFors: ["ownership", "a number"])
    var interview = InterviewSession(
      plan: [PlannedQuestion(question: question)],
      transcript: Transcript(id: "t", startedAt: clock.now, banks: []), clock: { clock.now })
    _ = interview.start()
    #expect(
      interview.handle(.line("/hint")) == [
        .hint(["Name the result.", "An interviewer listens for: ownership; a number."])
      ])
  }
}

/// The story bank inside an interview: `/better`, `/stories`, and the offer to keep a strong answer.
@Suite struct StoryCommandTests {
  let plan = [
    PlannedQuestion(question: Question(id: "q1", text: "Tell me about a time you improved a process.", kind: .behavioral, tips: ["t"])),
    PlannedQuestion(question: Question(id: "q2", text: "Tell me about a time you reduced missed appointments.", kind: .behavioral, tips: ["t"])),
  ]
  let strong = """
    At Calder Foods in 2023 our month-end close took nine days because bank reconciliations were done \
    by hand, and the finance director could not report to the board on time. My job was to get the close \
    under five days before the year-end audit. I wrote SQL that matched the ledger against the bank feeds \
    every night, and I trained the three accountants to work from the exceptions list instead of the full \
    statements. I rewrote the close checklist so each check had one owner and a deadline. By March the close \
    took four days instead of nine, the auditors signed off two weeks early, and we still use the exceptions \
    list every month. I learned to fix the process before asking people to work harder, and I now start \
    every improvement by timing each step.
    """

  func session(feedback: FeedbackTiming = .each, stories: (any StorySource)? = nil) -> InterviewSession {
    InterviewSession(
      plan: plan, transcript: Transcript(id: "t", startedAt: Date(), banks: ["b"]),
      options: InterviewOptions(feedback: feedback, followUps: false), judge: Interviewer(), stories: stories)
  }

  func answer(_ text: String, in interview: inout InterviewSession) -> [InterviewEvent] {
    _ = interview.handle(.line(text))
    return interview.handle(.line(""))
  }

  @Test func betterShowsTheLastAnswerRebuiltFromItsOwnSentences() throws {
    var interview = session()
    _ = interview.start()
    #expect(interview.handle(.line("/better")) == [.notice("No answer has been scored yet.")])
    _ = answer("We moved the reports into SQL. We trained the team on it.", in: &interview)
    let events = interview.handle(.line("/better"))
    guard case .skeleton(let text) = events.first else {
      Issue.record("no skeleton: \(events)")
      return
    }
    #expect(text.contains("We moved the reports into SQL."))
    #expect(text.contains(AnswerSkeleton.placeholder("own_action")), "a 'we' story is asked for the speaker's part: \(text)")
  }

  @Test func aStrongAnswerIsOfferedAsAStoryOnlyWhenScoresAreShown() {
    var shown = session()
    _ = shown.start()
    let events = answer(strong, in: &shown)
    let offered = events.contains { if case .strongAnswer(_, let question, let score) = $0 { question == plan[0].question.text && score >= 80 } else { false } }
    #expect(offered, "\(events)")
    var hidden = session(feedback: .end)
    _ = hidden.start()
    #expect(!answer(strong, in: &hidden).contains { if case .strongAnswer = $0 { true } else { false } })
    var weak = session()
    _ = weak.start()
    #expect(!answer("I did my best.", in: &weak).contains { if case .strongAnswer = $0 { true } else { false } })
  }

  @Test func storiesListsTheBanksStoriesThatFitTheQuestion() throws {
    var empty = session(stories: StoryMatcher(stories: []))
    _ = empty.start()
    guard case .notice(let message) = empty.handle(.line("/stories")).first else {
      Issue.record("an empty bank says so")
      return
    }
    #expect(message.contains("rebound stories add"))
    var interview = session(stories: StoryMatcher(stories: fixtureStories()))
    _ = interview.start()
    _ = answer(strong, in: &interview)
    guard case .stories(let fits, let size) = interview.handle(.line("/stories")).first else {
      Issue.record("/stories lists stories")
      return
    }
    #expect(size == 6)
    #expect(fits.first?.id == "survey-analysis", "question 2 is about missed appointments: \(fits)")
  }
}
