import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Runs a mock interview in the REPL and saves the transcript after every answer.
  struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run a mock interview (the default command).",
      discussion: """
        An answer may span many lines; an empty line submits it. Type /help for commands.
        Ctrl-C discards the answer being typed; Ctrl-D ends the interview and saves it.
        """)

    @OptionGroup var locations: Locations

    @Option(name: .customLong("bank"), help: "A bank id or YAML file to draw from (repeatable).")
    var bankNames: [String] = []

    @Option(help: "A role bank to draw from, such as 'software' or 'nursing'.")
    var role: String?

    @Option(help: "Questions asked, opener and closing included, follow-ups not counted.")
    var count = 6

    @Option(help: "Seed for a reproducible question order.")
    var seed: UInt64?

    @Option(help: "Soft time limit per answer, in seconds.")
    var timeLimit: Double?

    @OptionGroup var inputs: ScoringInputs

    @Option(help: "When to show scores: after each answer, or only at the end as in a real interview.")
    var feedback: FeedbackTiming = .each

    @Flag(help: "Never ask follow-up questions.")
    var noFollowUps = false

    @Option(help: "Continue an interrupted attempt: its id, or 'latest' for the most recent interrupted one.")
    var resume: String?

    @Option(help: "weak: drill the questions that scored lowest and are due; new: unseen questions first; all: the usual mix.")
    var focus: PracticeFocus = .all

    func validate() throws {
      guard (1...100).contains(count) else {
        throw ValidationError("--count must be between 1 and 100, not \(count).")
      }
      if let timeLimit, timeLimit <= 0 {
        throw ValidationError("--time-limit must be a positive number of seconds.")
      }
    }

    func run() throws {
      let setup = try reportingFailures { try prepare() }
      try reportingFailures {
        var loop = PracticeLoop(
          session: setup.session, store: setup.store, file: setup.file)
        try loop.run()
      }
    }

    /// Picks up an interrupted attempt where it stopped, with the questions it had planned.
    private func resumed() throws -> (session: InterviewSession, store: TranscriptStore, file: URL) {
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
      let catalog = try? BankCatalog.load(from: locations.banksFolder)
      let posting = transcript.posting.flatMap { try? PostingParser().parse(contentsOf: URL(fileURLWithPath: $0)) }
      let context = ScoringContext(posting: posting, company: transcript.company)
      transcript.status = .inProgress
      transcript.endedAt = nil
      transcript.pid = getpid()
      try store.save(transcript, to: file)
      let options = InterviewOptions(timeLimit: timeLimit, feedback: feedback, followUps: !noFollowUps)
      let session = InterviewSession(
        plan: saved.map { $0.planned(in: catalog) }, transcript: transcript, options: options,
        judge: Interviewer(context: context))
      return (session, store, file)
    }

    /// Loads banks, plans the questions and reserves the transcript file.
    private func prepare() throws -> (session: InterviewSession, store: TranscriptStore, file: URL) {
      if resume != nil { return try resumed() }
      let context = try inputs.context()
      let catalog = try BankCatalog.load(from: locations.banksFolder)
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
      }
      let plan = planner.plan()
      guard !plan.isEmpty else {
        throw UserFacingError(message: "the chosen banks hold no questions", exitCode: ExitStatus.data)
      }
      let now = Date()
      let id: String
      let file: URL
      do {
        (id, file) = try store.reserve(startedAt: now, label: inputs.posting)
      } catch {
        // Practise anyway: answers stay in memory, saving is retried after each one.
        (id, file) = store.intendedFile(startedAt: now, label: inputs.posting)
        Console.error("\(error); your answers are kept in memory and saving will be retried")
      }
      let transcript = Transcript(
        id: id, startedAt: now, banks: banks.map(\.id), seed: seed, pid: getpid(),
        posting: inputs.posting, company: context.company)
      try? store.save(transcript, to: file)
      let options = InterviewOptions(
        timeLimit: timeLimit, feedback: feedback, followUps: !noFollowUps)
      let session = InterviewSession(
        plan: plan, transcript: transcript, options: options,
        judge: Interviewer(context: context))
      return (session, store, file)
    }
  }
}

extension FeedbackTiming: ExpressibleByArgument {}
extension PracticeFocus: ExpressibleByArgument {}
