import Foundation

/// The wording of every piece of advice, next to each other so it reads as one voice.
///
/// Which advice an answer gets is decided by the fitted models (the part it lacks or the
/// sentence that costs it, ranked by the points it would win); this is only how it is said.
enum Advice {
  static let noAnswer = "Give an answer, even a short one: one example and what came of it."
  static func offTopic(_ missing: String) -> String {
    "This does not answer the question asked. It needs \(missing)."
  }
  static let abuse =
    "Leave out insults and swearing: an interviewer stops listening, whatever else the answer says."
  static let template = "Fill in the template: every bracket and 'X' needs your own words and figures."
  static let copied = "Say it in your own words: text copied from the posting or your notes earns nothing."
  static let vagueStory =
    "Tell one real time: where it was, what exactly you did, and what came of it; so far nothing could be checked."
  static let repeatedSentences = "Say each thing once: a sentence said again earns nothing more."

  static let situation =
    "Open with the situation in a sentence or two: where you were, when, and what was at stake."
  static let noAction =
    "Say what you did yourself, with 'I' and a verb: 'I rebuilt…', 'I called…', 'I proposed…'."
  static let noPlan = "Say what you would do, step by step, with 'I': who you would talk to and what you would check."
  static let weOnly =
    "You say 'we' throughout: name your own part with 'I' so the interviewer can credit you."
  static let fewActions = "Add one or two more steps you took yourself, in the order you took them."
  static let vagueActions =
    "Name the steps plainly: 'I handled it' or 'I helped' hides what you actually did."
  static let noResult = "Close with the result: what changed because of you, and how you know."
  static let unquantifiedResult =
    "Put a number on the result: a percentage, an amount of money or time, or a before-and-after."
  static let fewSpecifics =
    "Add specifics: the team, the tool, the timeframe, the size of the problem."
  static let planOnly =
    "Back your plan with a time you did something like it, and how it turned out."
  static let lesson = "End with what changed for good: what you do differently now, or what you set up."

  static let driversExample = "Make it concrete: a time it showed, in your current or last job."
  static let driversResult = "Say what came of it: what changed for the people you worked with."
  static let driversWhy = "Say why: what it gives you, or how you work best because of it."

  static let nameWeakness = "Name one real weakness, plainly: something you are still working on."
  static let disguisedStrength =
    "Pick a real weakness: a strength in disguise ('I care too much') sounds rehearsed."
  static let weaknessExample = "Show what it cost once: a real moment when the weakness got in the way."
  static let weaknessSteps = "Say what you do about it: a habit, a rule, a course, someone who checks in."
  static let weaknessProgress = "Say how you know it is getting better: what happened since."

  static let leavingReason = "Give your reason for moving on: what you want next, not what you are escaping."
  static let leavingForward = "Add what you are moving towards, so the reason does not stop at the exit."
  static let leavingLearned = "Say what you take with you: what you learned or achieved there, in a sentence."
  static let leavingSpecific = "Make it specific: the kind of work, the size of the step, what this role adds."
  static let experienceResult = "Add one result from your own work that you would bring here."
  static let leavingToward = "Tie the move to this role: what here offers what you are looking for."

  static let aboutYouPresent = "Start with where you are now: your role or your studies, in a sentence."
  static let aboutYouProof = "Add one proof: something you did and what came of it."
  static let aboutYouOwnPart = "Name one thing you did yourself in that work, with 'I' and a verb."
  static let aboutYouDirection = "Close with where you are going and why this role fits it."
  static let lifeStory =
    "Start from the present, not from school: where you are now, one proof, then why this move."

  static func nameCompany(_ company: String) -> String {
    "Name \(company) and say what you know about it: a product, a value, a recent move."
  }
  static let noFacts =
    "Use a fact from your research: something the company did, said or makes, in your own words."
  static let noFactsFromNotes =
    "Bring in a fact from your research notes; none of them came up in this answer."
  static let noReason =
    "Tie a fact about the company to your own reason: 'because…', 'which matters to me since…'."
  static let moreFacts = "Add another fact from your research, and say why it matters to you."
  static let bringExperience =
    "Say what you would bring: your own experience, set beside what this role needs."
  static let genericPraise =
    "Praise that fits any company ('great culture') says nothing; replace it with a fact about this one."
  static let needOnly =
    "Give a reason about the work, not your circumstances: any job would meet a need for money or a short commute."

  static func bringOut(_ requirement: String) -> String {
    "Bring out '\(requirement)' with an example: when you used it, what you did, what came of it."
  }
  static func showClaimed(_ requirement: String) -> String {
    "You mention '\(requirement)' but do not show it: add a time you used it and the result."
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
    "Leave out complaints and blame about employers, managers, colleagues or clients; say what you did and learned instead."
  static let profanity = "Keep the language professional: no swearing, however frustrating it was."
  static let arrogance =
    "Own your part plainly: claims that you never slip, or that nobody could manage without you, make an interviewer doubt the rest."
  static let selfDoubt =
    "Keep your footing: stay with what you did and why, rather than apologising or running yourself down."
  static func repetition(_ word: String, _ count: Int) -> String {
    "You use '\(word)' \(count) times; vary the wording or cut the repeats."
  }
  static let researchInQuestion =
    "Work something you learned about them into a question: 'I read that…; how does that…?'"
  static let salaryFigure = "Give a figure: the range you are looking for."
  static let salaryBasis =
    "Say where your figure comes from: the published band, salary surveys, or what similar roles advertise."
  static let salaryRange = "Give a range, not a single figure: 'between £42,000 and £46,000'."
  static let salaryFlexibility =
    "Leave room to talk: say you are open within the range, depending on the whole package."
  static let askQuestions =
    "Ask two or three prepared questions about the work, the team, or what success looks like."
  static let askMore = "Ask a second question: about the team, the first months, or what success looks like."
  static let perksOnly =
    "Ask about the work first; save questions about pay, holidays and perks for the offer."
  static let runOn = "Break long sentences up; one idea per sentence is easier to follow."

  static let wandering = "Cut what wanders from the question: every sentence should help answer what was asked."
  static let fillerSentences =
    "Cut the sentences that say nothing ('it is what it is', 'at the end of the day'): they take time from what does."
  static let hypotheticalStory = "Tell a real time it happened, not what you would do: 'Last year I…'."
  static let task = "Say what you had to achieve: the goal, or the deadline you were working to."
  static let credential =
    "Say what qualifies you: your training, your years in the work, the roles you have held."
  static let fieldReason = "Say what draws you to this work: a moment, or a person, that made you choose it."
  static let showStrength = "Show the quality in something you did: one time, told plainly."
  static let logistics = "Answer plainly: the date you could start, or what you can and cannot do."
  static let qualificationAction = "Show it in real work: what you did yourself, with 'I' and a verb."
  static let planCheck = "Say how you would know it had worked."

  /// Advice to add a part the question wants, in the words that fit the question.
  static func add(_ role: String, intent: QuestionIntent, company: String?, roles: [[Double]], index: [String: Int]) -> String {
    switch (role, intent) {
    case ("situation", .aboutYou): return aboutYouPresent
    case ("situation", _): return situation
    case ("task", _): return task
    case ("own_action", .plan): return noPlan
    case ("own_action", .qualification): return qualificationAction
    case ("own_action", .drivers): return driversExample
    case ("own_action", .strengths): return showStrength
    case ("own_action", .aboutYou): return aboutYouOwnPart
    case ("own_action", _):
      // A story told as "we": the missing part is the speaker's own.
      let team = index["team_action"].map { c in roles.contains { $0[c] >= 0.5 } } ?? false
      return team ? weOnly : noAction
    case ("hypothetical", _): return noPlan
    case ("result", .weakness): return weaknessProgress
    case ("result", .aboutYou): return aboutYouProof
    case ("result", .qualification): return experienceResult
    case ("result", .strengths), ("result", .drivers): return driversResult
    case ("result", .plan): return planCheck
    case ("result", _): return noResult
    case ("reflection", .leaving): return leavingLearned
    case ("reflection", _): return lesson
    case ("weakness", _): return nameWeakness
    case ("remedy", _): return weaknessSteps
    case ("question_to_them", _): return askQuestions
    case ("pay", _): return salaryFigure
    case ("logistics", _): return logistics
    case ("company_reason", _): return company.map(nameCompany) ?? noFacts
    case ("personal_driver", .whyUs): return noReason
    case ("personal_driver", .leaving): return leavingReason
    case ("personal_driver", .aboutYou): return aboutYouDirection
    case ("personal_driver", .field): return fieldReason
    case ("personal_driver", _): return driversWhy
    case ("field_reason", _): return fieldReason
    case ("credential", _): return credential
    case ("claim", _): return showStrength
    default: return noResult
    }
  }

  /// What is left to say when an answer has every part its question wants and is still below
  /// good: more detail, in the form the question takes.
  static func detail(for intent: QuestionIntent, specifics: Bool) -> String? {
    switch intent {
    case .closing: askMore
    case .salary: salaryBasis
    case .logistics: nil
    case .whyUs: moreFacts
    case .field, .drivers, .leaving: leavingSpecific
    case .episode, .plan, .qualification, .weakness, .aboutYou, .strengths: specifics ? fewSpecifics : unquantifiedResult
    }
  }

  /// Advice to take out a kind of sentence that costs the answer.
  static func remove(_ role: String, intent: QuestionIntent) -> String {
    switch role {
    case "boast": arrogance
    case "negative_about_others": negativity
    case "filler": fillerSentences
    case "off_topic": wandering
    case "generic_praise": genericPraise
    case "disguised_strength": disguisedStrength
    default: fillerSentences
    }
  }
}