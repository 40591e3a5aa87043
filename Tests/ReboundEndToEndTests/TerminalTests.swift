import Foundation
import Testing

/// Drives the binary in a real pseudo-terminal through a private tmux server, as a person would.
final class TmuxSession {
  let scratch: Scratch
  private let socket: String

  init(_ arguments: [String], scratch: Scratch, locale: String = "C.UTF-8", environment: [String: String] = [:]) throws {
    self.scratch = scratch
    socket = scratch.path("tmux.sock")
    let quoted = ([reboundBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    let extra = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
    // `trap : INT` keeps the wrapper alive for Ctrl-C; the marker shows the exit status.
    let command = "trap : INT; \(quoted); echo \"[exit $?]\"; sleep 60"
    try tmux([
      "-u", "-f", "/dev/null", "new-session", "-d", "-s", "repl", "-x", "80", "-y", "40",
      "-e", "LANG=\(locale)", "-e", "LC_ALL=", "-e", "HOME=\(scratch.url.path)", "-e", "TERM=tmux-256color",
      "-e", "REBOUND_BANKS=\(bundledBanks.path)", "-e", "NO_COLOR=",
    ] + extra + [command])
  }

  deinit { try? tmux(["kill-server"]) }

  /// Runs one tmux command and returns what it printed.
  ///
  /// Spawned with posix_spawn and reaped with waitpid: Foundation's Process waits on a socket
  /// that the daemonised tmux server inherits, so it would never see the client exit.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let outputFile = scratch.path("tmux-\(UUID().uuidString).out")
    defer { try? FileManager.default.removeItem(atPath: outputFile) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = (["tmux", "-S", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // Test threads block signals; the terminal under test must receive Ctrl-C.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
  }

  func type(_ text: String) throws { try tmux(["send-keys", "-t", "repl", "-l", text]) }
  func press(_ key: String) throws { try tmux(["send-keys", "-t", "repl", key]) }
  var screen: String { (try? tmux(["capture-pane", "-p", "-J", "-t", "repl"])) ?? "" }

  /// Waits for the screen to show `text`; records the screen on failure.
  func waitFor(_ text: String, _ comment: Comment? = nil) -> Bool {
    let found = eventually(10) { screen.contains(text) }
    if !found { Issue.record("timed out waiting for \(text.debugDescription):\n\(screen)") }
    return found
  }
}

@Suite(.serialized) struct TerminalTests {
  init() throws {
    #expect(
      FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"),
      "tmux is needed for the terminal tests: apt-get install -y tmux")
  }

  @Test func aPersonCanAnswerCompleteCommandsAndQuitInARealTerminal() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "3", "--seed", "5", "--no-follow-ups", "--no-follow-ups", "--transcripts", scratch.path("transcripts")],
      scratch: scratch)
    // With no company given, a terminal interview asks for one; Enter skips.
    try #require(repl.waitFor("Which company is this interview for? (press Enter to skip)"))
    try repl.press("Enter")
    try #require(repl.waitFor("Question 1 of 3"))
    try #require(repl.waitFor("Q1 0:0"))

    try repl.type("Café über — ✓ done")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 2 of 3"))
    let saved = try scratch.transcripts()
    let turns = try #require(saved.first?["turns"] as? [[String: Any]])
    #expect(turns.first?["answer"] as? String == "Café über — ✓ done", "UTF-8 kept byte for byte")

    try repl.type("/he")
    try repl.press("Tab")
    #expect(repl.waitFor("/help"))
    try repl.press("Enter")
    #expect(repl.waitFor("end the interview and save it"))

    try repl.type("half typed answer")
    try repl.press("C-c")
    #expect(repl.waitFor("(answer discarded; /undo brings it back)"))

    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let final = try #require(try scratch.transcripts().first)
    let finalTurns = try #require(final["turns"] as? [[String: Any]])
    #expect(finalTurns.count == 1, "the discarded answer is not saved")
    #expect(final["endedAt"] != nil)

    let history = try String(
      contentsOfFile: scratch.path(".local/state/rebound/history"), encoding: .utf8)
    #expect(history.contains("/help"), "commands are kept in the history file")
    #expect(!history.contains("Caf"), "answers are not written to the history file")
  }

  @Test func upArrowRecallsASingleLineAnswerButNotAMultiLineOne() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "4", "--seed", "5", "--no-follow-ups", "--company", "Acme", "--transcripts", scratch.path("transcripts")],
      scratch: scratch)
    try #require(repl.waitFor("Q1 0:0"))
    try repl.type("short answer")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 2 of 4"))
    try repl.type("first line")
    try repl.press("Enter")
    try repl.type("second line")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 3 of 4"))
    try repl.press("Up")
    try repl.type(" again")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 4 of 4"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.map { $0["answer"] as? String } == [
      "short answer", "first line\nsecond line", "short answer again",
    ])
  }
}

@Suite(.serialized) struct PasteAndClockTests {
  @Test func aPasteWithBlankLinesInItIsOneAnswer() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "3", "--seed", "5", "--no-follow-ups", "--company", "Acme", "--transcripts", scratch.path("transcripts")],
      scratch: scratch)
    try #require(repl.waitFor("Q1 0:0"))
    // Pasted as a terminal pastes: tmux wraps it in bracketed-paste markers when the program asks.
    try repl.tmux(["set-buffer", "-b", "draft", "I drafted this elsewhere.\n\nIt has a second paragraph.\n"])
    try repl.tmux(["paste-buffer", "-p", "-b", "draft", "-t", "repl"])
    try #require(repl.waitFor("It has a second paragraph."))
    try repl.press("Enter")
    try #require(repl.waitFor("Question 2 of 3"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.count == 1)
    #expect(turns.first?["answer"] as? String == "I drafted this elsewhere.\n\nIt has a second paragraph.")
  }

  /// libedit does not end a line that a key binding ends; what lay past it, from a longer line
  /// typed earlier, once came back as part of the pasted answer.
  @Test func aLongTypedLineThenAPastedAnswerAreSavedByteForByte() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "3", "--seed", "5", "--no-follow-ups", "--company", "Acme", "--transcripts", scratch.path("transcripts")],
      scratch: scratch)
    try #require(repl.waitFor("Q1 0:0"))
    let long = "I was the charge nurse for six years on a surgical ward, and the night my colleague called in sick I ran both bays with an agency nurse I had never met. XYZ."
    try repl.type(long)
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 2 of 3"))
    let paste = "Short first paragraph here, with a curly ’ and an em dash —.\n\nSecond paragraph here, also short.\n\nThird: “quoted” and done."
    try repl.tmux(["set-buffer", "-b", "draft", paste])
    try repl.tmux(["paste-buffer", "-p", "-b", "draft", "-t", "repl"])
    try #require(repl.waitFor("Third: “quoted” and done."))
    #expect(repl.screen.contains("Short first paragraph here"), "the first pasted line is shown:\n\(repl.screen)")
    try repl.type("A line typed after the paste.")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 3 of 3"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.map { $0["answer"] as? String } == [long, paste + "\nA line typed after the paste."])
  }

  @Test func aPasteOverTheAnswerLimitIsRefusedAndNothingSpills() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "2", "--seed", "5", "--no-follow-ups", "--company", "Acme", "--transcripts", scratch.path("transcripts")],
      scratch: scratch)
    try #require(repl.waitFor("Q1 0:0"))
    let huge = String(repeating: "Within the week I rebuilt the rota and the ward ran on time.\n", count: 2_000)
    // Too big for a tmux command line: loaded from a file, as a terminal's clipboard holds it.
    try huge.write(toFile: scratch.path("huge.txt"), atomically: true, encoding: .utf8)
    try repl.tmux(["load-buffer", "-b", "huge", scratch.path("huge.txt")])
    try repl.tmux(["paste-buffer", "-p", "-b", "huge", "-t", "repl"])
    try #require(repl.waitFor("That paste holds 26,000 words; an answer can hold at most 20,000."))
    try repl.type("My own short answer.")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 2 of 2"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    #expect(!repl.screen.contains("command not found"), "nothing reached the shell")
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.map { $0["answer"] as? String } == ["My own short answer."])
  }

  @Test func undoPutsTheDiscardedLineBackToBeEdited() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "2", "--seed", "5", "--no-follow-ups", "--company", "Acme", "--transcripts", scratch.path("transcripts")],
      scratch: scratch)
    try #require(repl.waitFor("Q1 0:0"))
    try repl.type("first line")
    try repl.press("Enter")
    try repl.type("second line half typ")
    try repl.press("C-c")
    try #require(repl.waitFor("/undo brings it back"))
    try repl.type("/undo")
    try repl.press("Enter")
    try #require(repl.waitFor("Brought back what you had typed"))
    try #require(repl.waitFor("second line half typ"))
    try repl.press("BSpace")
    try repl.press("BSpace")
    try repl.press("BSpace")
    try repl.type("typed and finished.")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 2 of 2"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.first?["answer"] as? String == "first line\nsecond line half typed and finished.")
  }

  @Test func theCountdownMovesWithoutAKeyAndAHardLimitSubmits() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "2", "--seed", "5", "--no-follow-ups", "--company", "Acme", "--time-limit", "4",
       "--hard-limit", "--transcripts", scratch.path("transcripts")],
      scratch: scratch)
    try #require(repl.waitFor("0:04 a question, then it is submitted"))
    try #require(repl.waitFor("0:03 left"))
    try repl.type("typed before the bell")
    try #require(repl.waitFor("0:01 left"), "the clock moved with no key pressed")
    #expect(!repl.screen.contains("left › Q1"), "redrawn in place, not appended:\n\(repl.screen)")
    #expect(repl.screen.contains("0:01 left › typed before the bell"))
    try #require(repl.waitFor("Time is up; your answer was submitted."))
    try #require(repl.waitFor("Question 2 of 2"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.first?["answer"] as? String == "typed before the bell")
  }
}

@Suite(.serialized) struct PagerTests {
  @Test func aLongReviewIsPagedOnATerminal() throws {
    let scratch = try Scratch()
    try rebound(
      ["practice", "--bank", "behavioral", "--count", "3", "--no-follow-ups", "--transcripts", scratch.path("transcripts")],
      input: "Last year I rebuilt the rota.\n\nI led the audit.\n\nI cut costs by a fifth.\n\n")
    let repl = try TmuxSession(["review", "latest", "--transcripts", scratch.path("transcripts")], scratch: scratch)
    try #require(repl.waitFor("Attempt "))
    #expect(!repl.screen.contains("[exit"), "the pager waits for the reader")
    try repl.press("q")
    #expect(repl.waitFor("[exit 0]"))
  }
}

@Suite(.serialized) struct LocaleTests {
  @Test func nonASCIIAnswersSurviveEvenInThePOSIXLocale() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(
      ["practice", "--count", "2", "--no-follow-ups", "--company", "Acme", "--transcripts", scratch.path("transcripts")],
      scratch: scratch, locale: "POSIX")
    try #require(repl.waitFor("Q1 0:0"))
    try repl.type("Zoë’s café — naïve ✓ 日本")
    try repl.press("Enter")
    try repl.press("Enter")
    try #require(repl.waitFor("Question 2 of 2"))
    try repl.press("C-d")
    #expect(repl.waitFor("[exit 0]"))
    let turns = try #require(try scratch.transcripts().first?["turns"] as? [[String: Any]])
    #expect(turns.first?["answer"] as? String == "Zoë’s café — naïve ✓ 日本")
  }
}

@Suite(.serialized) struct DebriefTerminalTests {
  @Test func theInteractiveDebriefWorksInARealTerminal() throws {
    let scratch = try Scratch()
    let repl = try TmuxSession(["debrief", "--transcripts", scratch.path("transcripts")], scratch: scratch)
    try #require(repl.waitFor("Which company was it?"))
    for answer in ["Initech", "Support Specialist", "screen", "", "1", "They went with an internal hire", ""] {
      if !answer.isEmpty { try repl.type(answer) }
      try repl.press("Enter")
      usleep(150_000)
    }
    #expect(repl.waitFor("Dear hiring team at Initech"))
    #expect(repl.waitFor("[exit 0]"))
    let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path("transcripts/debriefs"))
    #expect(names.contains { $0.hasSuffix("-initech.json") })
  }
}
