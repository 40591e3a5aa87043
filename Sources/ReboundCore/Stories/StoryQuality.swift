/// How a story would do told as an answer to "tell me about a time…": the scorer's story
/// criterion, and what the story still lacks.
public struct StoryQuality: Codable, Equatable, Sendable {
  /// The story criterion, 0–100.
  public var score: Int
  public var words: Int
  /// What the story lacks, by name: "the result", "your own part", "specifics".
  public var missing: [String]
  /// The story criterion's advice, the biggest fix first.
  public var advice: [String]
  /// The story in situation–task–action–result order, with placeholders for what is missing.
  public var skeleton: String?

  /// The question a story is judged as the answer to: one real episode, any subject.
  static let question = "Tell me about a time you made a real difference at work."

  public init(_ story: Story, scorer: Scorer = Scorer()) {
    self.init(assessment: scorer.assess(story.told, question: Self.question, kind: .behavioral))
  }

  init(assessment: Assessment) {
    let card = ScoreCardBuilder(assessment: assessment, requirement: nil).card()
    let criterion = card[.story]
    score = criterion.score ?? 0
    words = card.wordCount
    advice = criterion.advice
    // The skeleton names the missing parts; specifics have no part of their own, so they are named here.
    // Specifics have no part of their own: a story with no figure and no name has none.
    missing = card.missing + (assessment.hasSpecifics ? [] : ["specifics"])
    skeleton = card.skeleton
  }
}
