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
  mutating func read(prompt: String) -> LineRead
  /// Remembers a line for arrow-key history (single-line entries only).
  mutating func remember(_ line: String, persist: Bool)
}

/// Reads piped or redirected input line by line, with no prompt and no editing.
struct PlainLineReader: LineReader {
  mutating func read(prompt: String) -> LineRead {
    guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
  }

  mutating func remember(_ line: String, persist: Bool) {}
}
