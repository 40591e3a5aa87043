import Foundation

/// The posting reader reads any bytes as a posting or refuses them with a `PostingError`; what
/// it reads is the posting's own words, short skills, and JSON that reads back the same.
enum PostingCheck {
  /// The formats a posting arrives in; the name's extension picks how it is read.
  static let files = ["posting.md", "posting.txt", "posting.html"]

  static func run(_ data: Data) throws(InvariantViolation) {
    let check = ParserCheck.posting
    let parser = PostingParser()
    for file in files {
      let posting: JobPosting
      do {
        posting = try parser.parse(data, file: file)
      } catch let error as PostingError {
        try check.require("\(error)".hasPrefix(file), "a refusal that does not name the file: \(error)")
        continue
      } catch {
        throw InvariantViolation(check, "\(file): an untyped error: \(error)")
      }
      guard let text = try? PostingText.decode(data, file: file) else {
        throw InvariantViolation(check, "\(file): parsed, but its text cannot be decoded")
      }
      // The text as given and as the reader renders it: a stray "<" may hide text from one.
      let source = squashed(text) + "\n" + squashed(PostingText.plain(text))
      for requirement in posting.requirements {
        try check.require(!requirement.text.isEmpty, "\(file): an empty requirement")
        try check.require(
          BulletLine.strip(requirement.text) == nil,
          "\(file): a requirement that still starts with its bullet: \(requirement.text)")
        for word in words(requirement.text) {
          try check.require(
            source.contains(word), "\(file): requirement word '\(word)' is not in the posting: \(requirement.text)")
        }
        // Words as the phrase counts them: hyphenated parts apart, a run of dashes none.
        let skillWords = requirement.skill.split(separator: " ").flatMap { $0.split(separator: "-") }.count
        try check.require(skillWords <= 6, "\(file): skill longer than six words: \(requirement.skill)")
      }
      try check.require(
        roundTrips(posting), "\(file): the posting's JSON does not read back the same")
    }
  }

  /// The text's words, lowercased: letters and digits only, as a reader would compare them.
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// The posting's words run together, so a word the reader split or joined is still found.
  static func squashed(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  static func roundTrips(_ posting: JobPosting) -> Bool {
    guard let data = try? JSONEncoder().encode(posting),
      let again = try? JSONDecoder().decode(JobPosting.self, from: data)
    else { return false }
    return again == posting
  }
}
