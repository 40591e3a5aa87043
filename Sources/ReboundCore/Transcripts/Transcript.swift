import Foundation

/// One attempt at a mock interview, as saved after every answer.
public struct Transcript: Codable, Equatable, Sendable {
  /// Bumped when the format changes in a way older readers cannot follow.
  public static let currentSchema = 1

  /// Where an attempt stands.
  public enum Status: String, Codable, Sendable {
    case inProgress = "in-progress"
    case complete
    case interrupted
  }

  public var schema: Int
  public var id: String
  public var startedAt: Date
  public var endedAt: Date?
  public var status: Status
  public var banks: [String]
  /// The seed that reproduces the question order.
  public var seed: UInt64?
  /// The process writing an in-progress attempt, to tell a live session from a dead one.
  public var pid: Int32?
  /// The job posting practised against, as given.
  public var posting: String?
  public var company: String?
  public var turns: [Turn]
  public var summary: InterviewSummary?
  /// Every question planned for the attempt, so an interrupted one can be resumed.
  public var plan: [PlannedTurn]?

  public init(
    id: String, startedAt: Date, banks: [String], seed: UInt64? = nil, pid: Int32? = nil,
    posting: String? = nil, company: String? = nil
  ) {
    self.schema = Self.currentSchema
    self.id = id
    self.startedAt = startedAt
    self.endedAt = nil
    self.status = .inProgress
    self.banks = banks
    self.seed = seed
    self.pid = pid
    self.posting = posting
    self.company = company
    self.turns = []
    self.summary = nil
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schema = try c.decode(Int.self, forKey: .schema)
    if schema > Self.currentSchema {
      throw DecodingError.dataCorruptedError(
        forKey: .schema, in: c,
        debugDescription: "written by a newer Rebound (schema \(schema)); update Rebound to read it")
    }
    id = try c.decode(String.self, forKey: .id)
    startedAt = try c.decode(Date.self, forKey: .startedAt)
    endedAt = try c.decodeIfPresent(Date.self, forKey: .endedAt)
    status = try c.decode(Status.self, forKey: .status)
    banks = try c.decodeIfPresent([String].self, forKey: .banks) ?? []
    seed = try c.decodeIfPresent(UInt64.self, forKey: .seed)
    pid = try c.decodeIfPresent(Int32.self, forKey: .pid)
    posting = try c.decodeIfPresent(String.self, forKey: .posting)
    company = try c.decodeIfPresent(String.self, forKey: .company)
    turns = try c.decode([Turn].self, forKey: .turns)
    summary = try c.decodeIfPresent(InterviewSummary.self, forKey: .summary)
    plan = try c.decodeIfPresent([PlannedTurn].self, forKey: .plan)
  }
}

/// A planned question as saved: enough to ask it again when an attempt is resumed.
public struct PlannedTurn: Codable, Equatable, Sendable {
  public var questionId: String
  public var bankId: String
  public var question: String
  public var kind: QuestionKind
  public var origin: QuestionOrigin
  public var requirement: String?

  public init(_ planned: PlannedQuestion) {
    questionId = planned.question.id
    bankId = planned.question.bankID
    question = planned.question.text
    kind = planned.question.kind
    origin = planned.origin
    requirement = planned.requirement
  }

  /// The question again, with its tips and follow-ups when its bank is still installed.
  public func planned(in catalog: BankCatalog?) -> PlannedQuestion {
    var found = catalog?.banks.first { $0.id == bankId }?.questions.first { $0.id == questionId }
      ?? Question(id: questionId, text: question, kind: kind, bankID: bankId)
    found.text = question
    return PlannedQuestion(question: found, origin: origin, requirement: requirement)
  }
}

/// Where a question came from.
public enum QuestionOrigin: String, Codable, Sendable {
  case bank
  case posting
}

/// One question asked and what the candidate said.
public struct Turn: Codable, Equatable, Sendable {
  public var questionId: String
  public var question: String
  public var kind: QuestionKind
  public var origin: QuestionOrigin
  /// The posting requirement a posting-driven question probes.
  public var requirement: String?
  public var answer: String
  public var startedAt: Date
  public var seconds: Double
  public var skipped: Bool
  public var followUps: [FollowUpTurn]
  public var score: ScoreCard?
  /// Answers given before a `/redo`, oldest first; `answer` and `score` are the latest.
  public var earlierAttempts: [EarlierAttempt]

  public init(
    questionId: String, question: String, kind: QuestionKind, origin: QuestionOrigin = .bank,
    requirement: String? = nil, answer: String, startedAt: Date, seconds: Double,
    skipped: Bool, followUps: [FollowUpTurn] = [], score: ScoreCard? = nil,
    earlierAttempts: [EarlierAttempt] = []
  ) {
    self.questionId = questionId
    self.question = question
    self.kind = kind
    self.origin = origin
    self.requirement = requirement
    self.answer = answer
    self.startedAt = startedAt
    self.seconds = seconds
    self.skipped = skipped
    self.followUps = followUps
    self.score = score
    self.earlierAttempts = earlierAttempts
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    questionId = try c.decode(String.self, forKey: .questionId)
    question = try c.decode(String.self, forKey: .question)
    kind = try c.decode(QuestionKind.self, forKey: .kind)
    origin = try c.decodeIfPresent(QuestionOrigin.self, forKey: .origin) ?? .bank
    requirement = try c.decodeIfPresent(String.self, forKey: .requirement)
    answer = try c.decode(String.self, forKey: .answer)
    startedAt = try c.decode(Date.self, forKey: .startedAt)
    seconds = try c.decodeIfPresent(Double.self, forKey: .seconds) ?? 0
    skipped = try c.decodeIfPresent(Bool.self, forKey: .skipped) ?? false
    followUps = try c.decodeIfPresent([FollowUpTurn].self, forKey: .followUps) ?? []
    score = try c.decodeIfPresent(ScoreCard.self, forKey: .score)
    earlierAttempts = try c.decodeIfPresent([EarlierAttempt].self, forKey: .earlierAttempts) ?? []
  }

  enum CodingKeys: String, CodingKey {
    case questionId, question, kind, origin, requirement, answer, startedAt, seconds, skipped, followUps, score
    case earlierAttempts
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(questionId, forKey: .questionId)
    try c.encode(question, forKey: .question)
    try c.encode(kind, forKey: .kind)
    try c.encode(origin, forKey: .origin)
    try c.encodeIfPresent(requirement, forKey: .requirement)
    try c.encode(answer, forKey: .answer)
    try c.encode(startedAt, forKey: .startedAt)
    try c.encode(seconds, forKey: .seconds)
    try c.encode(skipped, forKey: .skipped)
    try c.encode(followUps, forKey: .followUps)
    try c.encodeIfPresent(score, forKey: .score)
    // Absent when there was no /redo, so transcripts without one read as they always have.
    if !earlierAttempts.isEmpty { try c.encode(earlierAttempts, forKey: .earlierAttempts) }
  }

  /// The main answer and every follow-up answer, scored together.
  public var combinedAnswer: String {
    ([answer] + followUps.map(\.answer)).filter { !$0.isEmpty }.joined(separator: "\n\n")
  }
}

/// An interviewer's probe after a main answer, and the reply.
public struct FollowUpTurn: Codable, Equatable, Sendable {
  public var question: String
  /// The gap in the main answer that prompted it ("result", "action", …).
  public var gap: String
  public var answer: String
  public var startedAt: Date
  public var seconds: Double

  public init(question: String, gap: String, answer: String, startedAt: Date, seconds: Double) {
    self.question = question
    self.gap = gap
    self.answer = answer
    self.startedAt = startedAt
    self.seconds = seconds
  }
}

/// An answer a `/redo` replaced, kept whole with its score.
public struct EarlierAttempt: Codable, Equatable, Sendable {
  public var answer: String
  public var startedAt: Date
  public var seconds: Double
  public var skipped: Bool
  public var followUps: [FollowUpTurn]
  public var score: ScoreCard?

  public init(_ turn: Turn) {
    answer = turn.answer
    startedAt = turn.startedAt
    seconds = turn.seconds
    skipped = turn.skipped
    followUps = turn.followUps
    score = turn.score
  }
}
