import Foundation

/// Turns the bytes of a pasted job ad into clean lines: entities decoded, HTML tags gone,
/// bullets that ran together pulled apart.
public enum PostingText {
  /// The HTML tags that become line breaks, bullets and headings, and those that are dropped.
  enum Tags {
    static let listItem = Pattern("<li[^>]*>", caseInsensitive: true)
    static let block = Pattern("<(p|div|ul|ol|tr|table|section|article)( [^>]*)?>", caseInsensitive: true)
    static let heading = Pattern("<h[1-6][^>]*>", caseInsensitive: true)
    static let script = Pattern("<(script|style)[^>]*>.*?</(script|style)>", caseInsensitive: true)
    static let any = Pattern("</?[a-zA-Z][^>]{0,400}>")
    static let comment = Pattern("<!--.*?-->")
  }

  static let markdownLink = Pattern("\\[([^\\]]*)\\]\\([^)]*\\)")
  static let numberedRunOn = Pattern("\\.  +([0-9]{1,2})\\.  +")
  static let gluedYears = Pattern("[a-z]{3,}[0-9]+(-[0-9]+)?\\+? ?(years?|yrs)")

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

  /// The posting's words as a reader sees them: markup gone, entities decoded.
  public static func plain(_ raw: String) -> String { lines(raw).joined(separator: "\n") }

  /// Plain lines, with HTML reduced to text and entities decoded, lines broken by a fixed-width
  /// wrap joined again, and items whose line breaks were lost pulled apart.
  static func lines(_ raw: String) -> [String] {
    var text = TextSanitizer.clean(raw)
    // "&lt;li&gt;": HTML stored escaped is still HTML.
    if text.includes("&lt;") { text = decodeEntities(text) }
    if text.contains("<") {
      for tag in ["<br>", "<br/>", "<br />", "</p>", "</div>", "</h1>", "</h2>", "</h3>", "</h4>", "</ul>", "</li>", "</tr>"] {
        text = text.replacingOccurrences(of: tag, with: "\n", options: .caseInsensitive)
      }
      text = Tags.listItem.replacing(in: text, with: "\n• ")
      text = Tags.block.replacing(in: text, with: "\n")
      text = Tags.heading.replacing(in: text, with: "\n## ")
      text = Tags.script.replacing(in: text, with: " ")
      text = Tags.any.replacing(in: text, with: "")
      text = Tags.comment.replacing(in: text, with: "")
    }
    text = decodeEntities(text)
    if text.includes("\u{00A0}") { text = text.replacingOccurrences(of: "\u{00A0}", with: " ") }
    var lines: [String] = []
    for line in joinWrapped(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) {
      lines.append(contentsOf: splitInlineBullets(line))
    }
    return lines
  }

  /// Text wrapped at a fixed width: a line that stops mid-sentence continues on the next when that
  /// one starts in lowercase ("…is one of the" / "fastest-growing technology companies…").
  static func joinWrapped(_ lines: [String]) -> [String] {
    let long = lines.filter { $0.count >= 60 }.count
    guard long >= 4 else { return lines }
    let widths = lines.map(\.count).filter { $0 >= 60 }
    let widest = widths.max() ?? 0
    // Only when most long lines end near one width: a real wrap, not long paragraphs.
    let nearWrap = widths.filter { $0 >= widest - 12 }.count
    guard Double(nearWrap) >= Double(widths.count) * 0.6 else { return lines }
    var joined: [String] = []
    for line in lines {
      let trimmed = line.trimmed
      if let previous = joined.last, !previous.trimmed.isEmpty, previous.count >= widest - 15,
        let last = previous.trimmed.last, !".!?:;".contains(last),
        let first = trimmed.first, first.isLowercase || first.isNumber, BulletLine.strip(trimmed) == nil
      {
        joined[joined.count - 1] = previous.trimmed + " " + trimmed
      } else {
        joined.append(line)
      }
    }
    return joined
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
    var line = line
    // "[Requirements](#key-requirements)": a Markdown link keeps its words.
    if line.includes("](") {
      line = Self.markdownLink.replacing(in: line, with: "$1")
    }
    // "…or GED.  2.  CDL Driver's License.  3.  Excellent…": numbered items run together.
    if line.includes(".  "), Self.numberedRunOn.matches(line) {
      line = Self.numberedRunOn.replacing(in: line, with: ".\n• ")
      return line.split(separator: "\n").flatMap { splitInlineBullets(String($0)) }
    }
    var parts = [line]
    for separator in [" • ", " · ", " ● ", " ▪ ", "•", "· ", " | "] where line.includes(separator) {
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

  /// Camel-case names that are one word however they look ("JavaScript", "LinkedIn").
  static let camelCaseNames: Set<String> = [
    "javascript", "typescript", "coffeescript", "powerpoint", "sharepoint", "wordpress", "github", "gitlab",
    "youtube", "quickbooks", "hubspot", "mailchimp", "paypal", "netsuite", "devops", "solidworks", "wellsky",
    "doordash", "salesforce", "servicenow", "ziprecruiter", "glassdoor", "filemaker", "indesign", "photoshop",
    "onedrive", "onenote", "datadog", "circleci", "graphql", "websphere", "weblogic", "bigquery", "pytorch",
    "tensorflow", "numpy", "scipy", "codeigniter", "cakephp", "openshift", "openstack", "cloudformation",
    "mulesoft", "pagerduty", "bitbucket", "teamcity", "sendgrid", "successfactors", "workday", "linkedin",
    "mysql", "postgresql", "nosql", "iphone", "ipad", "macbook", "mcdonald", "mckinsey", "playstation",
    "xbox", "facebook", "instagram", "whatsapp", "tiktok", "smartsheet", "buildertrend", "autocad", "revit",
    "fedex", "jetbrains", "visualstudio", "vscode", "kubernetes", "ansible", "jenkins", "airtable",
    "dropbox", "docusign", "zendesk", "freshdesk", "intercom", "shopify", "woocommerce", "bigcommerce",
    "magento", "squarespace", "wix", "canva", "figma", "sketchup", "adobexd", "premierepro", "aftereffects",
    "lightroom", "illustrator", "openai", "chatgpt", "geotab", "astrazeneca", "glaxosmithkline", "healthcare",
  ]

  /// Where a line break was lost: "…positive attitude.Extreme professionalism", "SupervisorYour job",
  /// "PreparationA working understanding". Each glued-on piece becomes a line of its own.
  static func splitRunTogether(_ line: String) -> [String] {
    let bytes = Array(line.utf8)
    guard bytes.count > 12 else { return [line] }
    let isLower = { (byte: UInt8) in (97...122).contains(byte) }
    let isUpper = { (byte: UInt8) in (65...90).contains(byte) }
    var cuts: [Int] = []
    var index = 3
    while index < bytes.count - 1 {
      defer { index += 1 }
      guard isUpper(bytes[index]) else { continue }
      var left = index - 1
      let punctuation = [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?")]
        .contains(bytes[left])
      if punctuation { left -= 1 }
      guard left >= 1, isLower(bytes[left]) || (punctuation && (bytes[left] >= 48 && bytes[left] <= 57)) else { continue }
      // The glued token, from the last space to the next one.
      var start = left
      while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
      var end = index
      while end < bytes.count, bytes[end] != 0x20 { end += 1 }
      let token = String(decoding: bytes[start..<end], as: UTF8.self)
      let tokenLower = token.lowercased().filter(\.isLetter)
      let lastPart = token.split(separator: "/").last.map { $0.lowercased().filter(\.isLetter) } ?? ""
      if camelCaseNames.contains(tokenLower) || camelCaseNames.contains(lastPart) { continue }
      let leftWord = String(decoding: bytes[start...left], as: UTF8.self).filter(\.isLetter)
      var rightEnd = index + 1
      while rightEnd < bytes.count, isLower(bytes[rightEnd]) { rightEnd += 1 }
      let rightWord = String(decoding: bytes[index..<rightEnd], as: UTF8.self)
      let single = rightEnd == index + 1
      // "PreparationA working": a one-letter word glued on ("A", "I") before a space.
      if single {
        guard rightEnd < bytes.count, bytes[rightEnd] == 0x20, ["A", "I"].contains(rightWord), leftWord.count >= 4
        else { continue }
      } else if !punctuation {
        // Two real words run together, not a name in camel case: both must be words a dictionary knows.
        guard leftWord.count >= 3, rightWord.count >= 2, leftWord.count >= 5 || isWord(leftWord, 3.0),
          isWord(rightWord, 3.5)
        else { continue }
      } else if leftWord.count < 2 || rightEnd - index < 2 {
        // "U.S.", "Ph.D": initials, not a lost break.
        continue
      }
      if line.utf8.count > 0, let url = lastURLStart(bytes, before: index), url > start { continue }
      cuts.append(index)
    }
    // "…sales skills2 years experience": a count glued to the word before it.
    if line.includes("year") || line.includes("yrs"),
      let glued = Self.gluedYears.firstMatch(in: line)
    {
      let digit = line[glued].firstIndex(where: \.isNumber) ?? glued.lowerBound
      cuts.append(line.utf8.distance(from: line.utf8.startIndex, to: digit.samePosition(in: line.utf8) ?? line.utf8.startIndex))
      cuts.sort()
    }
    guard !cuts.isEmpty else { return [line] }
    var pieces: [String] = []
    var from = 0
    for cut in cuts + [bytes.count] {
      let piece = String(decoding: bytes[from..<cut], as: UTF8.self).trimmed
      if !piece.isEmpty { pieces.append(piece) }
      from = cut
    }
    return pieces
  }

  /// A word a dictionary knows, in any of its forms: "bottlenecks", "Present".
  static func isWord(_ word: String, _ zipf: Double) -> Bool {
    let lower = word.lowercased()
    let frequency = WordFrequency.shared
    return frequency.zipf(lower) >= zipf || frequency.zipf(Lemmatizer.shared.nounLemma(lower)) >= zipf
      || Lemmatizer.shared.verbLemma(lower).map { frequency.zipf($0) >= zipf } ?? false
  }

  /// Where a web or mail address starts before `index`, so "www.Example.com" is left whole.
  static func lastURLStart(_ bytes: [UInt8], before index: Int) -> Int? {
    var start = index
    while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
    let token = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    return token.contains("http") || token.contains("www.") || token.contains("@") ? start : nil
  }
}

/// Recognises the many ways a job board writes a bullet.
enum BulletLine {
  static let markers: Set<Character> = ["-", "*", "•", "·", "●", "▪", "◦", "‣", "–", "—", ">", "+", "✓", "✔", "☐", "□"]

  /// The text after the bullet marker, or nil when the line is not a bullet. A marker under a
  /// marker ("• - SQL", "1. · SQL", as when a bullet line is split into items) goes as well.
  static func strip(_ line: String) -> String? {
    guard let rest = stripOne(line) else { return nil }
    return strip(rest) ?? rest
  }

  static func stripOne(_ line: String) -> String? {
    let trimmed = line.trimmed
    guard let first = trimmed.first else { return nil }
    if markers.contains(first) {
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
