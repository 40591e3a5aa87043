import Foundation
import ReboundCore
import Testing

/// Transcript folders holding what a folder can hold besides transcripts: FIFOs, folders, links
/// that loop, empty files. Nothing hangs, nothing is half made.
@Suite struct HostileFolderTests {
  /// A finished attempt, written by the binary itself.
  func folderWithOneAttempt(_ scratch: Scratch) throws -> String {
    let folder = scratch.path("t")
    try rebound(
      ["practice", "--bank", "behavioral", "--count", "2", "--no-follow-ups", "--transcripts", folder],
      input: "Last spring I rebuilt the rota and cut overtime by a fifth.\n\nI led the audit myself.\n\n")
    return folder
  }

  @Test(arguments: [
    ["compare"], ["compare", "--last", "1"], ["practice", "--focus", "weak", "--count", "2", "--no-follow-ups"],
    ["practice", "--count", "2", "--no-follow-ups"],
  ])
  func aFIFONamedLikeATranscriptIsSkippedAndNamedNotWaitedOn(_ command: [String]) throws {
    let scratch = try Scratch()
    let folder = try folderWithOneAttempt(scratch)
    #expect(mkfifo(folder + "/zz.json", 0o644) == 0)
    let run = try rebound(
      command + ["--transcripts", folder], input: "An answer.\n\nAnother answer.\n\n", timeout: 10)
    #expect(!run.timedOut, "\(command) waited on the FIFO")
    // A debug build under a parallel test run; a release build takes a fifth of a second.
    #expect(run.seconds < 4, "\(command) took \(run.seconds) s")
    #expect(run.status == 0, "\(run.stderr)")
    // Commands that read the history say what they skipped; plain practice only glances at it.
    if command.contains("compare") || command.contains("--focus") {
      #expect(run.stderr.contains("zz.json: a named pipe (FIFO), not a file; skipped"), "\(run.stderr)")
    } else {
      #expect(run.stdout.contains("Transcript saved"), "\(run.stdout)")
    }
  }

  @Test func foldersAndLoopingLinksNamedLikeTranscriptsAreSkipped() throws {
    let scratch = try Scratch()
    let folder = try folderWithOneAttempt(scratch)
    try FileManager.default.createDirectory(atPath: folder + "/dir.json", withIntermediateDirectories: false)
    #expect(symlink("loop.json", folder + "/loop.json") == 0)
    let run = try rebound(["compare", "--transcripts", folder], timeout: 10)
    #expect(run.status == 0)
    #expect(run.stderr.contains("dir.json: a folder, not a file; skipped"))
    #expect(run.stderr.contains("loop.json: a symbolic link that loops; skipped"))
    #expect(run.stdout.contains("1 attempt") || run.stdout.contains("Attempt"), "\(run.stdout)")
  }

  @Test func emptyTranscriptsFromOlderVersionsAreReportedOnceAndCanBeRemoved() throws {
    let scratch = try Scratch()
    let folder = try folderWithOneAttempt(scratch)
    for name in ["2026-01-01T00-00-00Z.json", "2026-01-02T00-00-00Z.json"] {
      #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data()))
    }
    let before = try rebound(["compare", "--transcripts", folder])
    #expect(before.status == 0)
    #expect(before.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1, "\(before.stderr)")
    #expect(before.stderr.contains("2 transcripts are empty files"))
    #expect(before.stderr.contains("rebound compare --remove-empty"))
    let removing = try rebound(["compare", "--remove-empty", "--transcripts", folder])
    #expect(removing.status == 0)
    #expect(removing.stderr.contains("2026-01-01T00-00-00Z.json: empty; removed"))
    let after = try rebound(["compare", "--transcripts", folder])
    #expect(after.stderr.isEmpty, "\(after.stderr)")
    #expect(try scratch.transcripts(in: "t").count == 1, "the real attempt is untouched")
  }

  @Test func killsDuringStartUpNeverLeaveAnEmptyOrPartialTranscript() throws {
    let scratch = try Scratch()
    let folder = scratch.path("t")
    var generator = SplitMix64(seed: UInt64.random(in: 0...UInt64.max))
    for _ in 0..<40 {
      let live = try LiveRebound(["practice", "--count", "2", "--no-follow-ups", "--transcripts", folder])
      usleep(UInt32(generator.next() % 80_000))
      live.killNine()
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
      #expect(!data.isEmpty, "\(name) is empty")
      #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not whole")
    }
  }
}

/// A transcripts folder on a file system with no room left: a small tmpfs, filled first.
@Suite(.serialized) struct FullDiskTests {
  /// Mounting needs root; where it is refused the test cannot be run and says so by not running.
  static let canMount: Bool = {
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-mount-probe-\(getpid())")
    try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: probe) }
    guard mount("tmpfs", probe.path, "tmpfs", 0, "size=64k") == 0 else { return false }
    umount(probe.path)
    return true
  }()

  @Test(.enabled(if: canMount, "mounting a tmpfs needs root"))
  func aFullDiskLeavesNoEmptyTranscriptAndTheAnswersSurviveElsewhere() throws {
    let scratch = try Scratch()
    let disk = scratch.path("disk")
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
    try #require(mount("tmpfs", disk, "tmpfs", 0, "size=64k") == 0)
    defer { umount(disk) }
    try FileManager.default.createDirectory(atPath: disk + "/t", withIntermediateDirectories: true)
    // Fill it: every byte the file system has goes to one file.
    let filler = open(disk + "/filler", O_WRONLY | O_CREAT, 0o644)
    let block = [UInt8](repeating: 0x61, count: 4096)
    while block.withUnsafeBytes({ write(filler, $0.baseAddress, 4096) }) > 0 {}
    close(filler)
    let run = try rebound(
      ["practice", "--count", "2", "--no-follow-ups", "--transcripts", disk + "/t"],
      input: "First answer.\n\nSecond answer?\n\n", environment: ["TMPDIR": scratch.url.path], timeout: 20)
    #expect(run.status == 74)
    #expect(run.stderr.contains("no space left on device"), "\(run.stderr)")
    let left = try FileManager.default.contentsOfDirectory(atPath: disk + "/t")
    #expect(left.isEmpty, "nothing half made on the full disk: \(left)")
    let fallback = try #require(
      try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).first { $0.hasPrefix("rebound-") })
    let data = try Data(contentsOf: scratch.url.appendingPathComponent(fallback))
    let transcript = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((transcript["turns"] as? [[String: Any]])?.compactMap { $0["answer"] as? String } == ["First answer.", "Second answer?"])
  }
}
