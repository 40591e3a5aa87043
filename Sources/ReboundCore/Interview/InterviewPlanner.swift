/// Chooses the questions of one attempt so it flows like a real interview: an opener, the body, a closing.
public struct InterviewPlanner: Sendable {
  /// Every bank installed; openers and closings may come from any of them.
  public var catalog: BankCatalog
  /// The banks the body of the interview draws from.
  public var banks: [QuestionBank]
  public var count: Int
  public var seed: UInt64

  public init(catalog: BankCatalog, banks: [QuestionBank], count: Int, seed: UInt64) {
    self.catalog = catalog
    self.banks = banks
    self.count = count
    self.seed = seed
  }

  /// The order kinds are drawn in, so the body alternates stories with motivation.
  static let bodyRhythm: [QuestionKind] = [
    .behavioral, .motivation, .behavioral, .qualification, .situational, .behavioral, .weakness,
    .general, .motivation, .salary,
  ]

  public func plan() -> [PlannedQuestion] {
    guard count > 0 else { return [] }
    var random = SplitMix64(seed: seed)
    let pool = unique(banks.flatMap(\.questions).filter { !$0.isTemplate })
    let everywhere = unique(catalog.banks.flatMap(\.questions).filter { !$0.isTemplate })

    // Prefer an opener and a closing from the chosen banks; fall back to any installed bank.
    let opener =
      pool.filter(\.opener).randomElement(using: &random)
      ?? everywhere.filter(\.opener).randomElement(using: &random)
    let closing =
      count > 1
      ? pool.filter { $0.kind == .closing }.randomElement(using: &random)
        ?? everywhere.filter { $0.kind == .closing }.randomElement(using: &random)
      : nil
    var chosen = opener.map { [$0] } ?? []
    let bodySize = count - chosen.count - (closing == nil ? 0 : 1)

    var byKind: [QuestionKind: [Question]] = [:]
    for question in pool.shuffled(using: &random)
    where !question.opener && question.kind != .closing && question != opener {
      byKind[question.kind, default: []].append(question)
    }
    var body: [Question] = []
    var beat = 0
    while body.count < bodySize {
      let rhythm = Self.bodyRhythm
      guard
        let offset = rhythm.indices.first(where: {
          !(byKind[rhythm[(beat + $0) % rhythm.count]] ?? []).isEmpty
        })
      else { break }
      let kind = rhythm[(beat + offset) % rhythm.count]
      beat += offset + 1
      if let question = byKind[kind]?.removeFirst() { body.append(question) }
    }
    chosen += body
    if let closing { chosen.append(closing) }
    return chosen.map { PlannedQuestion(question: $0) }
  }

  private func unique(_ questions: [Question]) -> [Question] {
    var seen = Set<String>()
    return questions.filter { seen.insert("\($0.bankID)/\($0.id)").inserted }
  }
}
