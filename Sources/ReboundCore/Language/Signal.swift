/// What a word or phrase in an answer signals to an interviewer; each has its list in `LexiconData`.
public enum Signal: Int, CaseIterable, Sendable {
  // Delivery
  case filler, hedge, cliche, buzzword
  /// Words that insult a person: "useless", "idiot", "lazy".
  case insult
  /// Swearing: an interviewer stops listening.
  case profanity
  /// Complaints about how others behave ("never listened", "don't know what they want").
  case complaint
  /// Pushing the fault away: "not my fault", "there's only so much you can do".
  case deflection
  /// The people and places a complaint can be aimed at: employers, managers, colleagues, clients.
  case employerTarget
  /// Boasting and denial: indispensable, never wrong, never stressed.
  case boast
  /// Denying the question's premise: "I don't make mistakes", "I can't think of one".
  case denial
  /// Nervous self-doubt that undercuts an answer: "I'm not really good at", "what a mess".
  case selfDoubt
  // Story
  case context, problem, goal, outcome, reflection
  /// "for example", "when I": a claim backed by an instance.
  case evidenceMarker
  case numberWord, timeUnit, multiplier
  /// What the speaker values and how they work best: "I'd rather", "I work best when".
  case preference
  /// Words about the answer's shape rather than its content: "the STAR method", "this example shows".
  case metaTalk
  /// Situation, task, action, result: the labels of the method.
  case starLabel
  // Research and motivation
  case reason, researchSignal, genericPraise
  /// Wanting the job only for the money or because any job will do.
  case needOnly
  // Kinds' must-haves
  case payWord, salaryBasis, flexibility
  case weaknessAdmission, weaknessRemedy, humblebrag
  /// Reasons for moving on that look forward: growth, a challenge, the next step.
  case movingOn
  /// Reasons for leaving that are facts, not grievances: a layoff, a move, a contract's end.
  case neutralExit
  /// A life story told from birth: "I was born in", "primary school".
  case lifeStory
  /// Words of working life: role, degree, experience, qualified.
  case career
  /// A closing question about the work rather than the perks.
  case workQuestion
  case perk
}
