import Foundation

/// When each question should come back, derived from past transcripts so there is no second store.
///
/// A question answered below `goodScore` is due again at once; each good answer in a row widens
/// the gap: 1, 3, 7, 14, then 30 days.
public struct PracticeSchedule: Sendable {
  public static let intervals = [1, 3, 7, 14, 30]
  public static let goodScore = Rubric.dueBelow

  /// One question's history.
  public struct Entry: Equatable, Sendable {
    public var questionId: String
    public var lastSeen: Date
    public var lastScore: Int
    /// Good answers in a row, most recent last.
    public var streak: Int
    public var dueAt: Date
  }

  public private(set) var entries: [String: Entry] = [:]

  public init(_ headers: [TranscriptHeader]) {
    var history: [String: [(Date, Int)]] = [:]
    for header in headers.sorted(by: { $0.startedAt < $1.startedAt }) {
      for score in header.summary?.questions ?? [] {
        history[score.questionId, default: []].append((header.startedAt, score.overall))
      }
    }
    for (id, answers) in history {
      guard let last = answers.last else { continue }
      let streak = answers.reversed().prefix { $0.1 >= Self.goodScore }.count
      let days = streak == 0 ? 0 : Self.intervals[min(streak, Self.intervals.count) - 1]
      entries[id] = Entry(
        questionId: id, lastSeen: last.0, lastScore: last.1, streak: streak,
        dueAt: last.0.addingTimeInterval(Double(days) * 86_400))
    }
  }

  /// Questions due by `now`, weakest first, then those not seen for longest.
  public func due(at now: Date) -> [Entry] {
    entries.values.filter { $0.dueAt <= now }
      .sorted { ($0.lastScore, $0.lastSeen, $0.questionId) < ($1.lastScore, $1.lastSeen, $1.questionId) }
  }

  public func hasSeen(_ questionId: String) -> Bool { entries[questionId] != nil }
}

/// Which questions a practice session prefers.
public enum PracticeFocus: String, CaseIterable, Sendable {
  /// The usual interview flow.
  case all
  /// A drill: the questions that scored lowest and are due come first.
  case weak
  /// Questions never answered before come first.
  case new
}
