import Foundation

/// A mock interview as a state machine: it takes what the candidate typed and returns what happens next.
///
/// It reads nothing and prints nothing, so the terminal loop, the tests and a future UI can all drive it.
public struct InterviewSession: Sendable {
  public private(set) var transcript: Transcript
  public let plan: [PlannedQuestion]
  let options: InterviewOptions
  let judge: (any AnswerJudge)?
  let clock: @Sendable () -> Date
  /// The user's story bank, for `/stories`.
  let stories: (any StorySource)?
  /// An answer scoring this or more is worth keeping as a story.
  public static let storyWorthy = 80

  /// The plan index being answered.
  private var current = 0
  /// Where to return after a `/redo` is answered.
  private var resumeAt: Int?
  /// A follow-up waiting for its answer.
  private var probe: FollowUpProbe?
  private var lines: [String] = []
  /// What Ctrl-C last threw away, for /undo: the lines entered and the line being typed.
  private var dropped: (lines: [String], typing: String)?
  /// A /skip that would drop typed lines waits for a second /skip.
  private var skipAsked = false
  private var askedAt: Date
  private var lastCard: (card: ScoreCard, answer: String)?
  public private(set) var isFinished = false

  public init(
    plan: [PlannedQuestion], transcript: Transcript, options: InterviewOptions = .init(),
    judge: (any AnswerJudge)? = nil, stories: (any StorySource)? = nil,
    clock: @escaping @Sendable () -> Date = Date.init
  ) {
    self.plan = plan
    self.stories = stories
    self.transcript = transcript
    self.options = options
    self.judge = judge
    self.clock = clock
    self.askedAt = clock()
    self.current = transcript.turns.count
    if self.transcript.plan == nil { self.transcript.plan = plan.map(PlannedTurn.init) }
  }

  /// The number of the question being answered, counting from 1.
  public var questionNumber: Int { min(current, plan.count - 1) + 1 }
  /// True while nothing of the current answer has been typed.
  public var answerIsEmpty: Bool { lines.isEmpty }
  /// Seconds since the current question was asked.
  public var answerElapsed: TimeInterval { clock().timeIntervalSince(askedAt) }
  public var timeLimit: Double? { options.timeLimit }
  /// The posting the answers are scored against, if any.
  public var posting: JobPosting? { (judge as? Interviewer)?.context.posting }
  /// True while a follow-up, not a main question, is waiting.
  public var isProbing: Bool { probe != nil }

  /// Opens the interview with its first question (or the next one, when resuming).
  public mutating func start() -> [InterviewEvent] {
    guard current < plan.count else { return finish() }
    return ask()
  }

  /// Handles one thing the candidate did.
  public mutating func handle(_ input: InterviewInput) -> [InterviewEvent] {
    guard !isFinished else { return [] }
    switch input {
    case .interrupt(let typing):
      guard !lines.isEmpty || !typing.isEmpty else {
        return [.notice("Nothing typed to discard. To end the interview, type /quit or press Ctrl-D.")]
      }
      dropped = (lines, typing)
      lines = []
      return [.notice("(answer discarded; /undo brings it back)")] + reAsk()
    case .endOfInput:
      return (lines.isEmpty ? [] : submit()) + (isFinished ? [] : finish())
    case .line(let line):
      if let command = InterviewCommand(line: line) { return run(command) }
      if InterviewCommand.looksLikeCommand(line) {
        return [.notice("Unknown command \(line.trimmed); /help lists them.")]
      }
      if line.trimmed.isEmpty {
        if lines.isEmpty {
          return [.notice("Type your answer; an empty line submits it. /help lists the commands.")]
        }
        return submit()
      }
      let words = AnswerLimit.wordCount(line)
      let typed = lines.reduce(0) { $0 + AnswerLimit.wordCount($1) }
      if typed + words > AnswerLimit.words {
        return [.notice(AnswerLimit.refusal(words: typed + words, what: "With that line the answer"))]
      }
      lines.append(line)
      skipAsked = false
      return []
    }
  }

  private mutating func run(_ command: InterviewCommand) -> [InterviewEvent] {
    switch command {
    case .help: return [.help(InterviewCommand.allCases)]
    case .hint:
      let question = plan[current].question
      var tips = question.tips.isEmpty ? ["Answer with one specific example and what came of it."] : question.tips
      if !question.lookFors.isEmpty {
        tips.append("An interviewer listens for: " + question.lookFors.joined(separator: "; ") + ".")
      }
      return [.hint(tips)]
    case .repeat: return reAsk()
    case .time:
      let total = clock().timeIntervalSince(transcript.startedAt)
      return [.time(answer: answerElapsed, total: total, limit: options.timeLimit)]
    case .score:
      guard let last = lastCard else { return [.notice("No answer has been scored yet.")] }
      return [.scoreDetails(last.card, answer: last.answer)]
    case .better:
      guard let last = lastCard else { return [.notice("No answer has been scored yet.")] }
      guard let skeleton = last.card.skeleton else {
        return [.notice("This kind of question has no parts to put in order; /score shows what to fix.")]
      }
      return [.skeleton(skeleton)]
    case .stories:
      guard let stories, stories.storyCount > 0 else {
        return [.notice("Your story bank is empty. Add stories with 'rebound stories add'; they show here when they fit.")]
      }
      let planned = plan[min(current, plan.count - 1)]
      let fits = stories.stories(forQuestion: planned.question.text, requirement: planned.requirement, limit: 3)
      return [.stories(fits, bankSize: stories.storyCount)]
    case .skip:
      if !lines.isEmpty && !skipAsked {
        skipAsked = true
        let count = lines.count
        return [.notice("You have typed \(count) \(count == 1 ? "line" : "lines") of this answer: /skip again to drop \(count == 1 ? "it" : "them") and move on, or keep typing.")]
      }
      skipAsked = false
      lines = []
      if probe != nil {
        probe = nil
        return advance()
      }
      record(answer: "", skipped: true)
      return [.save(transcript)] + advance()
    case .undo:
      guard let dropped else { return [.notice("Nothing to bring back.")] }
      self.dropped = nil
      lines += dropped.lines
      return [.restored(lines: dropped.lines, typing: dropped.typing)]
    case .redo:
      guard probe == nil else {
        return [.notice("Answer the follow-up first, or /skip it; then /redo.")]
      }
      guard resumeAt == nil, current > 0, current <= transcript.turns.count else {
        return [.notice("Nothing to redo yet.")]
      }
      lines = []
      resumeAt = current
      current -= 1
      return ask()
    case .quit:
      return (lines.isEmpty ? [] : submit()) + (isFinished ? [] : finish())
    }
  }

  private mutating func submit() -> [InterviewEvent] {
    let answer = lines.joined(separator: "\n")
    lines = []
    if let pending = probe {
      probe = nil
      let followUp = FollowUpTurn(
        question: pending.question, gap: pending.gap, answer: answer, startedAt: askedAt,
        seconds: rounded(answerElapsed))
      transcript.turns[current].followUps.append(followUp)
      var events = overTime(followUp.seconds)
      events += rescore(probing: false)
      return events + [.save(transcript)] + advance()
    }
    record(answer: answer, skipped: false)
    var events = overTime(transcript.turns[current].seconds)
    events += rescore(probing: options.followUps)
    events.append(.save(transcript))
    if let probe {
      askedAt = clock()
      return events + [.followUp(question: probe.question)]
    }
    return events + advance()
  }

  private mutating func record(answer: String, skipped: Bool) {
    let planned = plan[current]
    var turn = Turn(
      questionId: planned.question.id, question: planned.question.text, kind: planned.question.kind,
      origin: planned.origin, requirement: planned.requirement, answer: answer, startedAt: askedAt,
      seconds: rounded(answerElapsed), skipped: skipped)
    if current < transcript.turns.count {
      // A /redo: the answer it replaces stays in the transcript, the "before" to practise against.
      let before = transcript.turns[current]
      turn.earlierAttempts = before.earlierAttempts + [EarlierAttempt(before)]
      transcript.turns[current] = turn
    } else {
      transcript.turns.append(turn)
    }
  }

  /// Scores the current turn and, when allowed, picks a follow-up for its biggest gap.
  private mutating func rescore(probing: Bool) -> [InterviewEvent] {
    guard let judge else { return [] }
    let planned = plan[current]
    let answer = transcript.turns[current].combinedAnswer
    let card = judge.score(answer, for: planned)
    transcript.turns[current].score = card
    // Kept current after every answer, so history reads it without the turns.
    transcript.summary = judge.summarize(transcript.turns)
    lastCard = (card, answer)
    if probing, let next = judge.followUp(after: answer, card: card, for: planned) {
      probe = next
      return []
    }
    guard options.feedback == .each else { return [] }
    let strong = card.overall >= Self.storyWorthy
      ? [InterviewEvent.strongAnswer(answer: answer, question: planned.question.text, score: card.overall)] : []
    return [.feedback(card)] + strong
  }

  private mutating func advance() -> [InterviewEvent] {
    if let resume = resumeAt {
      current = resume
      resumeAt = nil
    } else {
      current += 1
    }
    if current >= plan.count { return finish() }
    return ask()
  }

  private mutating func ask() -> [InterviewEvent] {
    askedAt = clock()
    let planned = plan[current]
    return [
      .ask(
        number: current + 1, total: plan.count, question: planned.question.text,
        kind: planned.question.kind)
    ]
  }

  private mutating func reAsk() -> [InterviewEvent] {
    if let probe { return [.followUp(question: probe.question)] }
    let planned = plan[current]
    return [
      .ask(
        number: current + 1, total: plan.count, question: planned.question.text,
        kind: planned.question.kind)
    ]
  }

  private mutating func finish() -> [InterviewEvent] {
    isFinished = true
    probe = nil
    transcript.endedAt = clock()
    transcript.status = transcript.turns.count >= plan.count ? .complete : .interrupted
    transcript.pid = nil
    if let judge { transcript.summary = judge.summarize(transcript.turns) }
    return [.save(transcript), .finished(transcript)]
  }

  private func overTime(_ seconds: Double) -> [InterviewEvent] {
    guard let limit = options.timeLimit, seconds > limit else { return [] }
    return [.overTime(seconds: seconds, limit: limit)]
  }

  private func rounded(_ seconds: TimeInterval) -> Double { (seconds * 10).rounded() / 10 }
}
