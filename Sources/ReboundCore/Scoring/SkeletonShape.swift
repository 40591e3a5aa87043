/// The parts a strong answer to each kind of question is made of, in the order it is told, as
/// data in one place.
///
/// A part is filled by the sentences holding the evidence its labels name (the judges' own
/// labels), and gets a bracketed placeholder only when a judge gave the matching advice, so a
/// skeleton never asks for what the answer already has.
struct SkeletonShape: Sendable {
  struct Part: Sendable {
    /// What the part is, as a person would name what is missing: "the result".
    let name: String
    /// Evidence labels that place a sentence in this part.
    let labels: Set<String>
    /// Advice that means the part is missing, and the placeholder that asks for it.
    let placeholders: [(advice: String, placeholder: String)]
    /// A part that sets the scene (the situation, the task): a sentence with a step in it
    /// belongs with the steps, however it opens.
    var setsTheScene = false
  }

  let parts: [Part]
  /// Every label any part uses.
  let labels: Set<String>

  init(parts: [Part]) {
    self.parts = parts
    labels = parts.reduce(into: Set<String>()) { $0.formUnion($1.labels) }
  }

  /// Labels that place a sentence only when it has no other: a figure may be the scene or the result.
  static let weakLabels: Set<String> = ["quantity"]

  /// The placeholder after a sentence that says only what "we" did, when the story lacks the speaker's part.
  static let ownPart = "[Which part of this was yours?]"
  /// Filler that can be dropped from a sentence without changing what it says.
  static let droppableFillers: Set<String> = [
    "um", "umm", "uh", "uhh", "er", "erm", "hmm", "basically", "literally", "you know", "i mean",
    "so yeah", "yeah so",
  ]
  /// Penalties that make a sentence better left out when it carries nothing else.
  static let droppedPenalties: Set<String> = ["blame", "insult", "profanity", "self-doubt", "boast or denial"]

  static func of(_ intent: QuestionIntent) -> SkeletonShape? {
    switch intent {
    case .episode, .strengths, .qualification, .general: story
    case .plan: plan
    case .weakness: weakness
    case .leaving: leaving
    case .aboutYou: aboutYou
    case .drivers: drivers
    case .whyUs: whyUs
    // A figure or a list of questions has no parts to put in order.
    case .salary, .closing: nil
    }
  }

  static let situation = Part(
    name: "the situation", labels: ["situation", "example"],
    placeholders: [(Advice.situation, "[Where and when was this, and what was at stake?]")], setsTheScene: true)
  static let task = Part(name: "the task", labels: ["task"], placeholders: [], setsTheScene: true)
  static let result = Part(
    name: "the result", labels: ["result", "measured result", "quantity", "proof"],
    placeholders: [
      (Advice.noResult, "[What changed, and by how much?]"),
      (Advice.unquantifiedResult, "[By how much? A number: time, money, people, errors.]"),
    ])
  static let lesson = Part(
    name: "what changed for good", labels: ["lasting change"],
    placeholders: [(Advice.lesson, "[What do you do differently now, or what did you set up?]")])

  static let story = SkeletonShape(parts: [
    situation, task,
    Part(
      name: "your own part", labels: ["action", "planned action", "team action", "own experience"],
      placeholders: [
        (Advice.noAction, "[What did *you* do?]"), (Advice.weOnly, "[What did *you* do?]"),
        (Advice.vagueActions, "[What exactly did you do? Name the steps.]"),
      ]),
    result, lesson,
  ])

  static let plan = SkeletonShape(parts: [
    situation,
    Part(
      name: "your plan", labels: ["planned action", "action", "team action"],
      placeholders: [(Advice.noPlan, "[What would *you* do first, and then?]")]),
    Part(
      name: "a time you did it", labels: [],
      placeholders: [(Advice.planOnly, "[When did you do something like this, and how did it go?]")]),
    result,
  ])

  static let weakness = SkeletonShape(parts: [
    Part(
      name: "the weakness", labels: ["weakness named", "strength in disguise"],
      placeholders: [
        (Advice.nameWeakness, "[Name one real weakness you are still working on.]"),
        (Advice.disguisedStrength, "[Name one real weakness you are still working on.]"),
      ]),
    Part(
      name: "what it cost once", labels: ["example", "action"],
      placeholders: [(Advice.weaknessExample, "[When did it get in the way, and what did it cost?]")]),
    Part(
      name: "what you do about it", labels: ["what you do about it"],
      placeholders: [(Advice.weaknessSteps, "[What do you do about it now: a habit, a rule, a check?]")]),
    Part(
      name: "how you know it is better", labels: ["progress"],
      placeholders: [(Advice.weaknessProgress, "[What has changed since, and how do you know?]")]),
  ])

  static let leaving = SkeletonShape(parts: [
    Part(
      name: "your reason", labels: ["reason to move"],
      placeholders: [
        (Advice.leavingReason, "[What are you moving towards?]"),
        (Advice.leavingForward, "[And what do you want next?]"),
      ]),
    Part(
      name: "what you take with you", labels: ["what you take with you", "action"],
      placeholders: [(Advice.leavingLearned, "[What did you learn or achieve there?]")]),
    Part(
      name: "why this role", labels: ["why this role"],
      placeholders: [(Advice.leavingToward, "[What does this role offer that you are looking for?]")]),
  ])

  static let aboutYou = SkeletonShape(parts: [
    Part(
      name: "where you are now", labels: ["working life"],
      placeholders: [(Advice.aboutYouPresent, "[Where are you now: your role or your studies?]")]),
    Part(
      name: "one proof", labels: ["proof", "action"],
      placeholders: [(Advice.aboutYouProof, "[One thing you did, and what came of it.]")]),
    Part(
      name: "where you are going", labels: ["why this move"],
      placeholders: [(Advice.aboutYouDirection, "[Where are you going, and why does this role fit?]")]),
  ])

  static let drivers = SkeletonShape(parts: [
    Part(
      name: "what drives you", labels: ["what drives you", "reason"],
      placeholders: [(Advice.driversWhy, "[Why does it matter to you?]")]),
    Part(
      name: "a time it showed", labels: ["example", "action", "team action"],
      placeholders: [(Advice.driversExample, "[When did it show at work?]")]),
    Part(
      name: "what came of it", labels: ["result"],
      placeholders: [(Advice.driversResult, "[What came of it for the people you worked with?]")]),
  ])

  static let whyUs = SkeletonShape(parts: [
    Part(
      name: "what you know of them", labels: ["company named", "research fact", "research cue"],
      placeholders: [
        (Advice.noFacts, "[One fact about the company: something it did, said or makes.]"),
        (Advice.noFactsFromNotes, "[One fact from your research notes.]"),
      ]),
    Part(
      name: "why it matters to you", labels: ["reason"],
      placeholders: [(Advice.noReason, "[Why does that matter to you?]")]),
    Part(
      name: "what you would bring", labels: ["own experience", "action"],
      placeholders: [(Advice.bringExperience, "[What have you done that this role needs?]")]),
    Part(
      name: "a result you would bring", labels: ["result"],
      placeholders: [(Advice.experienceResult, "[One result from your own work you would bring here.]")]),
  ])
}
