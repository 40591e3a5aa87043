import Foundation
import ReboundCore
import Testing

@Suite struct PracticeScheduleTests {
  let day = 86_400.0
  let start = Date(timeIntervalSince1970: 1_800_000_000)

  func header(_ days: Double, _ scores: [(String, Int)]) -> TranscriptHeader {
    var transcript = Transcript(id: "t\(days)", startedAt: start.addingTimeInterval(days * day), banks: [])
    transcript.status = .complete
    transcript.summary = InterviewSummary(
      overall: nil, criteria: [:], mustHavesShown: [], mustHavesMissed: [],
      questions: scores.map { QuestionScore(questionId: $0.0, question: $0.0, overall: $0.1) })
    return TranscriptHeader(transcript)
  }

  @Test func eachGoodAnswerInARowWidensTheGap() {
    let good = Array(repeating: ("q", 80), count: 1)
    let expectations: [(answers: Int, days: Double)] = [(1, 1), (2, 3), (3, 7), (4, 14), (5, 30), (7, 30)]
    for (answers, days) in expectations {
      let headers = (0..<answers).map { header(Double($0), good) }
      let entry = PracticeSchedule(headers).entries["q"]
      let last = start.addingTimeInterval(Double(answers - 1) * day)
      #expect(entry?.dueAt == last.addingTimeInterval(days * day), "\(answers) good answers")
    }
  }

  @Test func aWeakAnswerIsDueAtOnceAndResetsTheStreak() {
    let headers = [header(0, [("q", 90)]), header(1, [("q", 90)]), header(2, [("q", 40)])]
    let entry = PracticeSchedule(headers).entries["q"]
    #expect(entry?.streak == 0)
    #expect(entry?.dueAt == start.addingTimeInterval(2 * day))
  }

  @Test func dueQuestionsComeWeakestFirst() {
    let headers = [header(0, [("a", 60), ("b", 20), ("c", 95)]), header(1, [("d", 45)])]
    let due = PracticeSchedule(headers).due(at: start.addingTimeInterval(1.5 * day))
    #expect(due.map(\.questionId) == ["b", "d", "a", "c"])
    let soon = PracticeSchedule(headers).due(at: start.addingTimeInterval(0.5 * day))
    #expect(soon.map(\.questionId) == ["b", "a"], "a good answer is not due for a day")
  }
}
