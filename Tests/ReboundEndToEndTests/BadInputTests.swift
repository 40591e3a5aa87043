import Foundation
import Testing

/// Each bad input gives one line naming the file and the problem, a documented exit code, and
/// changes nothing on disk.
@Suite struct BadInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var bytes: [UInt8]
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "malformed YAML bank", file: "bad.yaml", bytes: Array("id: x\ntitle: [broken\nquestions:\n".utf8),
         arguments: ["validate", "FILE"], status: 65, message: "FILE:3: invalid YAML"),
    Case(name: "truncated YAML bank", file: "cut.yaml",
         bytes: Array("id: cut\ntitle: Cut\nquestions:\n  - id: a\n    text: \"Tell me abo".utf8),
         arguments: ["validate", "FILE"], status: 65, message: "FILE:5: invalid YAML"),
    Case(name: "binary bank", file: "bin.yaml", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2],
         arguments: ["validate", "FILE"], status: 65, message: "FILE:1: not UTF-8 text"),
    Case(name: "transcript with missing keys", file: "t.json",
         bytes: Array(#"{"schema": 1, "id": "x", "startedAt": "2026-01-01T00:00:00Z", "status": "complete"}"#.utf8),
         arguments: ["review", "FILE"], status: 65, message: "FILE: not a valid transcript: missing key 'turns'"),
    Case(name: "transcript from a newer schema", file: "n.json",
         bytes: Array(#"{"schema": 9, "id": "x", "startedAt": "2026-01-01T00:00:00Z", "status": "complete", "turns": []}"#.utf8),
         arguments: ["review", "FILE"], status: 65, message: "written by a newer Rebound (schema 9)"),
    Case(name: "empty posting", file: "empty.md", bytes: Array(" \n\n".utf8),
         arguments: ["posting", "FILE"], status: 65, message: "FILE: the posting is empty"),
    Case(name: "binary posting", file: "bin.md", bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0],
         arguments: ["posting", "FILE"], status: 65, message: "FILE:1: not a text file"),
    Case(name: "invalid UTF-8 posting", file: "latin.md", bytes: Array("Fine line\nCaf".utf8) + [0xE9, 0x0A],
         arguments: ["posting", "FILE"], status: 65, message: "FILE:2: not valid UTF-8 text"),
    Case(name: "10 MB posting", file: "huge.md",
         bytes: Array(String(repeating: "Requirement: SQL experience with dashboards.\n", count: 230_000).utf8),
         arguments: ["posting", "FILE"], status: 65, message: "is too large for a job posting (the limit is 1 MB)"),
    Case(name: "empty research notes", file: "notes.md", bytes: Array("\n".utf8),
         arguments: ["score", "--question", "Why us?", "--answer-file", "FILE", "--research", "FILE"],
         status: 65, message: "FILE: the research notes file is empty"),
    Case(name: "empty answer", file: "answer.txt", bytes: Array(" \n\n".utf8),
         arguments: ["score", "--question", "Tell me about a time.", "--answer-file", "FILE"],
         status: 65, message: "FILE: the answer is empty"),
    Case(name: "answer with a NUL byte", file: "answer.txt", bytes: Array("I led it.".utf8) + [0] + Array(" Done.".utf8),
         arguments: ["score", "--question", "Tell me about a time.", "--answer-file", "FILE"],
         status: 65, message: "FILE: holds NUL bytes, so it is not a text file"),
    Case(name: "answer over the limit", file: "answer.txt",
         bytes: Array(String(repeating: "I built the pipeline and cut costs by 30 percent. ", count: 2_100).utf8),
         arguments: ["score", "--question", "Tell me about a time.", "--answer-file", "FILE"],
         status: 65, message: "FILE: the answer holds 21,000 words; an answer can hold at most 20,000"),
    Case(name: "posting that does not exist", file: "present.md", bytes: Array("x".utf8),
         arguments: ["posting", "DIR/absent.md"], status: 74, message: "absent.md: cannot read the file"),
  ]

  @Test(arguments: cases)
  func aBadInputGetsOneClearLineAndTheDocumentedExitCode(_ bad: Case) throws {
    let scratch = try Scratch()
    let file = scratch.path(bad.file)
    try Data(bad.bytes).write(to: URL(fileURLWithPath: file))
    let before = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
    let arguments = bad.arguments.map {
      $0.replacingOccurrences(of: "FILE", with: file).replacingOccurrences(of: "DIR", with: scratch.url.path)
    }
    let run = try rebound(arguments)
    #expect(run.status == bad.status)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1, "one line: \(run.stderr)")
    let expected = bad.message.replacingOccurrences(of: "FILE", with: file)
    #expect(run.stderr.contains(expected), "\(run.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == before, "nothing changed")
  }

  @Test func anAnswerJustUnderTheLimitIsScoredWithBoundedOutput() throws {
    let answer = String(repeating: "I built the pipeline and cut costs by 30 percent. ", count: 1_990)
    let run = try rebound(["score", "--question", "Tell me about a time.", "--answer-file", "-", "--json"], input: answer)
    #expect(run.status == 0)
    let card = try json(run.stdout)
    let story = try #require((card["criteria"] as? [String: [String: Any]])?["story"])
    #expect(((story["evidence"] as? [Any]) ?? []).count <= 24)
  }
}
