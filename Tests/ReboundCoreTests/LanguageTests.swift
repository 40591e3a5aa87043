import ReboundCore
import Testing

@Suite struct LanguageTests {
  let tokenizer = Tokenizer()

  @Test func wordsAreFoundOnUnicodeBoundariesWithTheirPositions() {
    let tokens = tokenizer.tokens("Café über — I didn’t stop; 1,200 users (3.5%).")
    #expect(tokens.map(\.word) == ["café", "über", "i", "didn't", "stop", "1,200", "users", "3.5"])
    #expect(tokens[0].start == 0 && tokens[0].end == 4)
    #expect(tokens[5].isNumeral)
    #expect(tokens[6].sentence == 1, "a semicolon ends a clause")
  }

  @Test func stemmingJoinsInflections() {
    let stems = { (word: String) in self.tokenizer.tokens(word).first?.stem }
    #expect(stems("negotiated") == stems("negotiation"))
    #expect(stems("stakeholders") == stems("stakeholder"))
    #expect(stems("analysing") == stems("analysed"))
  }

  @Test(arguments: [
    ("Mr. D was upset. I called his daughter.", ["Mr. D was upset.", "I called his daughter."]),
    ("He ate more around 5 a.m. than at any mealtime. We moved breakfast.", ["He ate more around 5 a.m. than at any mealtime.", "We moved breakfast."]),
    ("We met at 5.30 with Dr. Patel, e.g. to plan rotas. It worked!", ["We met at 5.30 with Dr. Patel, e.g. to plan rotas.", "It worked!"]),
    ("Yes, three:\n1. How do teams split the work?\n2. What comes next?", ["Yes, three:", "1. How do teams split the work?", "2. What comes next?"]),
    ("I said \"stop.\" Then I left; nobody noticed", ["I said \"stop.\"", "Then I left;", "nobody noticed"]),
  ])
  func sentencesEndWhereAReaderSeesThemEnd(_ text: String, _ sentences: [String]) {
    #expect(SentenceSplitter.sentences(text) == sentences)
  }

  @Test(arguments: [
    ("Tell me about a time you led a team.", QuestionKind.behavioral),
    ("Why do you want to work at Acme?", .motivation),
    ("What is your greatest weakness?", .weakness),
    ("What would you do if a client called angry?", .situational),
    ("What are your salary expectations?", .salary),
    ("Do you have any questions for us?", .closing),
    ("Walk me through your experience with SQL.", .qualification),
    ("Tell me about yourself.", .general),
  ])
  func theKindIsInferredFromTheWording(_ question: String, _ kind: QuestionKind) {
    #expect(QuestionIntent.of(question).kind == kind)
  }
}
