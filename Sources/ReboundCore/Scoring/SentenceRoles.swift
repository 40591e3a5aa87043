/// The sentence roles the models detect, as people name them.
///
/// The roles are the corpus's labels (`../shared/corpus/sentences.jsonl`); which sentence plays
/// which is fitted, this only names them.
enum SentenceRoles {
  /// The word a piece of evidence is labelled with: "own_action" is an "action".
  static func label(_ role: String) -> String {
    switch role {
    case "own_action": "action"
    case "team_action": "team action"
    case "others_action": "others' action"
    case "hypothetical": "planned action"
    case "question_to_them": "question"
    case "company_reason": "company reason"
    case "generic_praise": "generic praise"
    case "personal_driver": "reason"
    case "field_reason": "reason for the field"
    case "negative_about_others": "blame"
    case "disguised_strength": "strength in disguise"
    case "off_topic": "off the question"
    case "pay": "figure"
    default: role.replacingOccurrences(of: "_", with: " ")
    }
  }

  /// Roles that show a requirement rather than name it: something done, or what came of it.
  static let proof = ["own_action", "team_action", "result"]

  /// What a missing part is called in the skeleton and in a story's "missing" list.
  static func partName(_ role: String) -> String {
    switch role {
    case "situation": "the situation"
    case "task": "the goal"
    case "own_action": "your own part"
    case "hypothetical": "your plan"
    case "result": "the result"
    case "reflection": "what you learned"
    case "weakness": "the weakness"
    case "remedy": "what you do about it"
    case "question_to_them": "your questions"
    case "pay": "a figure"
    case "logistics": "the practical answer"
    case "company_reason": "a reason tied to the company"
    case "personal_driver": "your reason"
    case "field_reason": "why this work"
    case "credential": "your experience"
    case "claim": "the quality itself"
    default: label(role)
    }
  }
}
