/// What a person tells the debrief, from flags or from the interactive questions.
public struct DebriefInput: Sendable {
  public var company: String
  public var role: String?
  public var stage: String?
  public var date: String?
  public var reason: RejectionReason
  public var feedback: String?
  public var posting: String?

  public init(
    company: String, role: String? = nil, stage: String? = nil, date: String? = nil,
    reason: RejectionReason, feedback: String? = nil, posting: String? = nil
  ) {
    self.company = company
    self.role = role
    self.stage = stage
    self.date = date
    self.reason = reason
    self.feedback = feedback
    self.posting = posting
  }
}
