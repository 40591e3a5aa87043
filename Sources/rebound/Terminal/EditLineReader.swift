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
  private let completions: [String]

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
    rebound_el_set_prompt(editor, { el in EditLineReader.owning(el)?.prompt }, 1)
    rebound_el_add_function(editor, "rebound-complete", "Complete a command") { el, _ in
      EditLineReader.owning(el)?.complete() ?? UInt8(CC_ERROR)
    }
    rebound_el_bind(editor, "^I", "rebound-complete")
  }

  deinit {
    el_end(editor)
    history_end(history)
    history_end(saved)
    free(prompt)
  }

  private static func owning(_ el: OpaquePointer?) -> EditLineReader? {
    guard let el, let data = rebound_el_clientdata(el) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  func read(prompt text: String) -> LineRead {
    free(prompt)
    prompt = strdup(text)
    var count: Int32 = 0
    errno = 0
    guard let raw = el_gets(editor, &count), count > 0 else {
      if count == -1 && errno == EINTR { return .interrupted }
      // Ctrl-D leaves the cursor after "^D"; end the line so the next output starts clean.
      Console.out()
      return .endOfInput
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
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
