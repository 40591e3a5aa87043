/// Infers a question's kind from its wording when no kind is given.
public enum KindClassifier {
  public static func kind(of question: String) -> QuestionKind {
    QuestionIntent.of(question).kind
  }
}
