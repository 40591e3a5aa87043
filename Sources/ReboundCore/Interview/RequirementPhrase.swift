/// Turns a posting requirement into the short phrase a person would say in a question:
/// "2+ years of hands-on SQL experience" becomes "hands-on SQL", "Current NMC registration as an
/// adult nurse" becomes "NMC registration", "Must be highly organized and have an infectiously
/// positive attitude" becomes "being highly organized".
public enum RequirementPhrase {
  /// "…experience in the material handling industry": the field named.
  static let fieldPhrase = Pattern(
    "(?<=\\bin )(the |a )?[A-Za-z/&-]+( [A-Za-z/&-]+){0,3} (industry|sector|field|environment|setting)")
  /// " and " followed by the start of another requirement.
  static let andAnother = Pattern(
    " and (be|have|has|can|will|must|should|work|thrive|enjoy|take|possess|demonstrate|show|maintain|meet|provide|ensure|follow|use|react|prepare|roll|ability|able|willing) ",
    caseInsensitive: true)

  static let leadingNoise = [
    "must have ", "must be able to ", "must be ", "must ", "should have ", "should be ", "will have ",
    "you will have ", "you have ", "you are ", "you're ", "you'll have ", "you bring ", "have ", "has ", "is ",
    "are ", "a minimum of ", "minimum of ", "at least ", "proven experience in ", "proven experience with ",
    "proven ", "demonstrated ", "demonstrable ", "strong ", "excellent ", "exceptional ", "outstanding ",
    "solid ", "good ", "great ", "deep ", "extensive ", "thorough ", "sound ", "working ", "basic ",
    "advanced ", "fundamental ", "hands-on experience with ", "hands-on experience in ", "experience with ",
    "experience in ", "experience of ", "experience using ", "experience working with ", "experience working in ",
    "experience ", "knowledge of ", "knowledge in ", "familiarity with ", "understanding of ", "proficiency in ",
    "proficiency with ", "proficient in ", "proficient with ", "expertise in ", "background in ",
    "comfortable with ", "confident with ", "confident ", "we're looking for someone with ",
    "a track record of ", "track record of ", "current ", "valid ", "possess ", "possess a ", "hold a ",
    "hold ", "a ", "an ", "the ", "previous ", "prior ", "relevant ", "practical ", "professional ",
    "will ", "can ", "to ", "innate ", "demonstrate ", "demonstrated ", "in ", "as ", "at ", "with ", "of ",
    "record of ", "a record of ", "detailed ", "effective ", "widely used ", "the field of ", "field of ",
  ]
  static let trailingNoise = [
    " experience", " skills", " skill", " knowledge", " background", " is essential", " is required",
    " required", " essential", " preferred", " is preferred", " is a plus", " a plus", " is a must",
    " would be an asset", " is an asset", " an asset", " is desirable", " desirable", " or equivalent",
    " or related field", " or similar", " is a bonus", " highly valued", " would be beneficial",
    " would be an advantage", " is an advantage", " (required)", " (preferred)", " (e)", " (d)",
  ]
  /// Where a requirement's core phrase ends and its elaboration begins.
  static let clauseBreaks = [
    ", ", "; ", " such as ", " including ", " to include ", " e.g.", " (", " - ", " – ", " — ", " which ",
    " that ", " where ", " who ", " as well as ", " with a ", " with an ", " in order to ", " for the ",
    " is a ", " is an ", " is essential", " is required", " will be ", ": ", " would ", " as an ", " as a ",
  ]

  static let clauseMarks: [[UInt8]] = clauseBreaks.map { Array($0.utf8) }

  /// The phrase for a requirement of its kind; at most eight words and never a sentence.
  public static func phrase(_ requirement: String) -> String {
    phrase(requirement, kind: RequirementKind.of(requirement))
  }

  public static func phrase(_ requirement: String, kind: RequirementKind) -> String {
    var text = requirement.trimmed
    // "Nursing: 5 year (Required)", "Software: Proficient in Microsoft Office": the label names it.
    if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 25 {
      let label = text[..<colon].trimmed
      let rest = text[text.index(after: colon)...].trimmed
      let restWords = rest.split(separator: " ").count
      let restIsBare = restWords <= 3 || rest.first?.isNumber == true && restWords <= 4
      text = restIsBare ? String(label) : String(rest)
    }
    while let last = text.last, ".;:!,".contains(last) { text.removeLast() }
    // "…experience in the material handling industry": for experience, the field is the phrase.
    let lowered = text.lowercased()
    if kind == .experience,
      ["industry", "sector", "field", "environment", "setting"].contains(where: lowered.includes),
      let field = fieldPhrase.firstMatch(in: text), text[field].split(separator: " ").count >= 3
    {
      return String(text[field])
    }
    text = stripSubject(text)
    text = stripYears(text)
    text = cutAtClauseBreak(text)
    text = stripNoise(text)
    // "the ability to work to deadlines" reads as "working to deadlines".
    for lead in ["ability to ", "able to "] where text.lowercased().hasPrefix(lead) {
      text = gerund(String(text.dropFirst(lead.count)))
    }
    // "highly organized", "calm under pressure": an adjective reads as "being …".
    let words0 = text.split(separator: " ").map(String.init)
    if kind == .trait, let first = words0.first, isAdjective(first),
      words0.count == 1 || isAdjective(words0[1]) || ["under", "with", "and", "in", "at", "about", "to", "when"].contains(words0[1].lowercased())
    {
      text = "being " + text.prefix(1).lowercased() + text.dropFirst()
    }
    // Trim to six words (hyphenated parts counted) on a word that can end a phrase.
    var words = text.split(separator: " ").map(String.init)
    let tokens = { (list: [String]) in list.reduce(0) { $0 + $1.split(separator: "-").count } }
    if tokens(words) > 6 {
      // Too long: end at a joint ("critical eye for detail | and user experience") where there is one.
      let joints = words.indices.filter { $0 >= 2 && $0 < 6 && ["and", "or", "with", "for", "in", "including", "to"].contains(words[$0].lowercased()) }
      if let joint = joints.last { words = Array(words[..<joint]) }
    }
    while words.count > 1, tokens(words) > 6 { words.removeLast() }
    while let last = words.last, words.count > 1, endsBadly(last) { words.removeLast() }
    text = stripNoise(words.joined(separator: " "), leading: false)
    return lowercaseOpening(text, original: requirement)
  }

  /// "Applicants must be…", "The successful candidate will have…", "If you are…": who is spoken of
  /// is not part of what is asked for.
  static let subject = Pattern(
    "^(if )?(the )?(successful |ideal )?(applicants?|candidates?|post ?holders?|individuals?|you|we|they|someone|person|he or she)( also)?( (must|should|will|would|need to|needs to|shall|are expected to|is expected to|are|is))?( also)?( (have|be able to|be|demonstrate|possess|hold))? ", caseInsensitive: true)

  static func stripSubject(_ text: String) -> String {
    // Cheap test first: the pattern can only match when the text opens on one of these words.
    let first = text.prefix { $0 != " " }.lowercased()
    guard subjectOpeners.contains(first) else { return text }
    guard let range = subject.firstMatch(in: text) else { return text }
    let rest = String(text[range.upperBound...]).trimmed
    return rest.split(separator: " ").count >= 1 ? rest : text
  }

  static let subjectOpeners: Set<String> = [
    "if", "the", "successful", "ideal", "applicant", "applicants", "candidate", "candidates", "postholder",
    "post", "individual", "individuals", "you", "we", "they", "someone", "person", "he",
  ]

  static func stripYears(_ text: String) -> String {
    let words = text.split(separator: " ")
    guard words.count > 2,
      let years = words.firstIndex(where: { $0.lowercased().hasPrefix("year") }), years <= 3,
      words[..<years].allSatisfy({ word in
        word.first?.isNumber == true || ["at", "least", "minimum", "of", "a", "over", "two", "three", "four", "five", "one", "six"]
          .contains(word.lowercased()) || word.hasSuffix("+")
      })
    else { return text }
    var rest = words[(years + 1)...]
    while let first = rest.first, ["of", "in", "with", "experience", "experience,", "as", "'", "’", "working", "in"].contains(first.lowercased()) {
      rest = rest.dropFirst()
    }
    return rest.isEmpty ? text : rest.joined(separator: " ")
  }

  static func cutAtClauseBreak(_ text: String) -> String {
    // Searched in bytes: the marks are ASCII, and lowercasing ASCII keeps every byte in place.
    let bytes = Array(text.utf8)
    let lower = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    var cutByte = bytes.count
    for mark in clauseMarks {
      guard mark.count <= lower.count else { continue }
      var index = 3
      while index + mark.count <= min(lower.count, cutByte + mark.count) {
        if lower[index] == mark[0], lower[index..<(index + mark.count)].elementsEqual(mark) {
          cutByte = min(cutByte, index)
          break
        }
        index += 1
      }
    }
    let cut = text.utf8.index(text.utf8.startIndex, offsetBy: cutByte)
    // " and " ends a phrase only when what follows is another requirement ("…organized and have a
    // positive attitude"), not part of this one ("written and verbal communication").
    let head = String(text[..<cut])
    if head.includes(" and "), let and = andAnother.firstMatch(in: head),
      head.distance(from: head.startIndex, to: and.lowerBound) >= 3
    {
      return String(head[..<and.lowerBound])
    }
    return head
  }

  static func stripNoise(_ text: String, leading: Bool = true) -> String {
    var text = text.trimmed
    var changed = true
    while changed {
      changed = false
      let lower = text.lowercased()
      if leading, let noise = leadingNoise.first(where: { lower.hasPrefix($0) && text.count > $0.count + 2 }) {
        text = String(text.dropFirst(noise.count)).trimmed
        changed = true
        continue
      }
      if let noise = trailingNoise.first(where: { lower.hasSuffix($0) && text.count > $0.count + 2 }) {
        text = String(text.dropLast(noise.count)).trimmed
        changed = true
      }
    }
    return text
  }

  /// "work to deadlines" → "working to deadlines".
  static func gerund(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    guard let verb = words.first?.lowercased() else { return text }
    let irregular = ["be": "being", "see": "seeing", "lie": "lying", "die": "dying", "run": "running",
      "plan": "planning", "get": "getting", "set": "setting", "put": "putting", "travel": "travelling"]
    if let form = irregular[verb] {
      words[0] = form
    } else if verb.hasSuffix("e") && !verb.hasSuffix("ee") {
      words[0] = String(verb.dropLast()) + "ing"
    } else {
      words[0] = verb + "ing"
    }
    return words.joined(separator: " ")
  }

  static func isAdjective(_ word: String) -> Bool {
    let lower = word.lowercased()
    if ["calm", "friendly", "reliable", "patient", "flexible", "positive", "proactive", "organised", "organized",
      "punctual", "highly", "very", "self-motivated", "detail-oriented", "personable", "approachable", "honest",
      "enthusiastic", "energetic", "curious", "resilient", "dependable", "eager", "confident", "caring", "numerate",
      "literate", "accurate", "articulate", "methodical", "meticulous", "diligent", "tactful", "discreet",
      "resourceful", "self-motivated"].contains(lower)
    {
      return true
    }
    // "creative", "thorough"; not a verb that happens to end the same way ("thrive").
    if Lemmatizer.shared.verbLemma(lower) == lower { return false }
    return ["ive", "ful", "ous", "ent", "ant", "ible", "able"].contains(where: lower.hasSuffix) && lower.count > 5
  }

  /// A phrase should not stop on "and", "of" or "to".
  static func endsBadly(_ word: String) -> Bool {
    ["and", "or", "of", "to", "in", "with", "for", "the", "a", "an", "at", "on", "by", "as", "&", "/", "-", "your", "our",
      "are", "is", "be", "will", "must", "should", "can", "that", "which", "who", "up", "would", "also"]
      .contains(word.lowercased())
  }

  /// Lowercase a sentence capital, but not an acronym or a name ("SQL", "Python").
  static func lowercaseOpening(_ text: String, original: String) -> String {
    let words = text.split(separator: " ")
    // Only a capital that opened the requirement is a sentence capital; "Python" mid-sentence is a name.
    let opening = original.trimmed.split(separator: " ").first.map { $0.trimmingCharacters(in: .punctuationCharacters) }
    guard let first = words.first, first.count > 1, opening == String(first) || opening?.hasSuffix(":") == true,
      first.dropFirst().allSatisfy({ $0.isLowercase || !$0.isLetter }),
      WordFrequency.shared.zipf(first.lowercased()) >= 3.0,
      // "Home Health", "Project Management": a title-cased name keeps its capitals.
      words.count < 2 || !(words[1].first?.isUppercase ?? false)
    else { return text }
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
