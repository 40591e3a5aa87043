/// The note to send after a rejection: thanks, a request for feedback that values their insight,
/// and an open door. Never "what did I do wrong?".
public enum FollowUpNote {
  public static func write(_ input: DebriefInput, skill: String?) -> String {
    let role = input.role.map { "the \($0) role" } ?? "the role"
    let stage = input.stage.map { " after the \($0) interview" } ?? ""
    var focus = ""
    if let skill {
      focus = " I would especially value your view on where my \(skill) experience fell short of what the team needs."
    } else if input.reason == .presentation {
      focus = " I would especially value anything you noticed about how I came across."
    }
    return """
      Subject: Thank you, and a request for your insight

      Dear hiring team at \(input.company),

      Thank you for letting me know your decision on \(role)\(stage). I enjoyed learning about \(input.company) and the team, and I appreciated the time everyone gave me.

      I value your insights and would appreciate any feedback you can give me on my application and interviews.\(focus) It will help me as I keep developing.

      I remain very interested in \(input.company), and I would be glad to be considered for future roles that fit my background. I would like to stay in touch, and I hope our paths cross again.

      With thanks and best wishes,
      [Your name]
      """
  }
}
