import Foundation

/// Turns the bytes of a pasted job ad into clean lines: entities decoded, HTML tags gone,
/// bullets that ran together pulled apart.
public enum PostingText {
  static let maximumBytes = 1_000_000

  /// The text of a posting or notes file, or why it cannot be read.
  public static func decode(_ data: Data, file: String, document: String = "posting") throws -> String {
    func failure(_ reason: PostingError.Reason) -> PostingError {
      PostingError(file: file, reason: reason, document: document)
    }
    if data.count > maximumBytes {
      throw failure(.tooLarge(bytes: data.count))
    }
    if data.contains(0) { throw failure(.binary) }
    guard let text = String(data: data, encoding: .utf8) else {
      throw failure(.notUTF8(line: firstBadLine(data)))
    }
    let controls = text.unicodeScalars.filter {
      $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{1B}"
    }.count
    if controls > max(8, text.unicodeScalars.count / 50) { throw failure(.binary) }
    if text.trimmedLines.isEmpty { throw failure(.empty) }
    return text
  }

  static func firstBadLine(_ data: Data) -> Int {
    var line = 1
    var start = data.startIndex
    for index in data.indices where data[index] == 0x0A {
      if String(data: data[start..<index], encoding: .utf8) == nil { return line }
      line += 1
      start = index + 1
    }
    return line
  }

  /// Plain lines, with HTML reduced to text and entities decoded.
  static func lines(_ raw: String) -> [String] {
    var text = TextSanitizer.clean(raw)
    if text.contains("<") {
      for tag in ["<br>", "<br/>", "<br />", "</p>", "</div>", "</h1>", "</h2>", "</h3>", "</h4>", "</ul>", "</li>"] {
        text = text.replacingOccurrences(of: tag, with: "\n", options: .caseInsensitive)
      }
      text = text.replacingOccurrences(of: "<li[^>]*>", with: "\n• ", options: [.regularExpression, .caseInsensitive])
      text = text.replacingOccurrences(of: "<h[1-6][^>]*>", with: "\n## ", options: [.regularExpression, .caseInsensitive])
      text = text.replacingOccurrences(of: "</?[a-zA-Z][^>]{0,200}>", with: "", options: .regularExpression)
    }
    text = decodeEntities(text)
    if text.includes("\u{00A0}") { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(contentsOf: splitInlineBullets(String(line)))
    }
    return lines
  }

  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
    "mdash": "—", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "bull": "•",
    "middot": "·", "hellip": "…", "eacute": "é", "trade": "™", "reg": "®", "copy": "©",
  ]

  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if let semi = after.prefix(10).firstIndex(of: ";") {
        let name = String(after[..<semi])
        var replacement: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if name.hasPrefix("#") {
          replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
          replacement = entities[name.lowercased()]
        }
        if let replacement {
          out += replacement
          rest = after[after.index(after: semi)...]
          continue
        }
      }
      out += "&"
      rest = after
    }
    return out + rest
  }

  /// "Design campaigns • Track results · Report weekly" becomes three bullet lines.
  static func splitInlineBullets(_ line: String) -> [String] {
    var parts = [line]
    for separator in [" • ", " · ", " ● ", " ▪ ", "•", " | "] where line.includes(separator) {
      parts = parts.flatMap { part -> [String] in
        let pieces = part.components(separatedBy: separator)
        guard pieces.count > 2 || (pieces.count == 2 && separator.count > 1 && !pieces[0].trimmed.isEmpty && pieces[0].count > 15)
        else { return [part] }
        return pieces.enumerated().map { index, piece in
          index == 0 && piece.trimmed.isEmpty ? piece : "• " + piece.trimmed
        }.filter { !$0.trimmed.isEmpty && $0 != "• " }
      }
    }
    return parts.flatMap(splitRunTogether)
  }

  /// Words that start a bullet; a capital one glued to the end of a lowercase word marks a lost line break.
  static let bulletStarters: Set<String> = [
    "experience", "strong", "excellent", "proven", "ability", "knowledge", "familiarity",
    "proficiency", "bachelor", "bachelors", "master", "degree", "demonstrated", "working",
    "minimum", "understanding", "comfort", "comfortable", "passion", "solid", "deep", "hands",
    "fluency", "fluent", "good", "great", "previous", "prior", "professional", "outstanding",
    "exceptional", "effective", "self", "detail", "willingness", "commitment", "manage",
    "develop", "build", "create", "lead", "support", "own", "work", "drive", "design",
    "collaborate", "ensure", "maintain", "partner", "identify", "execute", "coordinate", "write",
    "analyze", "analyse", "prepare", "deliver", "monitor", "conduct", "assist", "provide",
    "handle", "communicate", "plan", "track", "report", "help", "implement", "review", "you",
    "we", "our", "must", "at", "a", "an", "the", "excellent", "superb", "creative", "current",
    "valid", "certification", "certified", "license", "licensed", "registered", "ba", "bs", "bsc",
    "ms", "msc", "phd", "mba", "knowledgeable", "skilled", "team", "customer", "clear", "basic",
    "advanced", "some", "any", "bonus", "nice", "preferred", "ideally", "eligibility", "eligible",
    "able", "capable", "demonstrable", "highly", "organized", "organised", "motivated",
    "resilient", "confident", "attention", "interest", "curiosity", "empathy", "patience",
    "present", "analyse", "use", "apply", "define", "translate", "improve", "respond", "resolve",
    "answer", "train", "teach", "mentor", "recruit", "sell", "negotiate", "prospect", "close",
    "grow", "research", "test", "evaluate", "assess", "document", "organize", "organise",
    "schedule", "administer", "care", "advocate", "educate", "deploy", "operate", "optimize",
    "optimise", "automate", "forecast", "budget", "run", "establish", "oversee", "shape",
    "champion", "contribute", "participate", "engage", "liaise", "facilitate", "measure",
    "model", "interpret", "visualize", "visualise", "edit", "produce", "launch", "source",
    "process", "record", "update", "follow", "keep", "make", "take", "serve", "troubleshoot",
    "diagnose", "escalate", "proficient", "familiar", "knowledge", "fluent", "written", "verbal",
    "excellent", "experienced", "expert", "expertise", "background", "competence", "competency",
  ]

  /// Brand names written in camel case, which must never be split.
  static let camelCaseWords: Set<String> = [
    "script", "point", "hub", "in", "tube", "press", "spot", "books", "ops", "base", "sql", "db",
    "ql", "lab", "flow", "force", "kit", "net", "box", "chat", "drive", "desk", "suite", "cloud",
  ]

  static func splitRunTogether(_ line: String) -> [String] {
    // Cheap check first: a lowercase ASCII letter glued to an uppercase one then a lowercase one.
    let bytes = Array(line.utf8)
    guard bytes.count > 20,
      (1..<(bytes.count - 1)).contains(where: { index in
        (97...122).contains(bytes[index - 1]) && (65...90).contains(bytes[index])
          && (97...122).contains(bytes[index + 1])
      })
    else { return [line] }
    let characters = Array(line)
    guard characters.count > 20 else { return [line] }
    var cuts: [Int] = []
    var index = 1
    while index < characters.count - 1 {
      let before = characters[index - 1]
      let current = characters[index]
      if before.isLowercase && current.isUppercase && characters[index + 1].isLowercase {
        var end = index
        while end < characters.count && characters[end].isLetter { end += 1 }
        let word = String(characters[index..<end]).lowercased()
        let stem = word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("es")
        let leftWords = String(characters[(cuts.last ?? 0)..<index]).split(separator: " ").count
        if leftWords >= 3 && !camelCaseWords.contains(word) && (bulletStarters.contains(word) || stem) {
          cuts.append(index)
        }
      }
      index += 1
    }
    guard !cuts.isEmpty else { return [line] }
    // Each glued-on piece becomes a bullet of its own; the first keeps its own marker.
    var pieces: [String] = []
    var start = 0
    for cut in cuts + [characters.count] {
      let piece = String(characters[start..<cut]).trimmed
      pieces.append(start == 0 ? piece : "• " + piece)
      start = cut
    }
    return pieces
  }
}

/// Recognises the many ways a job board writes a bullet.
enum BulletLine {
  /// The text after the bullet marker, or nil when the line is not a bullet.
  static func strip(_ line: String) -> String? {
    let trimmed = line.trimmed
    guard let first = trimmed.first else { return nil }
    if "-*•·●▪◦‣–—>+✓✔☐□".contains(first) {
      let rest = trimmed.dropFirst().trimmed
      // "**Bold heading**" is not a bullet.
      if first == "*" && trimmed.hasPrefix("**") { return nil }
      if first == "-" && trimmed.hasPrefix("---") { return nil }
      return rest.isEmpty ? nil : rest
    }
    // "1.", "2)", "(a)", "a."
    var index = trimmed.startIndex
    var digits = 0
    while index < trimmed.endIndex, trimmed[index].isNumber, digits < 3 {
      index = trimmed.index(after: index)
      digits += 1
    }
    if digits > 0, index < trimmed.endIndex, trimmed[index] == "." || trimmed[index] == ")" {
      let rest = trimmed[trimmed.index(after: index)...].trimmed
      if !rest.isEmpty, rest.first?.isNumber == false { return rest }
    }
    if trimmed.hasPrefix("("), trimmed.count > 3 {
      let chars = Array(trimmed)
      if chars[1].isLetter || chars[1].isNumber, chars[2] == ")" {
        return String(chars[3...]).trimmed
      }
    }
    return nil
  }
}
