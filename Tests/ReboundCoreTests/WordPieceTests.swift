import Foundation
import Testing

@testable import ReboundCore

/// The Swift WordPiece tokenizer cuts text into the same pieces as the reference tokenizer the
/// embeddings were distilled with (written by Scripts/make-embeddings.py for the fixture answers).
@Suite struct WordPieceTests {
  struct Reference: Decodable {
    var text: String
    var ids: [Int]
  }

  @Test func piecesMatchTheReferenceTokenizer() throws {
    let file = packageRoot.appendingPathComponent("Tests/ReboundCoreTests/Fixtures/Scorer/wordpiece.jsonl")
    let references = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
      .map { try JSONDecoder().decode(Reference.self, from: Data($0.utf8)) }
    #expect(references.count > 100)
    let pieces = StaticEmbedding.shared.pieces
    for reference in references {
      #expect(WordPiece.ids(reference.text, pieces: pieces) == reference.ids, "\(reference.text.prefix(80))")
    }
  }

  @Test func sentencesThatMeanAlikeLieCloserThanOnesThatDoNot() {
    let embedding = StaticEmbedding.shared
    func cosine(_ a: String, _ b: String) -> Double { zip(embedding.vector(a), embedding.vector(b)).reduce(0) { $0 + $1.0 * $1.1 } }
    let nervous = "Presenting to senior people makes me freeze."
    #expect(cosine(nervous, "I get very nervous when I speak in front of directors.")
      > cosine(nervous, "We shipped the new billing system two weeks early."))
    #expect(embedding.vector("").allSatisfy { $0 == 0 })
  }
}
