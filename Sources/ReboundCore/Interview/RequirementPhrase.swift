/// Turns a posting requirement into a phrase that reads well inside a question:
/// "2+ years of hands-on SQL experience" becomes "hands-on SQL".
public enum RequirementPhrase {
  static let leadingNoise = [
    "a minimum of ", "minimum of ", "at least ", "proven experience in ", "proven experience with ",
    "proven ", "demonstrated ", "demonstrable ", "strong ", "excellent ", "solid ", "good ",
    "deep ", "extensive ", "hands-on experience with ", "hands-on experience in ",
    "experience with ", "experience in ", "experience of ", "experience ", "knowledge of ",
    "familiarity with ", "understanding of ", "proficiency in ", "proficiency with ",
    "expertise in ", "background in ", "comfortable with ", "confident ", "you have ", "you are ",
    "you're ", "we're looking for someone with ", "a track record of ", "track record of ",
  ]
  static let trailingNoise = [
    " experience", " skills", " skill", " knowledge", " background", " is essential",
    " is required", " required", " essential",
  ]

  public static func phrase(_ requirement: String) -> String {
    var text = requirement.trimmed
    while let last = text.last, ".;:".contains(last) { text.removeLast() }
    // "2+ years of", "3 years' experience in"
    let words = text.split(separator: " ")
    if words.count > 3, let years = words.firstIndex(where: { $0.lowercased().hasPrefix("year") }),
      years <= 2, words[..<years].allSatisfy({ $0.first?.isNumber == true || $0.lowercased() == "at" || $0.lowercased() == "least" || $0.lowercased().hasSuffix("+") })
    {
      var rest = words[(years + 1)...]
      if let first = rest.first, ["of", "in", "with", "experience"].contains(first.lowercased()) { rest = rest.dropFirst() }
      if let first = rest.first, ["experience"].contains(first.lowercased()) { rest = rest.dropFirst() }
      if let first = rest.first, ["in", "with", "of"].contains(first.lowercased()) { rest = rest.dropFirst() }
      text = rest.joined(separator: " ")
    }
    var changed = true
    while changed {
      changed = false
      for noise in leadingNoise where text.lowercased().hasPrefix(noise) && text.count > noise.count + 3 {
        text = String(text.dropFirst(noise.count))
        changed = true
      }
    }
    for noise in trailingNoise where text.lowercased().hasSuffix(noise) && text.count > noise.count + 3 {
      text = String(text.dropLast(noise.count))
    }
    if text.lowercased().hasPrefix("ability to ") { text = "the " + text.prefix(1).lowercased() + text.dropFirst() }
    // Lowercase the first word only if it opened the requirement (a sentence capital), and is
    // not an acronym; a capital left after stripping "Experience with" marks a name ("Python").
    if requirement.trimmed.hasPrefix(text.prefix(while: { $0 != " " })),
      let first = text.split(separator: " ").first, first.count > 1,
      first.dropFirst().allSatisfy({ $0.isLowercase || !$0.isLetter })
    {
      text = text.prefix(1).lowercased() + text.dropFirst()
    }
    return text
  }
}
