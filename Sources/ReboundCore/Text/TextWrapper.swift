/// Word-wraps text for a terminal of a given width, keeping the author's line breaks.
public enum TextWrapper {
  /// Lines no wider than `width` (in characters), each starting with `indent`.
  public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
    let room = max(20, width - indent.count)
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        if line.isEmpty {
          line = String(word)
        } else if line.count + 1 + word.count <= room {
          line += " " + word
        } else {
          lines.append(indent + line)
          line = String(word)
        }
        while line.count > room {
          lines.append(indent + line.prefix(room))
          line = String(line.dropFirst(room))
        }
      }
      lines.append(line.isEmpty ? "" : indent + line)
    }
    return lines
  }
}
