/// Makes untrusted text safe to echo: no escape sequences, no control characters.
///
/// Answers, postings and banks may hold anything a paste can carry; a stray `ESC[2J` must never
/// clear a person's screen or rewrite what they see.
public enum TextSanitizer {
  /// The text with escape sequences removed and other control characters dropped; newlines and tabs stay.
  public static func clean(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar.value {
      case 0x1B:  // ESC: skip a CSI, OSC or two-character sequence
        guard let kind = pending else { break }
        pending = scalars.next()
        if kind == "[" {
          while let s = pending, !(0x40...0x7E).contains(s.value) { pending = scalars.next() }
          pending = scalars.next()
        } else if kind == "]" || kind == "P" || kind == "_" || kind == "^" {
          while let s = pending, s.value != 0x07, s.value != 0x1B { pending = scalars.next() }
          if pending?.value == 0x1B { pending = scalars.next() }
          pending = scalars.next()
        }
      case 0x0A, 0x09: out.append(scalar)
      case 0x0D: if pending?.value != 0x0A { out.append("\n") }
      case 0x00...0x1F, 0x7F...0x9F: break
      case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: break  // invisible and bidi overrides
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// One line: like `clean`, with line breaks folded to spaces.
  public static func oneLine(_ text: String) -> String {
    clean(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
