import Foundation

/// What the interviewer does in reply to one line of input; the terminal loop carries it out.
public enum InterviewEvent: Equatable, Sendable {
  /// Pose a main question.
  case ask(number: Int, total: Int, question: String, kind: QuestionKind)
  /// Probe the answer just given.
  case followUp(question: String)
  /// Show the commands.
  case help([InterviewCommand])
  /// Show what a strong answer covers.
  case hint([String])
  /// Show how long this answer and the whole interview have taken.
  case time(answer: TimeInterval, total: TimeInterval, limit: TimeInterval?)
  /// The answer took longer than the soft limit.
  case overTime(seconds: TimeInterval, limit: TimeInterval)
  /// Feedback on a scored answer.
  case feedback(ScoreCard)
  /// The full score card, asked for with `/score`.
  case scoreDetails(ScoreCard, answer: String)
  /// The last answer rebuilt from its own sentences, with placeholders for what is missing (`/better`).
  case skeleton(String)
  /// The user's stories that fit the question being asked (`/stories`); empty when none does.
  case stories([StoryMap.Fit], bankSize: Int)
  /// An answer strong enough to keep: the terminal may offer to save it as a story.
  case strongAnswer(answer: String, question: String, score: Int)
  /// The answer being typed was thrown away (Ctrl-C).
  case discarded
  /// `/undo`: the lines Ctrl-C discarded are back in the answer, and `typing` (the line that was
  /// being typed) goes back into the line editor, to be edited and finished.
  case restored(lines: [String], typing: String)
  /// A short remark, such as "nothing to redo yet".
  case notice(String)
  /// The transcript changed: write it now.
  case save(Transcript)
  /// The interview is over.
  case finished(Transcript)
}

/// One thing the candidate did at the prompt.
public enum InterviewInput: Equatable, Sendable {
  case line(String)
  /// Ctrl-C: discard what is being typed; `typing` is the unfinished line, kept for /undo.
  case interrupt(typing: String)
  /// Ctrl-D or the end of piped input.
  case endOfInput
}
