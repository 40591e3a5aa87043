import Foundation

/// Chooses the questions of one attempt so it flows like a real interview: an opener, the body, a closing.
public struct InterviewPlanner: Sendable {
  /// Every bank installed; openers and closings may come from any of them.
  public var catalog: BankCatalog
  /// The banks the body of the interview draws from.
  public var banks: [QuestionBank]
  public var count: Int
  public var seed: UInt64
  /// The posting practised against: its must-haves fill template questions.
  public var posting: JobPosting?
  /// The company, when known: motivation questions are then always asked.
  public var company: String?
  /// What to prefer, from the schedule of past answers.
  public var focus: PracticeFocus = .all
  public var schedule: PracticeSchedule?
  public var now = Date()

  public init(
    catalog: BankCatalog, banks: [QuestionBank], count: Int, seed: UInt64,
    posting: JobPosting? = nil, company: String? = nil
  ) {
    self.catalog = catalog
    self.banks = banks
    self.count = count
    self.seed = seed
    self.posting = posting
    self.company = company ?? posting?.company
  }

  /// The order kinds are drawn in, so the body alternates stories with motivation.
  static let bodyRhythm: [QuestionKind] = [
    .behavioral, .motivation, .behavioral, .qualification, .situational, .behavioral, .weakness,
    .general, .motivation, .salary,
  ]

  public func plan() -> [PlannedQuestion] {
    guard count > 0 else { return [] }
    if focus == .weak, let schedule { return drill(schedule) }
    var random = SplitMix64(seed: seed)
    var pool = unique(banks.flatMap(\.questions).filter { !$0.isTemplate && asksAboutAKnownCompany($0) })
    if focus == .new, let schedule {
      // Unseen questions first; the shuffle below keeps each group's order.
      pool = pool.filter { !schedule.hasSeen($0.id) } + pool.filter { schedule.hasSeen($0.id) }
    }
    let everywhere = unique(catalog.banks.flatMap(\.questions).filter { !$0.isTemplate && asksAboutAKnownCompany($0) })

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
    let ordered: [Question]
    if focus == .new, let schedule {
      ordered = pool.filter { !schedule.hasSeen($0.id) }.shuffled(using: &random)
        + pool.filter { schedule.hasSeen($0.id) }.sorted {
          (schedule.entries[$0.id]?.lastSeen ?? .distantPast) < (schedule.entries[$1.id]?.lastSeen ?? .distantPast)
        }
    } else {
      ordered = pool.shuffled(using: &random)
    }
    for question in ordered
    where !question.opener && question.kind != .closing && question != opener {
      byKind[question.kind, default: []].append(question)
    }
    // Posting questions first: a third of the body probes the posting's must-haves.
    let fromPosting = postingQuestions(limit: bodySize <= 1 ? bodySize : max(2, bodySize / 2), using: &random)
    var bodyPlans = fromPosting
    // Templates naming the company turn generic motivation questions into this company's.
    if let company, bodyPlans.count < bodySize,
      let template = catalog.banks.flatMap(\.questions).filter({ $0.placeholdersUsed == ["company"] })
        .randomElement(using: &random)
    {
      var filled = template
      filled.text = template.text.replacingOccurrences(of: "{company}", with: company)
      bodyPlans.append(PlannedQuestion(question: filled))
      byKind[.motivation]?.removeAll { $0.kind == .motivation && $0.text.lowercased().includes("work here") }
    }
    var body: [Question] = []
    var beat = 0
    while body.count + bodyPlans.count < bodySize {
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
    var plans = chosen.map { PlannedQuestion(question: $0) }
    // Interleave: bank questions with posting questions between them, as an interviewer mixes them.
    var bankBody = body.map { PlannedQuestion(question: $0) }
    var mixed: [PlannedQuestion] = []
    while !bankBody.isEmpty || !bodyPlans.isEmpty {
      if !bankBody.isEmpty { mixed.append(bankBody.removeFirst()) }
      if !bodyPlans.isEmpty { mixed.append(bodyPlans.removeFirst()) }
    }
    plans += mixed
    if let closing { plans.append(PlannedQuestion(question: closing)) }
    return plans
  }

  /// A drill on what is due: the lowest-scoring questions first, topped up with unseen ones.
  private func drill(_ schedule: PracticeSchedule) -> [PlannedQuestion] {
    let known = unique(catalog.banks.flatMap(\.questions).filter { !$0.isTemplate })
    let byID = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var chosen = schedule.due(at: now).compactMap { byID[$0.questionId] }.filter { $0.kind != .closing }
    chosen = Array(chosen.prefix(count))
    if chosen.count < count {
      var fill = InterviewPlanner(
        catalog: catalog, banks: banks, count: count, seed: seed, posting: posting, company: company)
      fill.focus = .new
      fill.schedule = schedule
      for planned in fill.plan() where !chosen.contains(planned.question) && chosen.count < count {
        chosen.append(planned.question)
      }
    }
    return chosen.map { PlannedQuestion(question: $0) }
  }

  /// Template questions filled from the posting's must-haves, one requirement each, each in the
  /// form that suits the requirement: a skill is asked as a time you used it, experience as the most
  /// demanding thing in it, a trait as a time it made the difference; logistics are not asked.
  private func postingQuestions(limit: Int, using random: inout SplitMix64) -> [PlannedQuestion] {
    guard let posting, limit > 0 else { return [] }
    let templates = catalog.banks.flatMap(\.questions)
      .filter { $0.placeholdersUsed.contains("requirement") }.shuffled(using: &random)
    guard !templates.isEmpty else { return [] }
    let pool = (posting.mustHaves.isEmpty ? posting.requirements : posting.mustHaves + posting.requirements.filter { $0.level == .nice })
      .filter { $0.kind != .logistics && $0.skill.split(separator: " ").count <= 8 }
    // Qualifications on paper are asked about once at most: most interviewers just check them.
    var paperAsked = false
    var chosen: [Requirement] = []
    for requirement in pool where chosen.count < limit {
      if requirement.kind == .education || requirement.kind == .certification {
        if paperAsked { continue }
        paperAsked = true
      }
      chosen.append(requirement)
    }
    var used: [String: Int] = [:]
    return chosen.enumerated().compactMap { index, requirement in
      let fitting = templates.filter { $0.requirementKinds.isEmpty || $0.requirementKinds.contains(requirement.kind) }
      guard !fitting.isEmpty else { return nil }
      let turn = used[requirement.kind.rawValue, default: 0]
      used[requirement.kind.rawValue] = turn + 1
      var question = fitting[turn % fitting.count]
      question.text = question.text
        .replacingOccurrences(of: "{requirement}", with: requirement.skill)
        .replacingOccurrences(of: "{company}", with: company ?? "us")
        .replacingOccurrences(of: "{role}", with: posting.title ?? "this role")
      question.id = "\(question.id)-\(index + 1)"
      return PlannedQuestion(question: question, origin: .posting, requirement: requirement.text)
    }
  }

  /// "Why do you want to work here?", "Which of our values…": only asked when there is a company to
  /// research; with none, an answer could only be judged on its story.
  func asksAboutAKnownCompany(_ question: Question) -> Bool {
    guard company == nil, question.kind == .motivation else { return true }
    let text = " " + question.text.lowercased() + " "
    let aboutUs = [" here", " us ", " us?", " us,", " our ", "{company}", "this company", "the company", "our company"]
    return !aboutUs.contains(where: text.contains)
  }

  private func unique(_ questions: [Question]) -> [Question] {
    var seen = Set<String>()
    return questions.filter { seen.insert("\($0.bankID)/\($0.id)").inserted }
  }
}
