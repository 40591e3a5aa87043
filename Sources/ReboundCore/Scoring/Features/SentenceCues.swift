/// Closed classes of English words that mark what a sentence does, whoever wrote it: who acts
/// (pronouns), how sure or how real (modals, negation), whether it asks (question words), and
/// what it counts (numbers, currency, units of time). Nothing here comes from an example answer;
/// the fitted models decide what each cue is worth.
enum SentenceCues {
  static let firstSingular: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "mine"]
  static let firstPlural: Set<String> = ["we", "we're", "we've", "we'd", "we'll", "us", "our", "ours", "ourselves"]
  static let secondPerson: Set<String> = ["you", "you're", "you've", "you'd", "you'll", "your", "yours", "yourself", "yourselves"]
  static let thirdPerson: Set<String> = [
    "he", "she", "they", "he's", "she's", "they're", "they've", "they'd", "him", "her", "them", "his", "hers",
    "their", "theirs", "himself", "herself", "themselves",
  ]
  static let modals: Set<String> = [
    "would", "could", "should", "might", "may", "must", "shall", "will", "can", "i'd", "we'd", "you'd",
    "i'll", "we'll", "you'll", "wouldn't", "couldn't", "shouldn't", "won't", "can't",
  ]
  static let negations: Set<String> = ["not", "no", "never", "nothing", "nobody", "none", "neither", "nor"]
  static let questionOpeners: Set<String> = [
    "what", "how", "why", "when", "where", "who", "whom", "whose", "which", "is", "are", "was", "were", "do",
    "does", "did", "can", "could", "would", "will", "should", "have", "has", "may", "might",
  ]
  static let currencyWords: Set<String> = [
    "pound", "pounds", "dollar", "dollars", "euro", "euros", "k", "grand", "salary", "gbp", "usd", "eur",
  ]
  static let currencySymbols: Set<Unicode.Scalar> = ["£", "$", "€", "¥", "₹"]
  static let timeUnits: Set<String> = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
    "months", "quarter", "quarters", "year", "years", "shift", "shifts",
  ]
  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "half", "dozen", "percent",
  ]
  /// Sounds and words of hesitation: "um", "uh", "erm".
  static let hesitations: Set<String> = ["um", "uh", "erm", "er", "umm", "uhh", "hmm", "ah"]
  /// Words that usually open a sentence: pronouns, determiners and connectives.
  static let sentenceOpeners: Set<String> = firstSingular.union(firstPlural).union(secondPerson).union(thirdPerson)
    .union([
      "the", "a", "an", "this", "that", "these", "those", "it", "it's", "there", "then", "so", "but", "and",
      "after", "when", "once", "because", "if", "while", "as", "now", "today",
    ])
  /// Swear words and slurs, as the commonest English lists give them (a closed class).
  static let profanity: Set<String> = [
    "fuck", "fucking", "fucked", "fucker", "shit", "shitty", "bullshit", "crap", "crappy", "bastard", "bastards",
    "bitch", "bitches", "dick", "dickhead", "arse", "arsehole", "ass", "asshole", "wanker", "twat", "piss",
    "pissed", "bloody", "bollocks", "damn", "goddamn", "idiot", "idiots", "moron", "morons", "prick", "cunt",
  ]
}
