/// The scale scores are reported on, and the few limits the product sets on purpose.
///
/// Everything else that turns an answer into a score is fitted (`Scripts/fit-scorer.py`).
public enum Rubric {
  /// The calibrated scale: what a score means to a candidate.
  public static let bands: [(range: ClosedRange<Int>, name: String)] = [
    (0...15, "terrible"), (16...30, "poor"), (31...39, "below average"), (40...55, "average"),
    (56...64, "above average"), (65...75, "good"), (76...84, "very good"), (85...100, "excellent"),
  ]

  /// An answer scoring under this is due for practice again: below "good" on the calibrated scale.
  public static let dueBelow = 65

  /// Policy: an answer that does not answer the question asked is a fail, however good its story.
  public static let offTopicCeiling = 25
  /// Policy: swearing, insults, an unfilled template, or an answer that is mostly one sentence said
  /// again or text copied from the posting or the notes: none of these is a person answering.
  public static let policyCeiling = 15
}
