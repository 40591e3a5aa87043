import Foundation
import ReboundCore

/// The only code that reads answers and prints the interview: it feeds the session and carries out its events.
struct PracticeLoop {
  var session: InterviewSession
  let store: TranscriptStore
  let file: URL
  private var reader: any LineReader
  private var pendingLines: [String] = []
  /// The last save failed; say so once and keep the answers in memory.
  private var unsaved: Bool
  /// Submit what was typed when the time limit runs out.
  let hardLimit: Bool
  /// The user's stories: offered answers go in, and the end says which must-haves have none.
  let stories: StoryBankOnDemand?
  let posting: JobPosting?
  /// A strong answer waiting to be offered once it is saved.
  private var offer: (answer: String, question: String, score: Int)?

  init(
    session: InterviewSession, store: TranscriptStore, file: URL, hardLimit: Bool = false,
    stories: StoryBankOnDemand? = nil, posting: JobPosting? = nil
  ) {
    self.session = session
    self.store = store
    self.file = file
    self.hardLimit = hardLimit
    self.stories = stories
    self.posting = posting
    self.unsaved = !FileManager.default.fileExists(atPath: file.path)
    Signals.useUTF8Locale()
    if Console.isInteractive,
      let editor = EditLineReader(
        completions: InterviewCommand.allCases.map(\.typed),
        historyFile: EditLineReader.defaultHistoryFile())
    {
      Signals.catchInterrupts()
      reader = editor
    } else {
      reader = PlainLineReader()
    }
  }

  mutating func run() throws {
    if Console.isInteractive {
      let limit = session.timeLimit.map { " \(InterviewRenderer.clock($0)) a question\(hardLimit ? ", then it is submitted" : "")." } ?? ""
      Console.out(Console.styled("Mock interview: \(session.plan.count) questions.", .bold)
        + limit + " Empty line submits; /help for commands.")
    }
    try perform(session.start())
    // While the first answer is being typed, the scorer reads its models.
    Scorer.warmUp()
    while !session.isFinished {
      let input: InterviewInput
      let snapshot = session
      if let editor = reader as? EditLineReader {
        editor.timeUp = { [hardLimit] in
          hardLimit && snapshot.timeLimit.map { snapshot.answerElapsed >= $0 } == true
        }
      }
      let read = reader.read(prompt: { Self.prompt(snapshot) })
      if let editor = reader as? EditLineReader, editor.expired, case .line(let line) = read {
        // Time is up: what was typed is the answer.
        Console.out()
        Console.out("Time is up; your answer was submitted.")
        if !line.isEmpty { try perform(session.handle(.line(line))) }
        try perform(session.handle(.line("")))
        pendingLines = []
        continue
      }
      switch read {
      case .line(let line):
        input = .line(line)
        if line.hasPrefix("/") {
          reader.remember(line, persist: true)
        } else if !line.isEmpty {
          pendingLines.append(line)
        } else {
          // A one-line answer is worth recalling with the arrow keys; a longer one is not.
          if pendingLines.count == 1 { reader.remember(pendingLines[0], persist: false) }
          pendingLines = []
        }
      case .interrupted:
        Console.out("^C")
        pendingLines = []
        // The half-typed line is kept apart, so /undo puts it back on the line to be finished.
        var typing = ""
        if let editor = reader as? EditLineReader {
          typing = editor.interruptedLine
          editor.interruptedLine = ""
        }
        input = .interrupt(typing: typing)
      case .endOfInput:
        input = .endOfInput
      }
      try perform(session.handle(input))
    }
  }

  /// "Q2 1:05 ›": the question and the time on it; with a limit, the time left, amber under
  /// 30 seconds and red once over ("+0:12").
  private static func prompt(_ session: InterviewSession) -> String {
    guard Console.isInteractive else { return "" }
    let elapsed = session.answerElapsed
    var colour = "36"
    var clock = InterviewRenderer.clock(elapsed)
    if let limit = session.timeLimit {
      let left = limit - elapsed
      clock = left >= 0 ? InterviewRenderer.clock(left) + " left" : "+" + InterviewRenderer.clock(-left) + " over"
      colour = left < 0 ? "31" : left < 30 ? "33" : "36"
    }
    let label =
      session.answerIsEmpty
      ? "Q\(session.questionNumber) \(clock) ›" : String(repeating: " ", count: 3) + "\(clock) …"
    guard Console.useColour else { return label + " " }
    return "\u{1}\u{1B}[\(colour)m\u{1}\(label)\u{1}\u{1B}[0m\u{1} "
  }

  private mutating func perform(_ events: [InterviewEvent]) throws {
    for event in events {
      switch event {
      case .save(let transcript):
        save(transcript)
        // Offered only once the answer is safe on disk, and before the next question.
        if let pending = offer {
          offer = nil
          offerToKeep(pending)
        }
      case .finished(let transcript): try finish(transcript)
      case .restored(let lines, let typing):
        Console.out(Console.styled("Brought back what you had typed; finish it, and an empty line submits it.", .dim))
        for line in lines { Console.out("  " + TextSanitizer.clean(line)) }
        pendingLines += lines
        guard !typing.isEmpty else { continue }
        if let editor = reader as? EditLineReader {
          editor.prefill = typing
        } else {
          try perform(session.handle(.line(typing)))
        }
      case .strongAnswer(let answer, let question, let score):
        if Console.isInteractive, stories != nil { offer = (answer, question, score) }
      default: InterviewRenderer.render(event)
      }
    }
  }

  /// "That scored 84: keep it as a story?" Saved only on a yes, under a title the user chooses.
  private mutating func offerToKeep(_ offer: (answer: String, question: String, score: Int)) {
    guard let stories else { return }
    Console.out()
    guard case .line(let reply) = reader.read(prompt: { "Keep this answer in your story bank? [y/N] " }),
      ["y", "yes"].contains(reply.trimmed.lowercased())
    else { return }
    let suggested = Self.suggestedTitle(offer.question)
    guard case .line(let typed) = reader.read(prompt: { "Title [\(suggested)]: " }) else { return }
    let title = TextSanitizer.oneLine(typed).trimmed
    let story = Story(
      title: title.isEmpty ? suggested : title, created: StoryInput.today, text: offer.answer)
    do {
      let saved = try stories.add(story)
      Console.out(Console.styled("Kept as '\(saved.id)' (rebound stories show \(saved.id)).", .dim))
    } catch {
      Console.error("\(error); the answer is still in the transcript")
    }
  }

  /// "Tell me about a time you improved a process." → "A time I improved a process".
  static func suggestedTitle(_ question: String) -> String {
    var text = TextSanitizer.oneLine(question).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".?!")))
    for lead in ["Tell me about a time you ", "Tell me about a time when you ", "Describe a time you ", "Describe a time when you ", "Give me an example of a time you "]
    where text.lowercased().hasPrefix(lead.lowercased()) {
      text = "A time I " + text.dropFirst(lead.count)
    }
    return String(text.prefix(70))
  }

  private mutating func save(_ transcript: Transcript) {
    do {
      try store.save(transcript, to: file)
      if unsaved {
        Console.out("Saved again to \(file.relativePath).")
        unsaved = false
      }
    } catch {
      if !unsaved {
        Console.error("\(error); your answers are kept in memory and saving will be retried")
      }
      unsaved = true
    }
  }

  /// The change since the last attempt on the same posting or banks.
  private func showProgress(_ transcript: Transcript) {
    guard let now = transcript.summary?.overall,
      let headers = try? store.loadHeaders().headers,
      let previous = ComparableAttempts.previous(transcript, in: headers),
      let before = previous.summary?.overall
    else { return }
    let change = now - before
    let sign = change > 0 ? "+" : ""
    let changes = Criterion.allCases.compactMap { criterion -> String? in
      guard let was = previous.summary?.criteria[criterion] ?? nil,
        let is_ = transcript.summary?.criteria[criterion] ?? nil
      else { return nil }
      let delta = is_ - was
      return "\(criterion.rawValue) \(delta > 0 ? "+" : "")\(delta)"
    }
    let what = transcript.posting == nil ? "these banks" : "this posting"
    InterviewRenderer.wrapped(
      "Since your last attempt on \(what): \(before) → \(now) (\(sign)\(change)); " + changes.joined(separator: ", "))
  }

  /// What an interviewer would notice across the answers: one story told twice; and, with a
  /// posting, the must-haves no story in the bank shows yet.
  private func showStoryNotes(_ transcript: Transcript) {
    let matcher = stories?.matcher ?? StoryMatcher(stories: [])
    let answers = transcript.turns.enumerated().compactMap { index, turn -> (question: Int, text: String)? in
      turn.skipped || turn.answer.trimmed.isEmpty ? nil : (index + 1, turn.combinedAnswer)
    }
    for retelling in matcher.retellings(of: answers) {
      let numbers = retelling.questions.map(String.init)
      let list = numbers.dropLast().joined(separator: ", ") + " and " + (numbers.last ?? "")
      let which = retelling.story.map { "your story '\(TextSanitizer.oneLine($0))'" } ?? "the same story"
      InterviewRenderer.wrapped(
        Console.styled("Told twice: ", .yellow)
          + "questions \(list) both got \(which). Interviewers notice; have another story ready for one of them.")
    }
    guard let posting, stories != nil else { return }
    let gaps = matcher.map(posting).gaps
    if !gaps.isEmpty {
      InterviewRenderer.wrapped(
        Console.styled("No story in your bank yet for: ", .yellow) + SummaryRenderer.shortList(gaps.map(\.text))
          + ". rebound stories match --posting FILE says what to write.")
    }
  }

  private func finish(_ transcript: Transcript) throws {
    // An attempt where nothing was answered would only fill compare with empty rows.
    if !transcript.turns.contains(where: { !$0.skipped && !$0.answer.trimmed.isEmpty }) {
      try? FileManager.default.removeItem(at: file)
      Console.out("Nothing was answered, so no transcript was saved.")
      return
    }
    if unsaved {
      // Last chance: put the attempt somewhere writable rather than lose it.
      let fallback = FileManager.default.temporaryDirectory
        .appendingPathComponent("rebound-\(transcript.id).json")
      do {
        try AtomicFile.write(try TranscriptStore.encode(transcript), to: fallback)
        InterviewRenderer.renderEnd(transcript, review: "rebound review \(fallback.path)")
        Console.error(
          "could not write \(file.relativePath); your answers were saved to \(fallback.path) instead")
      } catch {
        // Nothing on disk: print the transcript so the answers are not lost with the process.
        InterviewRenderer.renderEnd(transcript, review: "the transcript below")
        Console.error("could not save the transcript anywhere; here it is, to copy:")
        print(String(decoding: (try? TranscriptStore.encode(transcript)) ?? Data(), as: UTF8.self))
      }
      throw ExitStatus.io
    }
    InterviewRenderer.renderEnd(transcript, review: "rebound review \(file.relativePath)")
    showProgress(transcript)
    showStoryNotes(transcript)
    Console.out("Transcript saved: \(file.relativePath)")
  }
}
