import Foundation

/// The slash commands a candidate can type instead of an answer.
public enum InterviewCommand: String, CaseIterable, Sendable {
  case help, hint, `repeat`, skip, undo, redo, score, better, stories, time, quit

  /// What the command does, for `/help`.
  public var summary: String {
    switch self {
    case .help: "list these commands"
    case .hint: "what a strong answer to this question covers"
    case .repeat: "show the question again"
    case .skip: "move on without answering"
    case .undo: "bring back the answer Ctrl-C discarded"
    case .redo: "answer the previous question again"
    case .score: "details of the last score"
    case .better: "a stronger version of your last answer, from your own words"
    case .stories: "your stories that fit this question"
    case .time: "time spent on this answer and in total"
    case .quit: "end the interview and save it (Ctrl-D does the same)"
    }
  }

  /// The words as typed, such as "/hint".
  public var typed: String { "/" + rawValue }

  /// The command a line names, if it is one.
  public init?(line: String) {
    let word = line.trimmed
    guard word.hasPrefix("/"), let command = InterviewCommand(rawValue: String(word.dropFirst()).lowercased())
    else { return nil }
    self = command
  }

  /// True for a line that looks like a command ("/word") even if no command has that name.
  public static func looksLikeCommand(_ line: String) -> Bool {
    let word = line.trimmed
    return word.hasPrefix("/") && word.count > 1 && word.dropFirst().allSatisfy(\.isLetter)
  }
}
