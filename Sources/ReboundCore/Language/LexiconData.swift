/// Closed classes of English words, in one place: grammar words, and the words every job
/// requirement uses. Nothing here is fitted or grown from examples.
enum LexiconData {
  static let stopwords: [String] = [
    "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at",
    "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
    "its", "this", "that", "these", "those", "i", "me", "my", "we", "our", "us", "you", "your",
    "he", "she", "they", "them", "their", "his", "her", "what", "which", "who", "whom", "when",
    "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
    "such", "no", "nor", "not", "only", "own", "same", "than", "too", "very", "can", "will",
    "just", "should", "would", "could", "do", "does", "did", "have", "has", "had", "about",
    "into", "over", "after", "before", "up", "down", "out", "off", "again", "there", "here",
    "also", "am", "really", "lot", "lots", "thing", "things", "get", "got", "make", "made",
    "etc", "e.g", "i.e", "well", "one", "many", "much", "able", "within", "across", "including",
    "while", "per", "via", "like", "new", "use", "using", "used", "s", "t", "don't", "it's",
    "i'm", "i've", "i'd", "we're", "you're", "you'll", "we'll", "them", "would", "must",
  ]

  /// Words common to every requirement ("experience", "strong") that prove nothing on their own.
  static let requirementNoise: [String] = [
    "experience", "experienced", "years", "year", "ability", "able", "strong", "excellent",
    "good", "great", "solid", "proven", "demonstrated", "knowledge", "skills", "skill",
    "understanding", "familiarity", "familiar", "proficiency", "proficient", "work", "working",
    "plus", "preferred", "required", "requirement", "minimum", "least", "equivalent",
    "related", "relevant", "field", "similar", "role", "position", "candidate", "ideal",
    "ideally", "bonus", "nice", "have", "must", "someone", "track", "record", "background",
    "environment", "comfortable", "effectively", "effective", "strong", "highly", "ensure",
    "various", "multiple", "hands", "on", "degree", "level", "professional", "exceptional",
    "outstanding", "deep", "advanced", "basic", "fluent", "fluency", "willingness", "desire",
    "capable", "capability", "demonstrable", "previous", "prior", "preferably", "including",
  ]
}
