import Foundation
import Testing

/// Rebound used as an installed tool: linked onto PATH and run from any folder.
@Suite struct InstallTests {
  /// The environment of a new user: no REBOUND_* variables, data under a home of their own.
  func freshUser(_ scratch: Scratch) -> [String: String] {
    var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("REBOUND_") }
    env["HOME"] = scratch.path("home")
    env["XDG_DATA_HOME"] = scratch.path("home/.local/share")
    env["NO_COLOR"] = "1"
    return env
  }

  /// Runs a symlink to the binary from `folder` with exactly `environment`.
  func run(_ arguments: [String], input: String = "", in folder: URL, environment: [String: String], link: URL) throws
    -> RunResult
  {
    try rebound(arguments, input: input, in: folder, executable: link, exactEnvironment: environment)
  }

  @Test func throughASymlinkFromAnEmptyFolderTheBundledBanksAndTheDataFolderAreUsed() throws {
    let scratch = try Scratch()
    let empty = scratch.url.appendingPathComponent("somewhere")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let bin = scratch.url.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let link = bin.appendingPathComponent("rebound")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: reboundBinary)
    let env = freshUser(scratch)

    let banks = try run(["banks", "--json"], in: empty, environment: env, link: link)
    #expect(banks.status == 0, "\(banks.stderr)")
    let listed = try #require(try JSONSerialization.jsonObject(with: Data(banks.stdout.utf8)) as? [[String: Any]])
    #expect(listed.count >= 16)
    #expect(listed.contains { $0["id"] as? String == "behavioral" })

    let version = try run(["--version"], in: empty, environment: env, link: link)
    #expect(version.status == 0)
    #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)

    let practice = try run(
      ["practice", "--count", "2", "--seed", "1", "--no-follow-ups"], input: "I led the rota rebuild.\n\n/quit\n",
      in: empty, environment: env, link: link)
    #expect(practice.status == 0, "\(practice.stderr)")
    #expect(practice.stderr.contains("home/.local/share/rebound/transcripts"), "says where on the first save")
    let saved = try FileManager.default.contentsOfDirectory(atPath: scratch.path("home/.local/share/rebound/transcripts"))
    #expect(saved.filter { $0.hasSuffix(".json") }.count == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty, "nothing written into the current folder")
  }

  @Test func anAttemptWithNothingAnsweredIsNotSaved() throws {
    let scratch = try Scratch()
    let run = try rebound(["practice", "--count", "2", "--transcripts", scratch.path("t")], input: "/skip\n/quit\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("no transcript was saved"))
    #expect(try scratch.transcripts(in: "t").isEmpty)
  }

  @Test func aMistypedCommandIsOneLineNamingTheNearestAndExits64() throws {
    let run = try rebound(["reveiw", "latest"])
    #expect(run.status == 64)
    #expect(run.stderr == "rebound: unknown command 'reveiw'; did you mean 'review'?\n")
    #expect(run.stdout.isEmpty)
  }

  @Test func everyArgumentErrorIsOneLineSayingWhatIsWrong() throws {
    let count = try rebound(["practice", "--count", "-3"])
    #expect(count.status == 64)
    #expect(count.stderr == "rebound: --count must be between 1 and 100, not -3.\n")
    let missing = try rebound(["score", "--question"])
    #expect(missing.status == 64)
    #expect(missing.stderr.split(separator: "\n").count == 1)
  }
}
