import Foundation

/// Any answer to any question gets a score from 0 to 100 whose every piece of evidence is the
/// answer's own words where it says they are, with or without a posting to match.
///
/// The input is the question on its first line and the answer after it.
enum ScoreCheck {
  static let posting = """
    # Data Analyst at Acme
    ## Requirements
    - 3+ years of SQL and Excel
    - Experience with stakeholder management
    ## Nice to have
    - Python or R
    """

  static let context = ScoringContext(
    posting: PostingParser().parse(text: posting), research: "Acme makes bicycles in Leeds.", company: "Acme")

  static func run(_ data: Data) throws(InvariantViolation) {
    let text = String(decoding: data, as: UTF8.self)
    let question = text.prefix { $0 != "\n" }
    let answer = String(text.dropFirst(question.count + 1))
    let scorer = Scorer()
    try check(scorer.score(answer, question: String(question)), answer: answer)
    try check(
      scorer.score(
        answer, question: String(question), requirement: context.posting?.requirements.first?.text, context: context),
      answer: answer)
  }

  static func check(_ card: ScoreCard, answer: String) throws(InvariantViolation) {
    let check = ParserCheck.score
    let scalars = Array(answer.unicodeScalars)
    try check.require((0...100).contains(card.overall), "an overall score of \(card.overall)")
    for (criterion, verdict) in card.criteria {
      if let score = verdict.score {
        try check.require((0...100).contains(score), "\(criterion.rawValue) scored \(score)")
      }
      for span in verdict.evidence + verdict.penalties {
        try check.require(
          0 <= span.start && span.start < span.end && span.end <= scalars.count,
          "\(criterion.rawValue) evidence '\(span.text)' at \(span.start)..<\(span.end) of \(scalars.count)")
        let words = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        try check.require(
          words == span.text, "\(criterion.rawValue) evidence '\(span.text)' where the answer says '\(words)'")
      }
    }
    let weight = card.weights.values.reduce(0, +)
    try check.require(card.weights.isEmpty || abs(weight - 1) < 0.05, "weights adding to \(weight)")
    try check.require(card.overall < 100 || card.advice.isEmpty, "advice for a perfect answer")
  }
}
