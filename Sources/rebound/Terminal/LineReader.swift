/// What one read at the prompt produced.
enum LineRead: Equatable {
  case line(String)
  /// Ctrl-C: throw away what was typed.
  case interrupted
  /// Ctrl-D or the end of piped input.
  case endOfInput
}

/// A source of typed lines; the practice loop does not care whether libedit is behind it.
protocol LineReader {
  /// Reads a line; `prompt` is asked again whenever the line is redrawn, so a clock in it can move.
  mutating func read(prompt: @escaping () -> String) -> LineRead
  /// Remembers a line for arrow-key history (single-line entries only).
  mutating func remember(_ line: String, persist: Bool)
}

/// Reads piped or redirected input line by line, with no prompt and no editing.
struct PlainLineReader: LineReader {
  mutating func read(prompt: @escaping () -> String) -> LineRead {
    guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
  }

  mutating func remember(_ line: String, persist: Bool) {}
}
