import Foundation
import ReboundCore
import Testing

@Suite struct TranscriptStoreTests {
  func folder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
  }

  @Test func twoSessionsStartingTogetherGetDifferentFiles() throws {
    let store = TranscriptStore(directory: folder())
    let now = Date()
    let first = try store.create(Transcript(id: "", startedAt: now, banks: ["a"]))
    let second = try store.create(Transcript(id: "", startedAt: now, banks: ["b"]))
    #expect(first.url != second.url)
    #expect(second.transcript.id.hasSuffix("-2"))
    #expect(try store.load(first.url).banks == ["a"], "the first is not overwritten")
    #expect(try store.load(second.url).id == second.transcript.id, "each is saved whole under its own id")
  }

  @Test func savedTranscriptsRoundTripAndLeaveNoTemporaryFiles() throws {
    let store = TranscriptStore(directory: folder())
    var (transcript, url) = try store.create(
      Transcript(id: "", startedAt: Date(timeIntervalSince1970: 1_800_000_000), banks: ["g"]))
    let id = transcript.id
    transcript.turns.append(
      Turn(
        questionId: "q", question: "Q?", kind: .general, answer: "é ✓ —",
        startedAt: transcript.startedAt, seconds: 3.5, skipped: false))
    try store.save(transcript, to: url)
    try store.save(transcript, to: url)
    var loaded = try store.load(url)
    loaded.status = .inProgress  // no pid: shown as interrupted on load
    #expect(loaded == transcript)
    let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path)
    #expect(names == ["\(id).json"])
  }

  @Test func anAbandonedInProgressAttemptReadsAsInterrupted() throws {
    let store = TranscriptStore(directory: folder())
    let (_, url) = try store.create(Transcript(id: "", startedAt: Date(), banks: [], pid: 999_999))
    #expect(try store.load(url).status == .interrupted)
  }

  @Test func badTranscriptsAreNamedWithTheProblem() throws {
    let directory = folder()
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("bad.json")
    try Data(#"{"schema": 1, "id": "x", "startedAt": "2026-01-01T00:00:00Z", "status": "complete"}"#.utf8)
      .write(to: file)
    let store = TranscriptStore(directory: directory)
    #expect(throws: TranscriptError.invalid(file.relativePath, "missing key 'turns'")) {
      try store.load(file)
    }
    try Data(#"{"schema": 9, "id": "x"}"#.utf8).write(to: file)
    #expect(throws: TranscriptError.self) { try store.load(file) }
  }

  @Test func referencesCannotEscapeTheFolder() throws {
    let store = TranscriptStore(directory: folder())
    #expect(throws: TranscriptError.unsafeReference("../../etc/passwd")) {
      try store.resolve("../../etc/passwd")
    }
    #expect(throws: TranscriptError.unsafeReference("..")) { try store.resolve("..") }
  }
}
