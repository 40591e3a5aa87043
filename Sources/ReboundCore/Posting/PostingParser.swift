import Foundation

/// Reads a job posting as people paste it (plain text or Markdown, bullets of every shape,
/// sections under many names) and pulls out what the employer is looking for.
public struct PostingParser: Sendable {
  let tokenizer: Tokenizer
  let lexicon: Lexicon

  public init(tokenizer: Tokenizer = Tokenizer(), lexicon: Lexicon = .standard) {
    self.tokenizer = tokenizer
    self.lexicon = lexicon
  }

  /// Parses a posting file's bytes; throws a `PostingError` for empty, binary or oversized input.
  public func parse(_ data: Data, file: String) throws -> JobPosting {
    parse(text: try PostingText.decode(data, file: file))
  }

  /// Reads a posting from disk.
  public func parse(contentsOf url: URL) throws -> JobPosting {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw PostingError(file: url.relativePath, reason: .unreadable)
    }
    return try parse(data, file: url.relativePath)
  }

  enum Section {
    case intro, must, nice, responsibilities, values, other
    /// Under a heading of no known kind: requirements count only when they say so.
    case unknown
    /// A heading of no known kind that should not end the current section.
    case keep
  }

  /// An item's own words: no marker, whatever split it from its line ("Skills: - SQL", "…PHP;*a
  /// portfolio"), and none left when tidying takes the emphasis off ("***Location:**").
  static func itemText(_ item: String) -> String {
    var text = tidy(BulletLine.strip(item) ?? item)
    for _ in 0..<3 {
      guard let bare = BulletLine.strip(text) else { break }
      text = tidy(bare)
    }
    return text
  }

  public func parse(text: String) -> JobPosting {
    var title: String?
    var company: String?
    var body = text
    // "Junior Web Developer | Brightside Digital | Manchester": a job board's header line.
    if let first = text.split(separator: "\n", maxSplits: 1).first, first.includes(" | ") {
      let parts = first.components(separatedBy: " | ").map(\.trimmed).filter { !$0.isEmpty }
      if parts.count >= 2, parts[0].split(separator: " ").count <= 8 {
        title = Self.cleanHeading(parts[0])
        if Self.looksLikeName(parts[1]) { company = parts[1] }
        body = String(text[first.endIndex...])
      }
    }
    let lines = PostingText.lines(Self.withoutFrontMatter(body)).flatMap(Self.splitAtInlineHeadings)
    var section = Section.intro
    var requirements: [Requirement] = []
    var responsibilities: [String] = []
    var values: [String] = []
    var introSentences: [String] = []
    var previousWasShortItem = false

    for rawLine in lines {
      let line = rawLine.trimmed
      if line.isEmpty { continue }
      if let field = Self.field(line) {
        switch Self.metadata(field.name) {
        case .title:
          title = title ?? field.value
          continue
        case .company:
          company = company ?? field.value
          continue
        case .requirement:
          // "Required education: Bachelor's Degree" is a must-have; the field name is not part of it.
          if !["unspecified", "not specified", "n/a", "none", "other"].contains(field.value.lowercased()) {
            add(field.value, in: .must)
          }
          continue
        case .ignore: continue
        case nil: break
        }
      }
      if let heading = heading(line) {
        let (kind, inline) = heading
        if kind == .keep { continue }
        if let kind {
          section = kind
          if kind == .values, company == nil { company = Self.companyFromAboutHeading(line) }
        } else if title == nil, section == .intro, requirements.isEmpty {
          title = Self.cleanHeading(line)
        } else {
          section = .unknown
        }
        guard let inline, !inline.isEmpty else { continue }
        for item in Self.items(inline) { add(item, in: section) }
        continue
      }
      if title == nil, section == .intro, BulletLine.strip(line) == nil, line.split(separator: " ").count <= 10,
        !line.hasSuffix(".")
      {
        title = Self.cleanHeading(line)
        continue
      }
      let content = BulletLine.strip(line) ?? line
      let pieces = BulletLine.strip(line) != nil ? [content] : Self.sentences(content)
      // "3+ years of engineering experience" then a paragraph on why: in a requirements list, the
      // paragraph explains the requirement above it and is not one itself unless it says so.
      let explains = (section == .must || section == .nice) && previousWasShortItem && pieces.count >= 2
        && BulletLine.strip(line) == nil
      for piece in pieces where !explains || Self.strongRequirement(piece) {
        // "Demonstrated experience with the following will be highly valued": a lead-in sets the level.
        let lower = Self.normalised(piece)
        if (lower.includes("the following") || piece.hasSuffix(":")) && piece.split(separator: " ").count <= 14 {
          if Self.soundsOptional(piece) { section = .nice } else if lower.includes("must") || lower.includes("required") { section = .must }
          continue
        }
        add(piece, in: section)
      }
      previousWasShortItem = content.split(separator: " ").count <= 10 && !content.hasSuffix(".")
    }

    /// Routes one item by its section and by what it says of itself.
    func add(_ raw: String, in given: Section) {
      let (pieces, wanted) = Self.clauses(raw)
      let section = wanted ? .must : given
      for item in pieces {
        let text = Self.itemText(item)
        guard text.count >= 2, text.split(separator: " ").count <= 80 else { continue }
        // "Physical Requirements", "Valued but not required …": a heading caught as an item.
        let bare = text.trimmingCharacters(in: CharacterSet(charactersIn: "·•…:. "))
        let bareWords = bare.split(separator: " ").count
        if bareWords <= 5, Self.sectionKind(bare) != nil, Self.isBareHeading(bare) { continue }
        // "Are you ready to bring new ideas to the table?": a question to the reader asks for nothing.
        if text.hasSuffix("?"), !wanted, !Self.strongRequirement(text) { continue }
        let role = wanted ? .requirement : Self.role(of: text)
        switch role {
        case .apply, .question: continue
        case .benefit where section != .must && section != .nice: continue
        default: break
        }
        let required = wanted || Self.isRequirement(text, role: role, section: section)
        if required {
          let level: Requirement.Level = Self.level(of: text, section: section)
          requirements.append(Requirement(text: text, level: level, terms: terms(of: text)))
        } else if section == .responsibilities || role == .duty && section != .values {
          if role != .benefit { responsibilities.append(text) }
        } else if section == .values || role == .company {
          values.append(text)
        } else if section == .intro {
          introSentences.append(text)
        }
      }
    }

    if values.isEmpty {
      values = introSentences.filter { Self.soundsLikeValues($0) }
    }
    if responsibilities.isEmpty {
      // "You will process supplier invoices…" in the opening paragraph describes the job.
      responsibilities = introSentences.filter { sentence in
        let lower = sentence.lowercased()
        return (lower.hasPrefix("you will ") || lower.hasPrefix("you'll ") || lower.hasPrefix("you’ll "))
          && !requirements.contains { $0.text == sentence }
      }
    }
    if company == nil, let title, let range = title.range(of: " at ", options: .backwards) {
      company = String(title[range.upperBound...]).trimmed
    }
    if company == nil {
      company = Self.companyFromProse(values + introSentences)
    }
    // "Globex is hiring a Customer Success Manager to join…" names both.
    for sentence in introSentences + responsibilities + values {
      guard title == nil || company == nil, let hiring = sentence.range(of: " is hiring ") else { continue }
      let name = String(sentence[..<hiring.lowerBound])
      if company == nil, (1...4).contains(name.split(separator: " ").count),
        name.first?.isUppercase == true
      {
        company = name
      }
      var role = sentence[hiring.upperBound...].split(separator: " ").map(String.init)
      if let article = role.first, ["a", "an", "the"].contains(article) { role.removeFirst() }
      let words = role.prefix { $0.first?.isUppercase == true || $0 == "&" || $0 == "of" }
      if title == nil, !words.isEmpty {
        title = words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
      }
      responsibilities.removeAll { $0 == sentence }
    }
    if company == nil, let first = introSentences.first, Self.looksLikeName(first) {
      company = first
    }
    if company == nil {
      // A short name line near the top ("Contoso Retail") that the posting repeats is the company.
      company = introSentences.prefix(3).first { line in
        let words = line.split(separator: " ")
        return (1...4).contains(words.count) && !line.hasSuffix(".")
          && words.allSatisfy { $0.first?.isUppercase == true || $0 == "&" }
          && text.components(separatedBy: line).count > 2
      }
    }
    if let found = title, let range = found.range(of: " at ", options: .backwards) {
      title = String(found[..<range.lowerBound])
    }
    if let name = company {
      // "St Brigid's Hospital" on its own line beats "About St Brigid's".
      if let fuller = introSentences.first(where: {
        $0.hasPrefix(name) && $0.count > name.count && $0.split(separator: " ").count <= 6 && !$0.hasSuffix(".")
      }) {
        company = fuller
      }
      // "Finance Assistant – Fixed term 12 months": contract details are not part of the title.
      if let found = title, let range = found.range(of: " – ") ?? found.range(of: " - ") {
        let rest = found[range.upperBound...].lowercased()
        if ["fixed term", "fixed-term", "permanent", "full time", "full-time", "part time", "part-time",
          "contract", "temporary", "maternity cover", "remote", "hybrid"].contains(where: rest.hasPrefix)
        {
          title = found[..<range.lowerBound].trimmed
        }
      }
      // "Primary Teacher – Hale County Schools": the company is not part of the title.
      if let found = title {
        for separator in [" – ", " — ", " - ", " | ", ", "] {
          if let range = found.range(of: separator, options: .backwards),
            found[range.upperBound...].trimmed.lowercased() == (company ?? name).lowercased()
          {
            title = found[..<range.lowerBound].trimmed
          }
        }
      }
    }
    // A company is a name: not a sentence that happened to follow "About".
    if let name = company, name.split(separator: " ").count > 6 || name.contains(":") || name.hasSuffix(".") {
      company = nil
    }
    return JobPosting(
      title: title, company: company, requirements: dedupe(requirements),
      responsibilities: responsibilities, values: values)
  }

  private func dedupe(_ requirements: [Requirement]) -> [Requirement] {
    var seen = Set<String>()
    return requirements.filter { seen.insert($0.text.lowercased()).inserted }
  }

  /// The words and phrases that would show this requirement in an answer.
  public func terms(of requirement: String) -> [String] {
    let tokens = tokenizer.tokens(requirement)
    let content = tokens.map { token -> Bool in
      !token.isNumeral && token.word.count > 1 && !lexicon.stopwords.contains(token.stem)
        && !lexicon.requirementNoise.contains(token.stem)
    }
    var phrases: [String] = []
    var words: [String] = []
    for (index, token) in tokens.enumerated() where content[index] {
      if !words.contains(token.word) { words.append(token.word) }
      if index + 1 < tokens.count, content[index + 1], tokens[index + 1].sentence == token.sentence,
        tokens[index + 1].start - token.end <= 2
      {
        let phrase = token.word + " " + tokens[index + 1].word
        if !phrases.contains(phrase) { phrases.append(phrase) }
      }
    }
    return Array((phrases + words).prefix(12))
  }

  // MARK: - Headings and sections

  /// A heading line and the section it opens (nil when it is a heading of no known kind),
  /// with any text after its colon ("Requirements: SQL, Python").
  func heading(_ line: String) -> (Section?, String?)? {
    var text = line
    var isHeading = false
    if text.hasPrefix("#") {
      text = String(text.drop(while: { $0 == "#" }))
      isHeading = true
    }
    if text.hasPrefix("**"), let end = text.dropFirst(2).range(of: "**") {
      let inner = String(text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound])
      let after = text[end.upperBound...].trimmed
      if after.isEmpty || after == ":" {
        text = inner
        isHeading = true
      } else if let kind = Self.sectionKind(inner) {
        return (kind, after.hasPrefix(":") ? String(after.dropFirst()) : after)
      }
    }
    if text.hasPrefix("__"), text.hasSuffix("__"), text.count > 4 {
      text = String(text.dropFirst(2).dropLast(2))
      isHeading = true
    }
    text = text.trimmed
    let words = text.split(separator: " ").count
    if let content = BulletLine.strip(line), !isHeading {
      // "• Education/Experience": a bullet that is nothing but a known heading opens a section.
      let bare = content.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
      guard bare.split(separator: " ").count <= 4, Self.isBareHeading(bare), let kind = Self.sectionKind(bare) else {
        return nil
      }
      return (kind, nil)
    }
    if text.hasSuffix(":") && words <= 12 {
      let kind = Self.sectionKind(String(text.dropLast()))
      // "Here is what we need from you:" keeps the current section; a known heading changes it.
      return kind == nil && !isHeading ? (.keep, nil) : (kind, nil)
    }
    if let colon = text.firstIndex(of: ":"), !isHeading {
      let head = String(text[..<colon])
      if head.split(separator: " ").count <= 5, let kind = Self.sectionKind(head) {
        return (kind, String(text[text.index(after: colon)...]))
      }
    }
    if isHeading { return (Self.sectionKind(text), nil) }
    if words <= 6, !text.hasSuffix("."), let kind = Self.sectionKind(text), Self.isBareHeading(text) {
      return (kind, nil)
    }
    return nil
  }

  /// Words that may sit beside a heading phrase ("Key skills & experience", "Minimum qualifications").
  static let headingFiller: Set<String> = [
    "and", "&", "the", "our", "your", "you", "what", "we", "to", "for", "of", "key", "main", "core",
    "minimum", "basic", "preferred", "required", "additional", "technical", "desired", "desirable",
    "essential", "job", "role", "position", "a", "an", "with", "who", "are", "us", "will", "do", "bring",
    "have", "skills", "experience", "qualifications", "requirements", "responsibilities", "duties",
    "about", "values", "benefits", "perks", "nice", "to", "have", "bonus", "points", "plus", "ideal",
    "candidate", "profile", "mission", "culture", "overview", "summary", "team", "company", "education",
    "knowledge", "competencies", "criteria", "person", "specification", "looking", "for", "might", "also",
    "need", "be", "successful", "offer", "why", "join", "life", "at", "day", "in", "this", "is", "it",
    "we're", "you're", "you'll", "we'll", "you've", "we've", "what's", "it's", "who's", "looking", "seeking",
    "valued", "but", "not", "highly", "considered", "would", "great", "if", "any", "following",
    "other", "information", "expect",
  ]

  /// A bare line is a heading only when the heading words are nearly all of it:
  /// "Skills & Experience" is, "Strong SQL and experience with dbt" is not.
  static func isBareHeading(_ text: String) -> Bool {
    let words = normalised(text).split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "&" })
    let other = words.filter { !headingFiller.contains(String($0)) }
    if other.isEmpty { return true }
    // "About Acme": an about heading may carry the company's name.
    return text.lowercased().hasPrefix("about ") && other.count <= 3
  }

  static let niceHeadings = [
    "nice to have", "nice-to-have", "preferred", "bonus", "plus", "desirable", "desired",
    "would be great", "extra credit", "ideally", "not required", "added advantage", "advantageous",
    "even better", "stand out", "great to have", "good to have", "additional qualifications",
    "might also", "also have", "would be nice", "bonus if", "it's a plus", "extra points",
    "we'd love", "we would love", "ideally you", "valued but not required", "not required", "highly valued",
    "basic qualifications are", "preferred qualifications",
  ]
  static let mustHeadings = [
    "requirement", "qualification", "what you'll bring", "what you will bring", "what you bring",
    "what we're looking for", "what we are looking for", "we're looking for", "looking for",
    "you have", "you'll have", "you will have", "about you", "must have", "must-have", "skills",
    "who you are", "your profile", "what you need", "you should have", "essential", "experience",
    "competencies", "your background", "what it takes", "you bring", "you are", "you'll need",
    "what we need", "candidate profile", "the ideal candidate", "ideal candidate",
    "person specification", "criteria", "your skills", "knowledge", "education",
    "you will need", "to be successful", "successful candidate", "you should",
    "must haves", "what we expect", "we expect", "who we're looking for", "who we are looking for",
    "required", "conditions of employment", "key requirements",
  ]
  static let responsibilityHeadings = [
    "responsibilit", "what you'll do", "what you will do", "the role", "your role", "duties",
    "day to day", "day-to-day", "in this role", "you will", "you'll", "your impact",
    "what you'll be doing", "job description", "key tasks", "the job", "what the job involves",
    "your mission", "the opportunity", "role overview", "position summary", "overview of the role",
    "main tasks", "accountabilities", "about the job", "about the position", "job summary",
  ]
  static let valueHeadings = [
    "about us", "about the company", "who we are", "our values", "our mission", "values",
    "mission", "culture", "why join", "about the team", "our story", "company overview",
    "about the organisation", "about the organization", "our company", "life at", "our purpose",
    "what we do", "why work", "about ",
  ]
  static let otherHeadings = [
    "benefit", "perks", "we offer", "what we offer", "compensation", "salary", "pay", "how to apply",
    "equal opportunit", "diversity", "location", "apply", "schedule", "hours", "package",
    "what's in it for you", "in return", "eeo", "accommodation", "next steps", "interview process",
    "required documents", "how you will be evaluated", "what to expect", "other information",
    "additional information", "why join", "why work", "what we offer", "our benefits",
  ]

  static let headingLists = (
    other: MarkerList(otherHeadings), nice: MarkerList(niceHeadings), must: MarkerList(mustHeadings),
    responsibilities: MarkerList(responsibilityHeadings), values: MarkerList(valueHeadings))

  static func sectionKind(_ heading: String) -> Section? {
    var text = heading.lowercased()
    if text.includes("’") { text = text.replacingOccurrences(of: "’", with: "'") }
    text = String(text.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    guard !text.isEmpty, text.split(separator: " ").count <= 9 else { return nil }
    if headingLists.other.found(in: text) && !text.includes("qualif") { return .other }
    if headingLists.nice.found(in: text) { return .nice }
    // "Essential Responsibilities/Duties" lists duties, however essential.
    if (text.includes("responsibilit") || text.includes("duties")) && !text.includes("qualif") && !text.includes("requirement") {
      return .responsibilities
    }
    if headingLists.must.found(in: text) { return .must }
    if headingLists.responsibilities.found(in: text) { return .responsibilities }
    if headingLists.values.found(in: text) { return .values }
    return nil
  }

  static func companyFromAboutHeading(_ line: String) -> String? {
    let text = cleanHeading(line)
    guard text.lowercased().hasPrefix("about ") else { return nil }
    let name = String(text.dropFirst(6)).trimmed
    let lower = name.lowercased()
    if ["us", "the company", "the team", "the role", "you", "the job", "the position", "our company"]
      .contains(lower)
    {
      return nil
    }
    return name.isEmpty ? nil : name
  }

  static func companyFromProse(_ sentences: [String]) -> String? {
    for sentence in sentences.prefix(6) {
      let words = sentence.split(separator: " ").map(String.init)
      if let at = words.firstIndex(where: { ["Join", "At"].contains($0) }), at + 1 < words.count {
        let name = words[(at + 1)...].prefix { $0.first?.isUppercase == true }
          .joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
        if !name.isEmpty, !["We", "Our", "The"].contains(name) { return name }
      }
      if let verb = words.firstIndex(where: { Self.companyVerbs.contains($0) }), verb > 0, verb <= 3,
        words[..<verb].allSatisfy({ $0.first?.isUppercase == true }),
        !["We", "Our", "This", "The", "It", "You"].contains(words[0])
      {
        return words[..<verb].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
      }
    }
    return nil
  }

  /// "…for charities. What you'll do: build sites" becomes two lines, so the heading is seen.
  static func splitAtInlineHeadings(_ line: String) -> [String] {
    guard line.contains(":"), line.includes(". ") else { return [line] }
    var pieces: [String] = []
    var start = line.startIndex
    var search = line.startIndex
    while let stop = line.range(of: ". ", range: search..<line.endIndex) {
      let after = line[stop.upperBound...].drop { $0 == " " }
      if after.first?.isUppercase == true, let colon = after.firstIndex(of: ":"),
        after.distance(from: after.startIndex, to: colon) <= 40, sectionKind(String(after[..<colon])) != nil
      {
        pieces.append(String(line[start..<stop.lowerBound]) + ".")
        start = stop.upperBound
      }
      search = stop.upperBound
    }
    pieces.append(String(line[start...]))
    return pieces.map(\.trimmed).filter { !$0.isEmpty }
  }

  /// A line that is a name, not a location or a contract type: "Initech Logistics".
  static func looksLikeName(_ line: String) -> Bool {
    let words = line.split(separator: " ")
    guard (1...4).contains(words.count), !line.hasSuffix("."), !line.contains(","),
      !line.contains(where: \.isNumber)
    else { return false }
    let lower = line.lowercased()
    let notNames = ["remote", "full", "part", "time", "hybrid", "contract", "permanent", "location",
      "salary", "temporary", "onsite", "on-site", "office", "shift", "hours", "apply", "job", "posted"]
    guard !notNames.contains(where: lower.includes), sectionKind(line) == nil else { return false }
    return words.allSatisfy { $0.first?.isUppercase == true || $0 == "&" || $0 == "of" }
  }

  /// Legal and application boilerplate that is not a requirement.
  static func isBoilerplate(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["equal opportunity", "equal-opportunity", "eeo ", "reasonable accommodation",
      "regardless of race", "without regard to", "background check", "to apply", "click apply",
      "applications close", "we do not accept", "recruitment agencies"].contains(where: lower.includes)
  }

  /// Verbs that follow a company's name in the first sentence about it.
  static let companyVerbs: Set<String> = [
    "is", "are", "was", "sells", "makes", "builds", "helps", "runs", "provides", "offers", "creates",
    "develops", "delivers", "operates", "designs", "serves", "employs", "has", "powers", "connects",
  ]

  static func cleanHeading(_ line: String) -> String {
    line.replacingOccurrences(of: "**", with: "")
      .trimmingCharacters(in: CharacterSet(charactersIn: "#*_: ").union(.whitespaces))
  }

  /// "Title: Data Analyst" as a name and a value.
  static func field(_ line: String) -> (name: String, value: String)? {
    guard line.contains(":") else { return nil }
    let plain = line.includes("**") ? line.replacingOccurrences(of: "**", with: "") : line
    guard let colon = plain.firstIndex(of: ":") else { return nil }
    let name = plain[..<colon].trimmed.lowercased()
    let value = plain[plain.index(after: colon)...].trimmed
    guard !value.isEmpty, name.split(separator: " ").count <= 3 else { return nil }
    return (name, value)
  }

  // MARK: - Items

  /// "SQL; Python" or "Excel, attention to detail, customer service": short items become one each.
  static func items(_ text: String) -> [String] {
    let sentences = Self.sentences(text)
    if sentences.count > 1 { return sentences.flatMap(items) }
    let parts = text.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }
    guard parts.count == 1 else { return parts }
    let commas = text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
    let short = commas.count >= 3 && commas.allSatisfy { $0.split(separator: " ").count <= 4 }
    return short ? commas.map { $0.hasPrefix("and ") ? String($0.dropFirst(4)) : $0 } : parts
  }

  static func sentences(_ text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      current.append(character)
      if ".!?".contains(character) {
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        let previousIsDigit = index > 0 && characters[index - 1].isNumber
        if next == " " && !(character == "." && previousIsDigit && index + 2 < characters.count && characters[index + 2].isNumber) {
          sentences.append(current.trimmed)
          current = ""
        }
      }
    }
    if !current.trimmed.isEmpty {
      sentences.append(current.trimmed)
    }
    return sentences
  }

  static func tidy(_ text: String) -> String {
    var result = text
    if result.includes("**") { result = result.replacingOccurrences(of: "**", with: "") }
    if result.includes("__") { result = result.replacingOccurrences(of: "__", with: "") }
    result = result.trimmed
    while let last = result.last, ";,".contains(last) { result.removeLast() }
    return result
  }

  /// What an item of a posting is, from its own words.
  enum Role { case requirement, duty, benefit, company, apply, question, plain }

  static func role(of text: String) -> Role {
    let lower = " " + normalised(text)
    if lower.hasSuffix("?") && lower.split(separator: " ").count <= 12 { return .question }
    if PostingVocabulary.apply.found(in: lower) && !lower.includes("required")
      && !lower.includes("must ")
    {
      return .apply
    }
    let first = lower.split(separator: " ").first.map { String($0).trimmingCharacters(in: .punctuationCharacters) } ?? ""
    let requirementWords = PostingVocabulary.requirement.found(in: lower)
    if PostingVocabulary.requirementOpeners.contains(first) && requirementWords { return .requirement }
    let mustSay = PostingVocabulary.must.found(in: lower)
    if !mustSay, PostingVocabulary.benefit.found(in: lower) { return .benefit }
    if PostingVocabulary.must.found(in: lower)
      || PostingVocabulary.nice.found(in: lower) && requirementWords
    {
      return .requirement
    }
    if PostingVocabulary.benefit.found(in: lower) { return .benefit }
    let words = text.split(separator: " ")
    // "Hold a State Journeyman Certification", "Possess an understanding of…": having, not doing.
    if ["hold", "holds", "possess", "possesses", "demonstrate", "demonstrates", "have", "has", "bring", "brings"]
      .contains(first), requirementWords || strongRequirement(text)
    {
      return .requirement
    }
    // "Create 3D designs…" is a duty; "Hale County Council…" and "Full time" are not.
    if isDutyOpener(first), words.count >= 4, !(words[1].first?.isUppercase ?? false) { return .duty }
    if PostingVocabulary.company.found(in: lower) { return .company }
    return requirementWords ? .requirement : .plain
  }

  /// "Create", "Manages", "Assist": an item that opens on what the job does.
  static func isDutyOpener(_ word: String) -> Bool {
    guard word.count > 2, !PostingVocabulary.requirementOpeners.contains(word) else { return false }
    guard let lemma = Lemmatizer.shared.verbLemma(word) else { return false }
    // "Manages", "Creates", "Create", "Managing": a verb in the form a duty list uses.
    return word == lemma || word.hasSuffix("s") || word.hasSuffix("ing")
  }

  /// Whether an item goes on the list of requirements.
  static func isRequirement(_ text: String, role: Role, section: Section) -> Bool {
    switch section {
    case .other:
      // Benefits, how to apply, equal opportunities: no requirement lives there.
      return false
    case .must, .nice:
      // In a list of requirements, "Hold a journeyman certification" is one, though it opens on a verb.
      return role == .requirement || role == .plain || role == .duty
    default:
      // Outside a requirements list only an item that says so counts: "Must be able to lift 25 lbs",
      // or one that opens the way requirements do: "Deep understanding of Windows client support".
      let first = normalised(text).split(separator: " ").first.map(String.init) ?? ""
      let opens = ["deep", "fundamental", "basic", "working", "strong", "excellent", "proficient", "proficiency",
        "knowledge", "understanding", "experience", "hold", "possess", "demonstrate", "demonstrated", "proven"]
        .contains(first)
      return role == .requirement && (strongRequirement(text) || opens && section == .responsibilities)
    }
  }

  /// An item whose own words make it a requirement wherever it stands.
  static func strongRequirement(_ text: String) -> Bool {
    strongMarkers.found(in: " " + normalised(text))
  }

  static let strongMarkers = MarkerList([
      " must ", "required", "requirement", "is essential", "are essential", "is a plus", "a plus",
      "an asset", "preferred", "desirable", "years of experience", "years' experience", "years experience",
      "experience in ", "experience with ", "degree", "diploma", "certification", "licence", "license",
      "knowledge of", "ability to", "proficien", "you have", "you'll have", "you will have", "you are ",
      "we're looking for", "we are looking for", "looking for someone", "qualification", "gcse", "nvq",
      "background check", "right to work", "fluent", "registration", "highly valued", "bonus",
      "understanding of", "knowledge in", "command of", "track record", "certification",
  ])

  /// An item's level: its own words first ("(Required)", "is a plus"), then its section.
  static func level(of text: String, section: Section) -> Requirement.Level {
    let lower = normalised(text)
    if PostingVocabulary.must.found(in: lower) && !lower.includes("not required") {
      return .must
    }
    if soundsOptional(text) { return .nice }
    return section == .nice ? .nice : .must
  }

  static func normalised(_ text: String) -> String {
    var lower = text.lowercased()
    if lower.includes("’") { lower = lower.replacingOccurrences(of: "’", with: "'") }
    return lower
  }

  /// An item that holds several: "A; B; C", or a "looking for someone who…" sentence whose
  /// clauses are each a requirement ("…who like to build at a startup pace, have a critical eye…,
  /// and thrive when given autonomy"). The flag says the pieces are requirements by construction.
  static let wantedWho = Pattern(
    "(looking for|seeking|hiring|searching for|we want|we need)[^.;:]{0,80}? who( are| is)?:? ", caseInsensitive: true)
  /// ", and has…": the next clause of a "who" sentence.
  static let andLinking = Pattern(
    ",? and (?=(has|have|is|are|can|will|enjoys?|loves?|likes?|thrives?|wants?|knows?|brings?|takes?|cares?) )")

  static func clauses(_ item: String) -> (pieces: [String], wanted: Bool) {
    if item.includes(" who "), let range = wantedWho.firstMatch(in: item) {
      let rest = String(item[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
      let split = andLinking.replacing(in: rest, with: ", ")
      let parts = split.replacingOccurrences(of: ", and ", with: ", ").split(separator: ",")
        .map { $0.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ".!")) }
      // Each clause says what the person does or is: "have a critical eye…", "thrive when…".
      let opensOnVerb = { (part: String) -> Bool in
        guard let first = part.split(separator: " ").first?.lowercased() else { return false }
        return !first.hasSuffix("ing") && (Lemmatizer.shared.verbLemma(first) != nil || ["is", "are", "can", "will"].contains(first))
      }
      if parts.count >= 2, parts.allSatisfy({ $0.split(separator: " ").count >= 3 && opensOnVerb($0) }) {
        return (parts, true)
      }
    }
    let semis = item.split(separator: ";").map { $0.trimmed }
    if semis.count >= 2, semis.allSatisfy({ $0.split(separator: " ").count >= 3 }) { return (semis, false) }
    return ([item], false)
  }

  /// A Markdown file's YAML front matter (between "---" lines at the top) is settings, not text.
  static func withoutFrontMatter(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.prefix(4).firstIndex(where: { $0.trimmed == "---" }),
      let end = lines[(first + 1)...].firstIndex(where: { $0.trimmed == "---" })
    else { return text }
    return (lines[..<first] + lines[(end + 1)...]).joined(separator: "\n")
  }

  enum Metadata { case title, company, requirement, ignore }

  /// Job-board fields: some name the job, one is a requirement, the rest are not requirements.
  static func metadata(_ name: String) -> Metadata? {
    switch name {
    case "title", "job title", "position", "role", "job": return .title
    case "company", "employer", "organisation", "organization", "company name", "hiring organization": return .company
    case "required education", "education required", "minimum education": return .requirement
    case "required experience", "industry", "function", "employment type", "job type", "location",
      "salary", "type", "department", "team", "reports to", "hours", "contract", "start date",
      "closing date", "category", "posted", "job id", "reference", "ref", "pay", "work location",
      "schedule", "benefits", "work setting", "shift", "compensation", "seniority level", "job function",
      "date posted", "grade", "band", "working pattern", "employer type", "contract type":
      return .ignore
    default: return nil
    }
  }

  static let optionalMarkers = [
    "preferred", "a plus", "nice to have", "nice-to-have", "bonus", "ideally", "desirable",
    "is an advantage", "an advantage", "would be great", "beneficial", "would be nice",
    "not required", "not essential", "helpful", "is a plus", "would be a plus", "welcome",
  ]

  static func soundsOptional(_ text: String) -> Bool {
    // "(PostgreSQL preferred)" qualifies a must-have rather than making it optional,
    // but "(preferred)" alone marks the whole item optional.
    var lower = ""
    var aside = ""
    var depth = 0
    for character in text.lowercased() {
      if character == "(" {
        depth += 1
        aside = ""
      } else if character == ")" {
        depth = max(0, depth - 1)
        if optionalMarkers.contains(aside.trimmed) || ["optional", "plus", "desired"].contains(aside.trimmed) {
          return true
        }
      } else if depth == 0 {
        lower.append(character)
      } else {
        aside.append(character)
      }
    }
    return PostingVocabulary.nice.found(in: normalised(lower))
  }

  static let requirementMarkers = [
    "experience with", "experience in", "experience of", "years of", "years' experience",
    "degree in", "degree or", "proficien", "knowledge of", "familiar", "ability to", "you have",
    "you bring", "required", "must have", "must be", "skills in", "expertise", "background in",
    "understanding of", "certified", "certification", "licen", "track record", "you'll need",
    "you will need", "we're looking for", "we are looking for", "comfortable with", "fluent",
    "bachelor", "master's", "qualified",
  ]

  static func soundsLikeRequirement(_ text: String) -> Bool {
    let lower = text.lowercased()
    return requirementMarkers.contains(where: lower.includes)
  }

  static func soundsLikeValues(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["mission", "we believe", "our values", "we value", "founded", "we are a", "we're a",
      "we exist", "our customers", "committed to"].contains(where: lower.includes)
  }
}
