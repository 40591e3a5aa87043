import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Long output through `$PAGER` (default `less -FRX`) when standard output is a terminal;
/// straight through when piped, so scripts never wait on a pager.
enum Pager {
  static func page(_ body: () throws -> Void) rethrows {
    guard isatty(STDOUT_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" else {
      return try body()
    }
    let text = try Console.capturing(body)
    var size = winsize()
    let rows = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_row > 0 ? Int(size.ws_row) : 24
    guard text.split(separator: "\n", omittingEmptySubsequences: false).count >= rows else {
      return Console.out(text, terminator: "")
    }
    let command = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRX"
    // posix_spawn, not Process: Process puts the child in a process group of its own, where a
    // pager reading the keyboard is stopped by the terminal.
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return Console.out(text, terminator: "") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, fds[1])
    let words: [String] = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ) == 0 else {
      close(fds[0])
      close(fds[1])
      return Console.out(text, terminator: "")
    }
    close(fds[0])
    let handle = FileHandle(fileDescriptor: fds[1], closeOnDealloc: true)
    handle.write(Data(text.utf8))
    try? handle.close()
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
  }
}
