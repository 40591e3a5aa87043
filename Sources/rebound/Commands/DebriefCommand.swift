import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// After a rejection: what it points to, a note to send, and the next practice plan.
  struct Debrief: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "debrief",
      abstract: "After a rejection: what it points to, a follow-up note, and a practice plan.",
      discussion: """
        With --company and --reason it runs from flags; otherwise it asks, in a terminal or through
        a pipe. Reasons: \(RejectionReason.allCases.map(\.rawValue).joined(separator: ", ")).
        """)

    @OptionGroup var locations: Locations

    @Option(help: "The company that turned you down.")
    var company: String?

    @Option(help: "The role you applied for.")
    var role: String?

    @Option(help: "How far you got: screen, first, final, …")
    var stage: String?

    @Option(help: "When it happened (for your records).")
    var date: String?

    @Option(help: "What they gave as the reason.")
    var reason: RejectionReason?

    @Option(help: "What they said, in their words.")
    var feedback: String?

    @Option(help: "The job posting, to find the requirements to drill.")
    var posting: String?

    @Flag(help: "List past debriefs.")
    var list = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
      try reportingFailures {
        let store = DebriefStore(transcripts: locations.transcriptsFolder)
        if list { return try listDebriefs(store) }
        let input = try (company != nil && reason != nil) ? flagsInput() : askedInput()
        let parsed = try input.posting.map { try PostingParser().parse(contentsOf: URL(fileURLWithPath: $0)) }
        let catalog = try? locations.catalog()
        let (headers, _) = try TranscriptStore(directory: locations.transcriptsFolder).loadHeaders()
        let now = Date()
        let stories = locations.storyBank(reporting: Console.error)
        let debrief = DebriefBuilder(catalog: catalog, posting: parsed, stories: stories)
          .build(input, history: headers, id: store.newID(now: now, company: input.company), now: now)
        let file = try store.save(debrief)
        if json {
          try JSONOutput.print(debrief)
        } else {
          DebriefRenderer.render(debrief, noteFile: store.directory.appendingPathComponent("\(debrief.id)-note.txt"))
          Console.out(Console.styled("Saved: \(file.relativePath)", .dim))
        }
      }
    }

    private func flagsInput() throws -> DebriefInput {
      guard let company, !company.trimmed.isEmpty, let reason else {
        throw ValidationError("--company and --reason are needed without the questions.")
      }
      return DebriefInput(
        company: company.trimmed, role: role, stage: stage, date: date, reason: reason,
        feedback: feedback, posting: posting)
    }

    /// Asks for whatever the flags did not give, one question at a time.
    private func askedInput() throws -> DebriefInput {
      Signals.useUTF8Locale()
      var reader: any LineReader =
        Console.isInteractive
        ? (EditLineReader(completions: [], historyFile: nil) as (any LineReader)?) ?? PlainLineReader()
        : PlainLineReader()
      func ask(_ question: String, required: Bool = false) throws -> String? {
        while true {
          Console.out(Console.styled(question, .bold))
          switch reader.read(prompt: { Console.isInteractive ? "› " : "" }) {
          case .line(let line):
            let answer = line.trimmed
            if !answer.isEmpty { return answer }
            if !required { return nil }
            Console.out("This one is needed.")
          case .interrupted, .endOfInput:
            if required { throw UserFacingError(message: "debrief cancelled; nothing was saved", exitCode: ExitStatus.usage) }
            return nil
          }
        }
      }
      Console.out("Sorry it did not go your way. A few questions, and we will turn it into a plan.")
      let company = try self.company ?? ask("Which company was it?", required: true) ?? ""
      let role = try self.role ?? ask("Which role? (empty to skip)")
      let stage = try self.stage ?? ask("How far did you get? (screen, first, final, …; empty to skip)")
      let date = try self.date ?? ask("When? (empty for today)")
      var reason = self.reason
      while reason == nil {
        Console.out(Console.styled("What reason did they give?", .bold))
        for (index, option) in RejectionReason.allCases.enumerated() {
          Console.out("  \(index + 1). \(option.label)")
        }
        guard let answer = try ask("Type a number (1–\(RejectionReason.allCases.count)):", required: true) else { break }
        if let number = Int(answer), (1...RejectionReason.allCases.count).contains(number) {
          reason = RejectionReason.allCases[number - 1]
        } else {
          reason = RejectionReason(rawValue: answer.lowercased())
        }
      }
      let feedback = try self.feedback ?? ask("What did they say, in their words? (empty if nothing)")
      let posting = try self.posting ?? ask("The job posting file, if you kept it (empty to skip)")
      return DebriefInput(
        company: company, role: role, stage: stage,
        date: date ?? ISO8601DateFormatter().string(from: Date()).prefix(10).description,
        reason: reason ?? .noFeedback, feedback: feedback, posting: posting)
    }

    private func listDebriefs(_ store: DebriefStore) throws {
      let (debriefs, warnings) = store.loadAll()
      for warning in warnings { Console.error(warning) }
      if json { return try JSONOutput.print(debriefs) }
      guard !debriefs.isEmpty else { return Console.out("No debriefs yet. Run 'rebound debrief' after a rejection.") }
      for debrief in debriefs {
        let what = TextSanitizer.oneLine([debrief.company, debrief.role, debrief.stage].compactMap { $0 }.joined(separator: " · "))
        let reason = "  [\(debrief.reason.rawValue)]"
        let room = max(10, Console.width - debrief.id.count - 2 - reason.count)
        Console.out("\(debrief.id)  \(ComparisonRenderer.fit(what, room))\(reason)")
      }
    }
  }
}

extension RejectionReason: ExpressibleByArgument {}
