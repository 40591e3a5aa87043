/// The wording of every piece of advice, next to each other so it reads as one voice.
enum Advice {
  static let noAnswer = "Give an answer, even a short one: one example and what came of it."
  static let situation =
    "Open with the situation in a sentence or two: where you were, when, and what was at stake."
  static let task = "Say what you had to achieve: the goal or the problem that was yours to solve."
  static let noAction =
    "Say what you did yourself, with 'I' and a verb: 'I rebuilt…', 'I called…', 'I proposed…'."
  static let weOnly =
    "You say 'we' throughout: name your own part with 'I' so the interviewer can credit you."
  static let fewActions = "Add one or two more steps you took yourself, in the order you took them."
  static let noResult =
    "Close with the result: what changed because of you, and how you know."
  static let unquantifiedResult =
    "Put a number on the result: a percentage, an amount of money or time, or a before-and-after."
  static let fewSpecifics =
    "Add specifics: the team, the tool, the timeframe, the size of the problem."
  static let planOnly =
    "Back your plan with a time you did something like it, and how it turned out."

  static func nameCompany(_ company: String) -> String {
    "Name \(company) and say what you know about it: a product, a value, a recent move."
  }
  static let noFacts =
    "Use a fact from your research: something the company did, said or makes, in your own words."
  static let noFactsFromNotes =
    "Bring in a fact from your research notes; none of them came up in this answer."
  static let noReason =
    "Tie a fact about the company to your own reason: 'because…', 'which matters to me since…'."
  static let moreFacts =
    "Add a second fact from your research, and say why it matters to you."
  static let genericPraise =
    "Praise that fits any company ('great culture') says nothing; replace it with a fact about this one."

  static func bringOut(_ requirement: String) -> String {
    "Bring out '\(requirement)' with an example: when you used it, what you did, what came of it."
  }
  static func showClaimed(_ requirement: String) -> String {
    "You mention '\(requirement)' but do not show it: add a time you used it and the result."
  }

  static func tooShort(_ words: Int, _ band: ClosedRange<Int>) -> String {
    "At \(words) words this is too brief; aim for \(band.lowerBound)–\(band.upperBound) with one concrete example."
  }
  static func tooLong(_ words: Int, _ band: ClosedRange<Int>) -> String {
    "At \(words) words this runs long; cut to \(band.lowerBound)–\(band.upperBound) by dropping background and keeping the result."
  }
  static func fillers(_ example: String) -> String {
    "Drop filler words such as '\(example)'; a pause reads better than filler."
  }
  static func hedges(_ example: String) -> String {
    "State things plainly: hedges such as '\(example)' make your work sound smaller than it was."
  }
  static func cliches(_ example: String) -> String {
    "Replace '\(example)' with something you did that shows it."
  }
  static let negativity =
    "Leave out blame and criticism of former employers or colleagues; say what you learned or did instead."
  static let arrogance =
    "Own your part plainly: claims that you never slip, or that nobody could manage without you, make an interviewer doubt the rest."
  static func repetition(_ word: String, _ count: Int) -> String {
    "You use '\(word)' \(count) times; vary the wording or cut the repeats."
  }
  static let researchInQuestion =
    "Work something you learned about them into a question: 'I read that…; how does that…?'"
  static let salaryBasis =
    "Say where your figure comes from: the published band, salary surveys, or what similar roles advertise."
  static let salaryRange = "Give a range, not a single figure: 'between £42,000 and £46,000'."
  static let salaryFlexibility =
    "Leave room to talk: say you are open within the range, depending on the whole package."
  static let askQuestions =
    "Ask two or three prepared questions about the work, the team, or what success looks like."
  static let perksOnly =
    "Ask about the work first; save questions about pay, holidays and perks for the offer."
  static let runOn = "Break long sentences up; one idea per sentence is easier to follow."
}
