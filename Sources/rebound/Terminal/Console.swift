import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The process's terminal: whether it is one, how wide it is, and whether colour is welcome.
enum Console {
  /// Line editing and prompt decoration only when a person is typing and reading.
  static let isInteractive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1

  /// Colour only on a terminal, never with NO_COLOR or TERM=dumb.
  static let useColour: Bool = {
    let env = ProcessInfo.processInfo.environment
    if let noColour = env["NO_COLOR"], !noColour.isEmpty { return false }
    if env["TERM"] == "dumb" { return false }
    return isatty(STDOUT_FILENO) == 1
  }()

  /// The width to wrap to: the terminal's, capped at 80 so output reads the same everywhere.
  static let width: Int = {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return min(Int(size.ws_col), 80)
    }
    return 80
  }()

  static func out(_ text: String = "", terminator: String = "\n") {
    if let buffer = captured {
      captured = buffer + text + terminator
      return
    }
    print(text, terminator: terminator)
    fflush(nil)
  }

  /// Output held back instead of printed, for the pager; nil when printing.
  nonisolated(unsafe) private static var captured: String?

  /// What `body` prints, as text, instead of printing it.
  static func capturing(_ body: () throws -> Void) rethrows -> String {
    captured = ""
    defer { captured = nil }
    try body()
    return captured ?? ""
  }

  /// One line on stderr, prefixed with the program's name.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data("rebound: \(text)\n".utf8))
  }

  enum Style: String {
    case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
  }

  static func styled(_ text: String, _ style: Style) -> String {
    useColour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
