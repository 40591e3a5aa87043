import Foundation

/// Scores across attempts: the table over time, each criterion's trend, the questions answered most.
public struct AttemptComparison: Codable, Equatable, Sendable {
  /// One attempt as a row of the table.
  public struct Attempt: Codable, Equatable, Sendable {
    public var id: String
    public var startedAt: Date
    public var status: Transcript.Status
    public var posting: String?
    public var company: String?
    public var banks: [String]
    public var overall: Int?
    public var criteria: [Criterion: Int?]
  }

  /// How one criterion moved.
  public struct Trend: Codable, Equatable, Sendable {
    public var values: [Int?]
    public var changeSinceFirst: Int?
    public var changeSincePrevious: Int?
  }

  /// A question answered in several attempts.
  public struct QuestionHistory: Codable, Equatable, Sendable {
    public var questionId: String
    public var question: String
    public var times: Int
    public var best: Int
    public var latest: Int
    public var mean: Int
  }

  /// A rejection recorded with `rebound debrief`, shown on the same timeline as practice.
  public struct Outcome: Codable, Equatable, Sendable {
    public var id: String
    public var createdAt: Date
    public var company: String
    public var role: String?
    public var stage: String?
    public var reason: RejectionReason
  }

  /// Reasons and stages that recur across debriefs.
  public struct Patterns: Codable, Equatable, Sendable {
    public var reasons: [String: Int]
    public var stages: [String: Int]
  }

  public var attempts: [Attempt]
  public var outcomes: [Outcome] = []
  public var patterns = Patterns(reasons: [:], stages: [:])
  public var trend: [Criterion: Trend]
  public var questions: [QuestionHistory]
  /// The criterion with the lowest mean over the last five attempts.
  public var weakest: Criterion?

  /// Which attempts to compare.
  public struct Filter: Sendable {
    public var posting: String?
    public var company: String?
    public var bank: String?
    public var last: Int?

    public init(posting: String? = nil, company: String? = nil, bank: String? = nil, last: Int? = nil) {
      self.posting = posting
      self.company = company
      self.bank = bank
      self.last = last
    }

    func accepts(_ header: TranscriptHeader) -> Bool {
      if let posting {
        let wanted = (posting as NSString).lastPathComponent
        guard let had = header.posting, (had as NSString).lastPathComponent == wanted else { return false }
      }
      if let company, header.company?.lowercased() != company.lowercased() { return false }
      if let bank, !header.banks.contains(bank) { return false }
      return true
    }
  }

  public init(_ headers: [TranscriptHeader], filter: Filter = Filter()) {
    var chosen = headers.filter { filter.accepts($0) && $0.summary != nil }
      .sorted { $0.startedAt < $1.startedAt }
    if let last = filter.last, chosen.count > last { chosen = Array(chosen.suffix(last)) }
    attempts = chosen.map { header in
      Attempt(
        id: header.id, startedAt: header.startedAt, status: header.status, posting: header.posting,
        company: header.company, banks: header.banks, overall: header.summary?.overall,
        criteria: header.summary?.criteria ?? [:])
    }
    var trend: [Criterion: Trend] = [:]
    for criterion in Criterion.allCases {
      let values = attempts.map { $0.criteria[criterion] ?? nil }
      let present = values.compactMap { $0 }
      let last = present.last
      trend[criterion] = Trend(
        values: values,
        changeSinceFirst: present.count > 1 ? last.map { $0 - present[0] } : nil,
        changeSincePrevious: present.count > 1 ? last.map { $0 - present[present.count - 2] } : nil)
    }
    self.trend = trend
    var byQuestion: [String: (question: String, scores: [Int])] = [:]
    for header in chosen {
      for score in header.summary?.questions ?? [] {
        byQuestion[score.questionId, default: (score.question, [])].scores.append(score.overall)
      }
    }
    questions = byQuestion.map { id, entry in
      QuestionHistory(
        questionId: id, question: entry.question, times: entry.scores.count,
        best: entry.scores.max() ?? 0, latest: entry.scores.last ?? 0,
        mean: Int((Double(entry.scores.reduce(0, +)) / Double(max(1, entry.scores.count))).rounded()))
    }.sorted { ($0.times, $1.mean, $0.questionId) > ($1.times, $0.mean, $1.questionId) }
    let recent = attempts.suffix(5)
    weakest = Criterion.allCases.compactMap { criterion -> (Criterion, Double)? in
      let values = recent.compactMap { $0.criteria[criterion] ?? nil }
      guard !values.isEmpty else { return nil }
      return (criterion, Double(values.reduce(0, +)) / Double(values.count))
    }.min { $0.1 < $1.1 }?.0
  }
}

extension AttemptComparison {
  /// Adds the debriefs (for the filter's company, when it names one) and their recurring patterns.
  /// Adds real outcomes (debriefs) to the timeline: those for the company and posting asked
  /// about, and with `--last`, only those since the first attempt shown.
  public mutating func include(_ debriefs: [Debrief], company: String? = nil, posting: String? = nil, sinceFirst: Bool = false) {
    let start = sinceFirst ? attempts.first?.startedAt : nil
    let postingName = posting.map { ($0 as NSString).lastPathComponent.lowercased() }
    let chosen = debriefs.filter { debrief in
      (company == nil || debrief.company.lowercased() == company?.lowercased())
        && (postingName == nil || debrief.posting.map { ($0 as NSString).lastPathComponent.lowercased() } == postingName)
        && (start.map { debrief.createdAt >= $0 } ?? true)
    }
    outcomes = chosen.map {
      Outcome(id: $0.id, createdAt: $0.createdAt, company: $0.company, role: $0.role, stage: $0.stage, reason: $0.reason)
    }
    var reasons: [String: Int] = [:]
    var stages: [String: Int] = [:]
    for debrief in chosen {
      reasons[debrief.reason.rawValue, default: 0] += 1
      if let stage = debrief.stage?.lowercased() { stages[stage, default: 0] += 1 }
    }
    patterns = Patterns(reasons: reasons, stages: stages)
  }
}

extension AttemptComparison {
  /// `compare --json`: the same document the Codable form gives (a test decodes it back), written
  /// directly, which over ten thousand attempts is many times faster.
  public var jsonDocument: JSONDocument {
    func criteria(_ values: [Criterion: Int?]) -> JSONDocument {
      var fields: [String: JSONDocument] = [:]
      for (criterion, value) in values { fields[criterion.rawValue] = .int(value) }
      return .object(fields)
    }
    let attempts = self.attempts.map { attempt -> JSONDocument in
      var fields: [String: JSONDocument] = [
        "id": .string(attempt.id), "startedAt": .string(TimestampParser.string(attempt.startedAt)),
        "status": .string(attempt.status.rawValue), "banks": .array(attempt.banks.map { .string($0) }),
        "criteria": criteria(attempt.criteria),
      ]
      // Codable leaves a nil optional out; so does this.
      if let posting = attempt.posting { fields["posting"] = .string(posting) }
      if let company = attempt.company { fields["company"] = .string(company) }
      if let overall = attempt.overall { fields["overall"] = .int(overall) }
      return .object(fields)
    }
    var trend: [String: JSONDocument] = [:]
    for (criterion, item) in self.trend {
      var fields: [String: JSONDocument] = ["values": .array(item.values.map { .int($0) })]
      if let first = item.changeSinceFirst { fields["changeSinceFirst"] = .int(first) }
      if let previous = item.changeSincePrevious { fields["changeSincePrevious"] = .int(previous) }
      trend[criterion.rawValue] = .object(fields)
    }
    let questions = self.questions.map { item -> JSONDocument in
      .object([
        "questionId": .string(item.questionId), "question": .string(item.question), "times": .int(item.times),
        "best": .int(item.best), "latest": .int(item.latest), "mean": .int(item.mean),
      ])
    }
    let outcomes = self.outcomes.map { item -> JSONDocument in
      var fields: [String: JSONDocument] = [
        "id": .string(item.id), "createdAt": .string(TimestampParser.string(item.createdAt)),
        "company": .string(item.company), "reason": .string(item.reason.rawValue),
      ]
      if let role = item.role { fields["role"] = .string(role) }
      if let stage = item.stage { fields["stage"] = .string(stage) }
      return .object(fields)
    }
    var document: [String: JSONDocument] = [
      "attempts": .array(attempts), "outcomes": .array(outcomes), "trend": .object(trend), "questions": .array(questions),
      "patterns": .object([
        "reasons": .object(patterns.reasons.mapValues { .int($0) }), "stages": .object(patterns.stages.mapValues { .int($0) }),
      ]),
    ]
    if let weakest { document["weakest"] = .string(weakest.rawValue) }
    return .object(document)
  }
}

/// Terminal sparklines: eight levels of block, one character per attempt.
public enum Sparkline {
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// Scores 0–100 as blocks; a missing score is a space.
  public static func render(_ values: [Int?]) -> String {
    String(values.map { value in
      guard let value else { return " " }
      return blocks[min(7, max(0, value * 8 / 101))]
    })
  }
}
