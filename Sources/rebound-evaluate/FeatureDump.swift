import ArgumentParser
import Foundation
import ReboundCore

/// Writes the features the product computes for every answer of the training corpus and every
/// question of the banks, so `Scripts/fit-scorer.py` fits its models on exactly what the
/// scorer will see.
struct FeatureDump: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "features", abstract: "Write the scorer's features for a corpus of answers and for the banks' questions.")

  @Option(help: "Answers, one JSON object a line (id, question, answer, and optional company, posting, research).")
  var answers = "../shared/corpus/answers.jsonl"

  @Option(help: "The folder that posting and research paths are relative to (default: the answers file's folder).")
  var base: String?

  @Option(help: "The question banks folder, whose questions are written too.")
  var banks = "QuestionBanks"

  @Option(help: "Where to write answers.jsonl, questions.jsonl and names.json.")
  var out: String

  func run() throws {
    let file = URL(fileURLWithPath: answers)
    let folder = base.map { URL(fileURLWithPath: $0) } ?? file.deletingLastPathComponent()
    let output = URL(fileURLWithPath: out)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let parser = PostingParser()
    var postings: [String: JobPosting] = [:]
    var notes: [String: String] = [:]
    var lines: [String] = []
    for object in try readJSONLines(file) {
      guard let id = object["id"] as? String, let question = object["question"] as? String,
        let answer = object["answer"] as? String
      else { continue }
      let posting = try (object["posting"] as? String).map { path in
        if let known = postings[path] { return known }
        let parsed = try parser.parse(contentsOf: folder.appendingPathComponent(path))
        postings[path] = parsed
        return parsed
      }
      let research = try (object["research"] as? String).map { path in
        if let known = notes[path] { return known }
        let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        notes[path] = text
        return text
      }
      let context = ScoringContext(posting: posting, research: research, company: object["company"] as? String)
      let features = AnswerFeatures(answer: answer, question: question, context: context)
      lines.append(try Self.json([
        "id": id, "question": Self.encode(features.question), "whole": features.whole,
        "echoes": features.echoes.sorted(),
        "sentences": features.text.sentences.indices.map { index in
          Self.encode(features.sentences[index]).merging(
            ["start": features.text.sentences[index].lowerBound, "end": features.text.sentences[index].upperBound],
            uniquingKeysWith: { a, _ in a })
        },
      ]))
    }
    try (lines.joined(separator: "\n") + "\n").write(to: output.appendingPathComponent("answers.jsonl"), atomically: true, encoding: .utf8)

    var questions: [String] = []
    for bank in try BankCatalog.load(from: URL(fileURLWithPath: banks)).banks {
      for question in bank.questions {
        let features = AnswerFeatures(answer: "", question: question.text, context: .none)
        var record = Self.encode(features.question)
        record["bank"] = bank.id
        record["id"] = question.id
        record["kind"] = question.kind.rawValue
        record["text"] = question.text
        questions.append(try Self.json(record))
      }
    }
    try (questions.joined(separator: "\n") + "\n").write(to: output.appendingPathComponent("questions.jsonl"), atomically: true, encoding: .utf8)
    try Self.json([
      "cues": SentenceFeatures.cueNames, "whole": AnswerFeatures.names, "embedding": StaticEmbedding.shared.dimensions,
      "stopwords": Lexicon.standard.stopwords.sorted(),
    ])
      .write(to: output.appendingPathComponent("names.json"), atomically: true, encoding: .utf8)
    print("wrote \(lines.count) answers and \(questions.count) bank questions to \(out)")
  }

  static func encode(_ features: SentenceFeatures) -> [String: Any] {
    ["terms": features.terms, "cues": features.cues, "embedding": features.embedding]
  }

  static func json(_ object: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
  }
}
