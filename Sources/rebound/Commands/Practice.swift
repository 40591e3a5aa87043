import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Runs a mock interview in the REPL and saves the transcript after every answer.
  struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "practice",
      abstract: "Run a mock interview (the default command).",
      discussion: """
        An answer may span many lines; an empty line submits it. Type /help for commands.
        Ctrl-C discards the answer being typed; Ctrl-D ends the interview and saves it.
        """)

    @OptionGroup var locations: Locations

    @Option(
      name: .customLong("bank"), help: "A bank id or YAML file to draw from (repeatable).",
      completion: .custom { _, _, _ in Completions.bankIDs + Completions.files(".yaml") })
    var bankNames: [String] = []

    @Option(
      help: "A role bank to draw from, such as 'software' or 'nursing'.",
      completion: .custom { _, _, _ in Completions.roles })
    var role: String?

    // Unconditional, so "--count -3" reaches validation and is told what is wrong with it.
    @Option(parsing: .unconditional, help: "Questions asked, opener and closing included, follow-ups not counted.")
    var count = 6

    @Option(help: "Seed for a reproducible question order.")
    var seed: UInt64?

    @Option(help: "Time limit per answer, in seconds: a countdown in the prompt, amber under 30 s, red when over.")
    var timeLimit: Double?

    @Flag(help: "With --time-limit: when time runs out, submit what was typed.")
    var hardLimit = false

    @OptionGroup var inputs: ScoringInputs

    @Option(help: "When to show scores: after each answer, or only at the end as in a real interview.")
    var feedback: FeedbackTiming = .each

    @Flag(help: "Never ask follow-up questions.")
    var noFollowUps = false

    @Option(help: "Drill a debrief's plan: its id, or 'latest'.")
    var plan: String?

    @Option(
      help: "Continue an interrupted attempt: its id, or 'latest' for the most recent interrupted one.",
      completion: .custom { _, _, _ in ["latest"] + Completions.transcriptIDs })
    var resume: String?

    @Option(help: "weak: drill the questions that scored lowest and are due; new: unseen questions first; all: the usual mix.")
    var focus: PracticeFocus = .all

    func validate() throws {
      guard (1...100).contains(count) else {
        throw ValidationError("--count must be between 1 and 100, not \(count).")
      }
      if hardLimit, timeLimit == nil { throw ValidationError("--hard-limit needs --time-limit SECONDS.") }
      if let timeLimit, timeLimit <= 0 {
        throw ValidationError("--time-limit must be a positive number of seconds.")
      }
    }

    func run() throws {
      let setup = try reportingFailures { try prepare() }
      try reportingFailures {
        var loop = PracticeLoop(
          session: setup.session, store: setup.store, file: setup.file, hardLimit: hardLimit,
          stories: setup.stories, posting: setup.session.posting)
        try loop.run()
      }
    }

    /// A debrief's plan as questions: its own questions first, then its banks' questions for the focus.
    static func drill(_ debrief: ReboundCore.Debrief, catalog: BankCatalog, count: Int, seed: UInt64) -> [PlannedQuestion] {
      var planned = debrief.plan.questions.enumerated().map { index, text in
        PlannedQuestion(
          question: Question(
            id: "plan-\(index + 1)", text: text, kind: index == 2 && debrief.plan.skill != nil ? .situational : .qualification,
            tips: [
              "Use one real example and say what you did yourself.",
              "End with a result you can put a number on.",
            ], bankID: "plan"),
          origin: .bank, requirement: debrief.plan.skill ?? debrief.plan.requirements.first)
      }
      let banks = debrief.plan.banks.compactMap { id in catalog.banks.first { $0.id == id } }
      let fill = InterviewPlanner(catalog: catalog, banks: banks, count: count + 2, seed: seed).plan()
      for question in fill where question.question.kind != .closing && !question.question.opener {
        planned.append(question)
      }
      return Array(planned.prefix(count))
    }

    /// Without a posting, the debrief's skill and requirements become the must-haves that are scored.
    static func context(for debrief: ReboundCore.Debrief) -> ScoringContext {
      if let path = debrief.posting, let posting = try? PostingParser().parse(contentsOf: URL(fileURLWithPath: path)) {
        return ScoringContext(posting: posting, company: debrief.company)
      }
      let parser = PostingParser()
      let wanted = ([debrief.plan.skill].compactMap { $0 } + debrief.plan.requirements)
        .map { Requirement(text: $0, level: .must, terms: parser.terms(of: $0)) }
      let posting = JobPosting(
        title: debrief.role, company: debrief.company, requirements: wanted, responsibilities: [], values: [])
      return ScoringContext(posting: wanted.isEmpty ? nil : posting, company: debrief.company)
    }

    struct Setup {
      var session: InterviewSession
      var store: TranscriptStore
      var file: URL
      var stories: StoryBankOnDemand
    }

    /// The story bank, read only when the interview first needs it.
    private var storyBank: StoryBankOnDemand { StoryBankOnDemand(store: StoryStore(directory: locations.storiesFolder)) }

    /// Picks up an interrupted attempt where it stopped, with the questions it had planned.
    private func resumed() throws -> Setup {
      let store = TranscriptStore(directory: locations.transcriptsFolder)
      let file: URL
      if resume == "latest" {
        let (headers, _) = try store.loadHeaders()
        guard let last = headers.last(where: { $0.status == .interrupted }) else {
          throw UserFacingError(
            message: "no interrupted attempt to resume in \(store.directory.relativePath)", exitCode: ExitStatus.usage)
        }
        file = try store.resolve(last.id)
      } else {
        file = try store.resolve(resume ?? "latest")
      }
      var transcript = try store.load(file)
      switch transcript.status {
      case .complete:
        throw UserFacingError(message: "\(file.relativePath): this attempt is already complete", exitCode: ExitStatus.usage)
      case .inProgress:
        throw UserFacingError(
          message: "\(file.relativePath): this attempt is still running in another session", exitCode: ExitStatus.usage)
      case .interrupted: break
      }
      guard let saved = transcript.plan, transcript.turns.count < saved.count else {
        throw UserFacingError(
          message: "\(file.relativePath): this attempt has no saved plan to resume", exitCode: ExitStatus.data)
      }
      let catalog = try? locations.catalog()
      let posting = transcript.posting.flatMap { try? PostingParser().parse(contentsOf: URL(fileURLWithPath: $0)) }
      let context = ScoringContext(posting: posting, company: transcript.company)
      transcript.status = .inProgress
      transcript.endedAt = nil
      transcript.pid = getpid()
      try store.save(transcript, to: file)
      let options = InterviewOptions(timeLimit: timeLimit, feedback: feedback, followUps: !noFollowUps)
      let bank = storyBank
      let session = InterviewSession(
        plan: saved.map { $0.planned(in: catalog) }, transcript: transcript, options: options,
        judge: Interviewer(context: context), stories: bank)
      return Setup(session: session, store: store, file: file, stories: bank)
    }

    /// Loads banks, plans the questions and reserves the transcript file.
    private func prepare() throws -> Setup {
      if resume != nil { return try resumed() }
      var context = try inputs.context()
      // In a terminal, an interview for no company in particular asks which one, once.
      if context.company == nil, plan == nil, Console.isInteractive {
        Console.out("Which company is this interview for? (press Enter to skip) ", terminator: "")
        if let name = readLine()?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
          context = try inputs.context(company: TextSanitizer.oneLine(name))
        }
      }
      let catalog = try locations.catalog()
      let debriefs = DebriefStore(transcripts: locations.transcriptsFolder)
      if plan != nil, debriefs.loadAll().debriefs.isEmpty {
        throw UserFacingError(
          message: "there is no debrief yet to practise from; run 'rebound debrief' after a rejection first",
          exitCode: ExitStatus.usage)
      }
      let debrief = try plan.map { try debriefs.load($0) }
      if let debrief, inputs.posting == nil { context = Self.context(for: debrief) }
      var banks = try bankNames.map { try catalog.bank(named: $0) }
      if let role { banks.append(try catalog.bank(forRole: role)) }
      if banks.isEmpty { banks = catalog.banks.filter { $0.role == nil } }
      let seed = self.seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
      var planner = InterviewPlanner(
        catalog: catalog, banks: banks, count: count, seed: seed, posting: context.posting,
        company: context.company)
      let store = TranscriptStore(directory: locations.transcriptsFolder)
      if focus != .all {
        let (headers, warnings) = try store.loadHeaders()
        for warning in warnings { Console.error(warning) }
        planner.focus = focus
        planner.schedule = PracticeSchedule(headers)
        if headers.isEmpty {
          Console.error("no past attempts to focus on yet, so this is an ordinary interview; --focus \(focus.rawValue) works from your second attempt")
        }
      }
      let plan = debrief.map { Self.drill($0, catalog: catalog, count: count, seed: seed) } ?? planner.plan()
      guard !plan.isEmpty else {
        throw UserFacingError(message: "the chosen banks hold no questions", exitCode: ExitStatus.data)
      }
      let now = Date()
      if !FileManager.default.fileExists(atPath: store.directory.path) {
        Console.error("Transcripts will be saved in \(store.directory.path) (choose another folder with --transcripts).")
      }
      let intended = store.intendedFile(startedAt: now, label: inputs.posting)
      var transcript = Transcript(
        id: intended.id, startedAt: now, banks: debrief?.plan.banks ?? banks.map(\.id), seed: seed, pid: getpid(),
        posting: inputs.posting ?? debrief?.posting, company: context.company)
      var file = intended.url
      do {
        (transcript, file) = try store.create(transcript, label: inputs.posting)
      } catch {
        // Practise anyway: answers stay in memory, saving is retried after each one.
        Console.error("\(error); your answers are kept in memory and saving will be retried")
      }
      let options = InterviewOptions(
        timeLimit: timeLimit, feedback: feedback, followUps: !noFollowUps)
      let bank = storyBank
      let session = InterviewSession(
        plan: plan, transcript: transcript, options: options,
        judge: Interviewer(context: context), stories: bank)
      return Setup(session: session, store: store, file: file, stories: bank)
    }
  }
}

extension FeedbackTiming: ExpressibleByArgument {}
extension PracticeFocus: ExpressibleByArgument {}
