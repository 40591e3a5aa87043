import Foundation
import Testing

/// The repository root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The built `rebound` binary, next to the test bundle.
let reboundBinary: URL = {
  let bundle = Bundle.main.bundleURL
  for folder in [bundle.deletingLastPathComponent(), bundle] {
    let candidate = folder.appendingPathComponent("rebound")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
  }
  return packageRoot.appendingPathComponent(".build/debug/rebound")
}()

let bundledBanks = packageRoot.appendingPathComponent("QuestionBanks")

/// What one run of the binary printed and how it exited.
struct RunResult {
  var stdout: String
  var stderr: String
  var status: Int32
  /// Wall-clock seconds the run took.
  var seconds: Double = 0
  /// True when it had to be killed at the timeout.
  var timedOut = false
}

/// A scratch folder for one test, removed when the test ends.
final class Scratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("rebound-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    return file.path
  }

  /// The transcripts the binary wrote into `folder`.
  func transcripts(in folder: String = "transcripts") throws -> [[String: Any]] {
    let dir = url.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
      let data = try Data(contentsOf: dir.appendingPathComponent(name))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
  }
}

/// Runs the binary to completion with `input` on stdin.
@discardableResult
func rebound(
  _ arguments: [String], input: String = "", environment: [String: String] = [:],
  in directory: URL? = nil, executable: URL = reboundBinary, exactEnvironment: [String: String]? = nil,
  timeout: Double? = nil
) throws -> RunResult {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  env["NO_COLOR"] = "1"
  env["REBOUND_BANKS"] = bundledBanks.path
  for (key, value) in environment { env[key] = value }
  process.environment = exactEnvironment ?? env
  if let directory { process.currentDirectoryURL = directory }
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  let inFile = scratch.appendingPathComponent("in")
  let outFile = scratch.appendingPathComponent("out")
  let errFile = scratch.appendingPathComponent("err")
  try Data(input.utf8).write(to: inFile)
  FileManager.default.createFile(atPath: outFile.path, contents: nil)
  FileManager.default.createFile(atPath: errFile.path, contents: nil)
  process.standardInput = try FileHandle(forReadingFrom: inFile)
  process.standardOutput = try FileHandle(forWritingTo: outFile)
  process.standardError = try FileHandle(forWritingTo: errFile)
  let started = Date()
  try process.run()
  var timedOut = false
  if let timeout, !eventually(timeout, { !process.isRunning }) {
    timedOut = true
    kill(process.processIdentifier, SIGKILL)
  }
  process.waitUntilExit()
  return RunResult(
    stdout: String(decoding: try Data(contentsOf: outFile), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: errFile), as: UTF8.self),
    status: process.terminationStatus, seconds: Date().timeIntervalSince(started), timedOut: timedOut)
}

/// Waits until `condition` holds, checking every 20 ms, for at most `seconds`.
func eventually(_ seconds: Double = 10, _ condition: () throws -> Bool) rethrows -> Bool {
  let deadline = Date().addingTimeInterval(seconds)
  while Date() < deadline {
    if try condition() { return true }
    usleep(20_000)
  }
  return try condition()
}

/// A running `rebound` whose input is written piece by piece while its output is watched.
final class LiveRebound {
  let process = Process()
  private let input = Pipe()
  let output: OutputCollector
  let errors: OutputCollector

  init(_ arguments: [String], environment: [String: String] = [:]) throws {
    process.executableURL = reboundBinary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["REBOUND_BANKS"] = bundledBanks.path
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardInput = input
    process.standardOutput = out
    process.standardError = err
    try process.run()
    output = OutputCollector(out.fileHandleForReading)
    errors = OutputCollector(err.fileHandleForReading)
  }

  func type(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

  /// Ends the input, waits for the process to exit and for its last output to be read.
  func finish() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    _ = eventually(5) { output.isClosed && errors.isClosed }
  }

  func killNine() {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}
