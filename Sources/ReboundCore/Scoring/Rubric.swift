/// How each kind of question is judged, as data in one place: the weights, the length a typed
/// answer should have, and what an answer at each level looks like.
///
/// The anchors are behavioural: they describe what an interviewer hears at 10, 30, 50, 70 and
/// 90, and the judges' points are set so answers like them land there.
public struct Rubric: Sendable {
  public let kind: QuestionKind
  /// How much each criterion counts, before renormalising over the criteria that could be scored.
  public let weights: [Criterion: Double]
  /// The words a typed reply should fall within.
  public let length: ClosedRange<Int>
  /// What an answer at 10, 30, 50, 70 and 90 looks like.
  public let anchors: [Int: String]

  public static func of(_ kind: QuestionKind) -> Rubric {
    all.first { $0.kind == kind } ?? all[0]
  }

  /// The calibrated scale: what a score means to a candidate.
  public static let bands: [(range: ClosedRange<Int>, name: String)] = [
    (0...15, "terrible"), (16...30, "poor"), (31...39, "below average"), (40...55, "average"),
    (56...64, "above average"), (65...75, "good"), (76...84, "very good"), (85...100, "excellent"),
  ]

  /// An answer scoring under this is due for practice again: below "good" on the calibrated scale.
  public static let dueBelow = 65

  /// The highest overall an answer can reach when it does not answer the question asked.
  public static let offTopicCeiling = 25
  /// The ceiling for swearing or insulting someone.
  public static let abuseCeiling = 12
  /// The ceiling for an answer with next to nothing of its own: repeats, templates, keyword lists.
  public static let emptyCeiling = 12

  static let all: [Rubric] = [
    Rubric(
      kind: .behavioral, weights: [.story: 0.70, .research: 0.0, .match: 0.15, .delivery: 0.15],
      length: 60...350,
      anchors: [
        10: "No example: claims, principles or a template.",
        30: "What they would do, or an example so vague nothing could be checked.",
        50: "A real example with their own steps, but routine: little detail, a thin result.",
        70: "A specific example, clear own actions, a clear result.",
        90: "Specific and quantified, their own judgement shown, and a lasting change or insight.",
      ]),
    Rubric(
      kind: .situational, weights: [.story: 0.65, .research: 0.0, .match: 0.20, .delivery: 0.15],
      length: 60...300,
      anchors: [
        10: "No plan, or a plan for a different situation.",
        30: "Generic steps anyone would list.",
        50: "A sensible plan in order, for this situation.",
        70: "A specific plan with reasons, and who they would involve.",
        90: "A specific plan backed by a time they did something like it and how it turned out.",
      ]),
    Rubric(
      kind: .motivation, weights: [.story: 0.15, .research: 0.65, .match: 0.05, .delivery: 0.15],
      length: 50...250,
      anchors: [
        10: "Needs a job, or nothing about the company.",
        30: "Praise that fits any company.",
        50: "A fact or two about the company, loosely tied to their own reasons.",
        70: "Facts about the company tied to their experience and the role.",
        90: "Accurate, well-chosen research tied to their own work, and what they would bring.",
      ]),
    Rubric(
      kind: .qualification, weights: [.story: 0.55, .research: 0.0, .match: 0.30, .delivery: 0.15],
      length: 60...300,
      anchors: [
        10: "A list of keywords, or the posting read back.",
        30: "Claims of experience with nothing to show for them.",
        50: "Relevant experience, described rather than shown.",
        70: "A specific example of using the skill, with a result.",
        90: "Several of the posting's needs shown in real work, with results.",
      ]),
    Rubric(
      kind: .general, weights: [.story: 0.75, .research: 0.0, .match: 0.10, .delivery: 0.15],
      length: 50...300,
      anchors: [
        10: "Off the point, or a grievance.",
        30: "Clichés, or a life story from the start.",
        50: "On the point but generic.",
        70: "On the point, specific, with one proof.",
        90: "Concise and well chosen: where they are, one proof, where they are going and why.",
      ]),
    Rubric(
      kind: .weakness, weights: [.story: 0.80, .research: 0.0, .match: 0.0, .delivery: 0.20],
      length: 40...260,
      anchors: [
        10: "No weakness, or a denial.",
        30: "A strength in disguise ('I care too much').",
        50: "A real weakness, with little on its cost or what they do about it.",
        70: "A real weakness, an example of its cost, and steps taken.",
        90: "A real weakness that matters, a candid example, a concrete habit and evidence it works.",
      ]),
    Rubric(
      kind: .salary, weights: [.story: 0.0, .research: 0.80, .match: 0.0, .delivery: 0.20],
      length: 10...150,
      anchors: [
        10: "No figure, or an ultimatum.",
        30: "A bare figure with no range or reason.",
        50: "A range, with little basis.",
        70: "A range with a basis.",
        90: "A range with a basis, current pay stated honestly, flexibility tied to something real.",
      ]),
    Rubric(
      kind: .closing, weights: [.story: 0.0, .research: 0.75, .match: 0.0, .delivery: 0.25],
      length: 10...200,
      anchors: [
        10: "No questions.",
        30: "Questions about pay, holidays or trivia only.",
        50: "One general question about the role.",
        70: "Two or three questions about the work and the team.",
        90: "Researched, specific questions about how the work is done here, and what success looks like.",
      ]),
  ]
}
