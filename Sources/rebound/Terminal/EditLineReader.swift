import CEditLine
import Foundation
import ReboundCore

#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines through libedit: emacs keys, history, Tab completion of `/` commands.
final class EditLineReader: LineReader {
  private let editor: OpaquePointer
  /// History for arrow keys in this session.
  private let history: OpaquePointer
  /// Commands only, saved across sessions.
  private let saved: OpaquePointer
  private let historyFile: String?
  /// libedit keeps the pointer, so the prompt must outlive each call.
  private var prompt: UnsafeMutablePointer<CChar>
  /// Gives the prompt each time the line is drawn: the clock in it moves once a second.
  private var promptText: () -> String = { "" }
  private let completions: [String]
  /// Text pasted in one go (bracketed paste), added to the line being read.
  private var pasted: String?
  /// Asked once a second while waiting; true ends the line (the time limit was hard and is up).
  var timeUp: () -> Bool = { false }
  /// True after a line ended because time ran out.
  private(set) var expired = false
  /// Text to start the next line with, as if typed: `/undo` puts a discarded line back this way.
  var prefill: String?

  init?(completions: [String], historyFile: String?) {
    guard let editor = rebound_el_init("rebound"), let history = history_init(),
      let saved = history_init()
    else { return nil }
    self.editor = editor
    self.history = history
    self.saved = saved
    self.historyFile = historyFile
    self.completions = completions
    self.prompt = strdup("")
    rebound_history_setsize(history, 500)
    rebound_history_setunique(history, 1)
    rebound_history_setsize(saved, 200)
    rebound_history_setunique(saved, 1)
    if let historyFile {
      rebound_history_load(history, historyFile)
      rebound_history_load(saved, historyFile)
    }
    rebound_el_set_editor(editor, "emacs")
    rebound_el_set_signal(editor, 1)
    rebound_el_set_history(editor, history)
    rebound_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    rebound_el_set_prompt(editor, { el in EditLineReader.owning(el)?.drawPrompt() }, 1)
    rebound_el_use_clock(editor) { el in
      guard let reader = EditLineReader.owning(el) else { return 0 }
      if reader.timeUp() {
        reader.expired = true
        return 1
      }
      reader.redrawInPlace()
      return 0
    }
    // A paste arrives between ESC[200~ and ESC[201~ (bracketed paste): all of it, blank lines
    // included, is one piece of the answer, not several answers.
    rebound_el_add_function(editor, "rebound-paste", "Take pasted text whole") { el, _ in
      EditLineReader.owning(el)?.takePaste() ?? UInt8(CC_ERROR)
    }
    rebound_el_bind(editor, "\u{1B}[200~", "rebound-paste")
    FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8))
    rebound_el_add_function(editor, "rebound-complete", "Complete a command") { el, _ in
      EditLineReader.owning(el)?.complete() ?? UInt8(CC_ERROR)
    }
    rebound_el_bind(editor, "^I", "rebound-complete")
  }

  deinit {
    FileHandle.standardOutput.write(Data("\u{1B}[?2004l".utf8))
    el_end(editor)
    history_end(history)
    history_end(saved)
    free(prompt)
  }

  private static func owning(_ el: OpaquePointer?) -> EditLineReader? {
    guard let el, let data = rebound_el_clientdata(el) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  func read(prompt text: @escaping () -> String) -> LineRead {
    promptText = text
    expired = false
    pasted = nil
    var count: Int32 = 0
    if let prefill {
      // Pushed as keys: every character is inserted as typed (tabs as spaces, so none completes).
      el_push(editor, prefill.replacingOccurrences(of: "\t", with: " "))
      self.prefill = nil
    }
    errno = 0
    guard let raw = el_gets(editor, &count), count > 0 else {
      if count == -1 && errno == EINTR {
        // Keep what was on the line, so /undo can bring it back.
        interruptedLine = currentLine()
        // Forget the interrupted line's display state, or redraws would append instead of replace.
        el_reset(editor)
        return .interrupted
      }
      // Ctrl-D leaves the cursor after "^D"; end the line so the next output starts clean.
      Console.out()
      return .endOfInput
    }
    // Exactly the bytes libedit counted: a line ended by a key binding of ours is not
    // NUL-terminated, and past its end lie the remains of an earlier, longer line.
    var line = String(decoding: UnsafeRawBufferPointer(start: raw, count: Int(count)), as: UTF8.self)
    if line.hasSuffix("\n") { line.removeLast() }
    if let pasted {
      // Shown as it will be kept, since libedit drew only the first line.
      line += pasted
      let rest = pasted.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
      for extra in rest { Console.out("  " + TextSanitizer.clean(String(extra))) }
      self.pasted = nil
    }
    return .line(line)
  }

  /// Redraws the prompt and the line where they are, so the clock moves.
  ///
  /// libedit's own refresh draws on a new line, so this writes over the current one: carriage
  /// return, prompt, the typed text, clear to the end, and the cursor back where it was. It only
  /// does so when everything fits on one screen line; a wrapped line keeps its clock until a key.
  func redrawInPlace() {
    guard let info = el_line(editor), let start = UnsafeRawPointer(info.pointee.buffer),
      let cursor = UnsafeRawPointer(info.pointee.cursor), let end = UnsafeRawPointer(info.pointee.lastchar)
    else { return }
    let typed = String(decoding: UnsafeRawBufferPointer(start: start, count: end - start), as: UTF8.self)
    let after = String(decoding: UnsafeRawBufferPointer(start: cursor, count: end - cursor), as: UTF8.self)
    let shown = promptText().replacingOccurrences(of: "\u{1}", with: "")
    let visible = shown.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    guard visible.count + typed.count < Console.width else { return }
    var output = "\r" + shown + typed + "\u{1B}[K"
    if !after.isEmpty { output += "\u{1B}[\(after.count)D" }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// What Ctrl-C interrupted on the line, taken by the loop.
  var interruptedLine = ""

  private func currentLine() -> String {
    guard let info = el_line(editor), let start = UnsafeRawPointer(info.pointee.buffer),
      let end = UnsafeRawPointer(info.pointee.lastchar), end > start
    else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: start, count: end - start), as: UTF8.self)
  }

  /// The prompt for this redraw, kept alive for libedit.
  private func drawPrompt() -> UnsafeMutablePointer<CChar> {
    free(prompt)
    prompt = strdup(promptText())
    return prompt
  }

  /// Reads a bracketed paste to its end marker and adds it to the answer whole.
  ///
  /// A paste of one line joins the line being typed. A longer one ends the line: its first
  /// line goes in at the cursor, the rest (and whatever stood after the cursor) follows, and a
  /// newline pushed as if typed lets libedit end and draw the line as Enter would. A paste over
  /// the answer limit is read to its end, so none of it spills into later questions or the
  /// shell, and refused with a notice.
  private func takePaste() -> UInt8 {
    let end = Array("\u{1B}[201~".unicodeScalars)
    var scalars = String.UnicodeScalarView()
    var bytes = 0
    var words = 0
    var inWord = false
    func take(_ scalar: Unicode.Scalar) {
      let space = scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t"
      if !space && !inWord { words += 1 }
      inWord = !space
      bytes += scalar.utf8.count
      if bytes <= AnswerLimit.pasteBytes { scalars.append(scalar) }
    }
    // The last few characters wait in a window until they cannot be the start of the end marker.
    var window: [Unicode.Scalar] = []
    var character: wchar_t = 0
    while el_wgetc(editor, &character) == 1 {
      guard let scalar = Unicode.Scalar(UInt32(bitPattern: character)) else { continue }
      window.append(scalar)
      if window == end {
        window = []
        break
      }
      if window.count == end.count { take(window.removeFirst()) }
    }
    window.forEach(take)
    if bytes > AnswerLimit.pasteBytes || words > AnswerLimit.words {
      Console.out()
      InterviewRenderer.wrapped(AnswerLimit.refusal(words: words, what: "That paste"))
      return UInt8(CC_REDISPLAY)
    }
    var text = String(scalars).replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    while text.hasSuffix("\n") { text.removeLast() }
    guard let newline = text.firstIndex(of: "\n") else {
      el_insertstr(editor, text)
      return UInt8(CC_REFRESH)
    }
    let after = textAfterCursor()
    if !after.isEmpty {
      let length = Int32(after.unicodeScalars.count)
      el_cursor(editor, length)
      el_deletestr(editor, length)
    }
    el_insertstr(editor, String(text[..<newline]))
    pasted = String(text[newline...]) + after
    el_push(editor, "\n")
    return UInt8(CC_REFRESH)
  }

  /// What stands on the line after the cursor.
  private func textAfterCursor() -> String {
    guard let info = el_line(editor), let cursor = UnsafeRawPointer(info.pointee.cursor),
      let end = UnsafeRawPointer(info.pointee.lastchar), end > cursor
    else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: cursor, count: end - cursor), as: UTF8.self)
  }

  func remember(_ line: String, persist: Bool) {
    guard !line.isEmpty, !line.contains("\n") else { return }
    rebound_history_enter(history, line)
    guard persist, let historyFile else { return }
    rebound_history_enter(saved, line)
    // Saved after each command: deinit never runs when the process is killed.
    rebound_history_save(saved, historyFile)
  }

  /// Completes a `/` command at the start of the line.
  private func complete() -> UInt8 {
    guard let info = el_line(editor), let start = UnsafeRawPointer(info.pointee.buffer),
      let cursor = UnsafeRawPointer(info.pointee.cursor)
    else { return UInt8(CC_ERROR) }
    let length = cursor - start
    let typed = String(
      decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
    guard typed.hasPrefix("/"), !typed.contains(" ") else { return UInt8(CC_ERROR) }
    let matches = completions.filter { $0.hasPrefix(typed) }
    guard let first = matches.first else { return UInt8(CC_ERROR) }
    if matches.count == 1 {
      el_insertstr(editor, String(first.dropFirst(typed.count)))
      return UInt8(CC_REFRESH)
    }
    let common = matches.dropFirst().reduce(first) { prefix, next in
      String(zip(prefix, next).prefix { $0 == $1 }.map(\.0))
    }
    if common.count > typed.count {
      el_insertstr(editor, String(common.dropFirst(typed.count)))
      return UInt8(CC_REFRESH)
    }
    Console.out()
    Console.out(matches.joined(separator: "  "))
    return UInt8(CC_REDISPLAY)
  }

  /// `$XDG_STATE_HOME/rebound/history`, creating the folder; nil when it cannot be made.
  static func defaultHistoryFile() -> String? {
    let env = ProcessInfo.processInfo.environment
    let base: String
    if let state = env["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = state
    } else if let home = env["HOME"], !home.isEmpty {
      base = home + "/.local/state"
    } else {
      return nil
    }
    let folder = base + "/rebound"
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      return nil
    }
    return folder + "/history"
  }
}
