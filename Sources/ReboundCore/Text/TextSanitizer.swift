/// Makes untrusted text safe to echo: no escape sequences, no control characters.
///
/// Answers, postings and banks may hold anything a paste can carry; a stray `ESC[2J` must never
/// clear a person's screen or rewrite what they see, and the text inside an escape sequence
/// (a window title, a link) is not the user's words, so it is never scored either.
public enum TextSanitizer {
  /// The text with escape sequences removed and other control characters dropped; newlines and tabs stay.
  public static func clean(_ text: String) -> String { cleanMapped(text).text }

  /// `clean`, with where each kept scalar stood in the original (one offset per kept scalar,
  /// then the original's length), so what is found in the clean text can be pointed at in the original.
  public static func cleanMapped(_ text: String) -> (text: String, offsets: [Int]) {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var index = 0
    func keep(_ scalar: Unicode.Scalar, from position: Int) {
      out.append(scalar)
      offsets.append(position)
    }
    while index < scalars.count {
      let scalar = scalars[index]
      let here = index
      index += 1
      switch scalar.value {
      case 0x1B:  // ESC: skip a CSI, OSC or two-character sequence, payload and all
        guard index < scalars.count else { break }
        let kind = scalars[index]
        index += 1
        if kind == "[" {
          while index < scalars.count, !(0x40...0x7E).contains(scalars[index].value) { index += 1 }
          index += 1
        } else if kind == "]" || kind == "P" || kind == "_" || kind == "^" {
          while index < scalars.count, scalars[index].value != 0x07, scalars[index].value != 0x1B { index += 1 }
          // Ended by BEL, or by ESC \ (the string terminator).
          if index < scalars.count, scalars[index].value == 0x1B { index += 1 }
          index += 1
        }
      case 0x0A, 0x09: keep(scalar, from: here)
      case 0x0D: if index >= scalars.count || scalars[index].value != 0x0A { keep("\n", from: here) }
      case 0x00...0x1F, 0x7F...0x9F: break
      case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: break  // invisible and bidi overrides
      default: keep(scalar, from: here)
      }
    }
    offsets.append(scalars.count)
    return (String(out), offsets)
  }

  /// One line: like `clean`, with line breaks folded to spaces.
  public static func oneLine(_ text: String) -> String {
    clean(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
