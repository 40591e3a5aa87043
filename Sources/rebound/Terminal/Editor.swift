import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The user's own editor, for writing stories: `$VISUAL`, then `$EDITOR`, then `vi`.
enum Editor {
  static var command: String {
    let environment = ProcessInfo.processInfo.environment
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
    }
    return "vi"
  }

  /// Opens `url` in the editor and waits for it; true when it ran and exited cleanly.
  ///
  /// Through the shell, so an editor given with arguments ("code --wait") works; posix_spawn,
  /// so the editor stays in the terminal's foreground process group and can read the keyboard.
  static func edit(_ url: URL) -> Bool {
    let words = ["/bin/sh", "-c", command + " \"$1\"", "sh", url.path]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return false }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // Exited normally with status 0.
    return status & 0x7f == 0 && (status >> 8) & 0xff == 0
  }
}
