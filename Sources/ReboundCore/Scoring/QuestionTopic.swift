/// A subject a question can be about, and the words that show an answer is about it too.
///
/// "Tell me about a time you disagreed with your manager" is answered only by a story with a
/// disagreement in it, however strong a story about something else is.
struct QuestionTopic: Sendable {
  let name: String
  /// Wording in the question that names the topic.
  let asked: PhraseSet
  /// Wording in an answer that shows the topic is there.
  let shown: PhraseSet
  /// What to tell the candidate is missing.
  let missing: String
  /// True when the topic must be the speaker's own ("my mistake", "I disagreed"), not something
  /// mentioned in passing ("tickets about failed payments").
  let personal: Bool

  init(_ name: String, asked: [String], shown: [String], missing: String, personal: Bool = false) {
    self.name = name
    self.asked = PhraseSet(asked)
    self.shown = PhraseSet(shown)
    self.missing = missing
    self.personal = personal
  }

  /// The topics a question names.
  static func topics(of question: [Token]) -> [QuestionTopic] {
    all.filter { !$0.asked.matches(in: question).isEmpty }
  }

  static let all: [QuestionTopic] = [
    QuestionTopic(
      "disagreement",
      asked: ["disagree", "disagreed", "disagreement", "conflict", "argument", "argue", "pushed back",
        "push back", "clash", "=differ", "=differed", "difference of opinion", "didn't agree", "challenged a decision"],
      shown: ["disagree", "disagreed", "disagreement", "didn't agree", "did not agree", "don't agree",
        "pushed back", "push back", "pushback", "objected", "object", "argued", "argument", "conflict",
        "clash", "clashed", "different view", "different opinion", "differed", "challenged", "raised concerns",
        "raised my concern", "concern", "concerns", "wasn't convinced", "not convinced", "convince",
        "persuade", "compromise", "debate", "disputed", "dispute", "tension", "at odds", "against",
        "i thought it was", "i didn't think", "instead", "rather than", "wanted to", "insisted"],
      missing: "the disagreement itself: what you saw differently and how you handled it", personal: true),
    QuestionTopic(
      "failure",
      asked: ["fail", "failed", "failure", "mistake", "error", "went wrong", "go wrong", "didn't go",
        "setback", "regret", "didn't work out", "got wrong", "blew", "let someone down", "misjudged"],
      shown: ["mistake", "failed", "fail", "failure", "wrong", "error", "missed", "my fault", "on me",
        "should have", "shouldn't have", "didn't spot", "overlooked", "forgot", "lost", "didn't work",
        "blew it", "faux pas", "slipped", "underestimated", "misjudged", "didn't go", "went wrong",
        "twice", "setback", "fell short", "didn't meet", "late", "running late", "by accident",
        "accidentally", "instead of", "wrong one", "oversight", "cost us", "my part", "own up", "owned up",
        "i hadn't", "i had not", "i didn't", "didn't check", "wasn't ready", "not good enough", "backfired",
        "wasn't what", "wasn't really what", "didn't turn out", "not what i", "wouldn't put it", "went back to the start",
        "start again", "from scratch", "over budget", "behind schedule", "squeezed", "slipped"],
      missing: "the failure itself: what went wrong, your part in it, and what you learned", personal: true),
    QuestionTopic(
      "customer",
      asked: ["customer", "client", "guest", "patient", "service user", "complaint", "complain", "caller",
        "member of the public", "resident", "tenant", "passenger", "shopper", "student", "parent", "family"],
      shown: ["customer", "customers", "client", "clients", "guest", "guests", "patient", "patients", "user",
        "complaint", "complained", "caller", "resident", "tenant", "member", "visitor", "passenger", "buyer",
        "shopper", "family", "parent", "student", "pupil", "he", "she", "him", "her", "account", "host",
        "satisfaction", "service", "support", "replies", "reply", "ticket", "tickets", "calls", "caller",
        "orders", "order", "users", "public", "people", "someone", "enquiry", "enquiries", "feedback",
        "review", "reviews", "booking", "bookings", "refund", "query", "queries", "visitor", "diner", "room"],
      missing: "the person you were dealing with and what they needed"),
    QuestionTopic(
      "manager",
      asked: ["=manager", "=managers", "=manager's", "boss", "supervisor", "line manager", "head of"],
      shown: ["manager", "boss", "supervisor", "lead", "director", "head of", "line manager", "md", "ceo",
        "owner", "partner", "principal", "headteacher", "matron", "sister", "consultant", "she", "he"],
      missing: "your manager: what they wanted and how you worked with them"),
    QuestionTopic(
      "colleague",
      asked: ["colleague", "coworker", "co-worker", "teammate", "team member", "peer", "difficult person",
        "work with someone"],
      shown: ["colleague", "colleagues", "coworker", "co-worker", "teammate", "team member", "peer", "he",
        "she", "him", "her", "bloke", "guy", "woman", "man", "someone", "person", "partner"],
      missing: "the colleague: who they were, what they did, and how you dealt with it"),
    QuestionTopic(
      "deadline",
      asked: ["deadline", "deadlines", "pressure", "tight", "time pressure", "stress", "stressful",
        "urgent", "rush", "short notice", "busy"],
      shown: ["deadline", "deadlines", "pressure", "tight", "urgent", "hours", "days", "weeks", "minutes",
        "cut-off", "cutoff", "completion", "in time", "on time", "late", "rush", "quickly", "brought forward",
        "stress", "busy", "same day", "that afternoon", "that morning", "within", "by the", "before",
        "overnight", "deliver", "ready", "date", "o'clock", "friday", "monday", "half", "clock", "time"],
      missing: "the deadline or the pressure: what was due, and when"),
    QuestionTopic(
      "safety",
      asked: ["=safety", "=safe", "hazard", "unsafe", "risk to"],
      shown: ["safety", "safe", "hazard", "risk", "guard", "interlock", "injury", "accident", "ppe",
        "lock", "locked", "isolated", "danger", "dangerous", "unsafe", "incident", "near miss", "harm"],
      missing: "the safety risk and what you did about it"),
    QuestionTopic(
      "difficult news",
      asked: ["difficult news", "bad news", "difficult conversation", "hard conversation", "break the news"],
      shown: ["told", "tell", "explained", "explain", "news", "conversation", "spoke", "sat down", "rang",
        "called", "met"],
      missing: "the conversation itself: who, what you said and how it went"),
  ]
}
