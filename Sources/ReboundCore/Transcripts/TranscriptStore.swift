import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder of transcripts: one JSON file an attempt, rewritten atomically after every answer.
public struct TranscriptStore: Sendable {
  public let directory: URL

  public init(directory: URL) { self.directory = directory }

  /// Saves a new attempt for the first time, whole, under a name no other transcript has: its
  /// start time (and posting), then "-2", "-3"… when that is taken. The file appears complete or
  /// not at all (a flushed copy hard-linked into place), so a kill or a full disk never leaves an
  /// empty transcript, and two practices starting in the same second never share a file.
  /// - Returns: the transcript with the id it was saved under, and its file.
  public func create(_ transcript: Transcript, label: String? = nil) throws -> (transcript: Transcript, url: URL) {
    try createDirectory()
    removeStaleTemporaries()
    let base = Self.baseID(startedAt: transcript.startedAt, label: label)
    var transcript = transcript
    for attempt in 1...1000 {
      transcript.id = attempt == 1 ? base : "\(base)-\(attempt)"
      let url = directory.appendingPathComponent("\(transcript.id).json")
      do {
        if try AtomicFile.create(try Self.encode(transcript), at: url) { return (transcript, url) }
      } catch let error as AtomicWriteError {
        // The folder is at fault, not a name: say so, since later saves try another name in it.
        throw TranscriptError.unwritable(
          directory.relativePath, "cannot write (\(String(cString: strerror(error.code)).lowercased()))")
      }
    }
    throw TranscriptError.unwritable(directory.relativePath, "too many transcripts with one name")
  }

  /// The file `create` would choose, with this process's id in it, for when the folder cannot be
  /// written yet: saving is retried there after every answer.
  public func intendedFile(startedAt: Date, label: String? = nil) -> (id: String, url: URL) {
    let id = "\(Self.baseID(startedAt: startedAt, label: label))-\(getpid())"
    return (id, directory.appendingPathComponent("\(id).json"))
  }

  /// "2026-12-06T03-31-50Z-nurse-atrium": the start time, then the posting's name.
  static func baseID(startedAt: Date, label: String?) -> String {
    let slug = label.map(Self.slug).flatMap { $0.isEmpty ? nil : "-\($0)" } ?? ""
    return "\(Self.stampFormatter.string(from: startedAt))\(slug)"
  }

  /// Rewrites the transcript in one atomic step.
  public func save(_ transcript: Transcript, to url: URL) throws {
    let data = try Self.encode(transcript)
    do {
      try AtomicFile.write(data, to: url)
    } catch let error as AtomicWriteError where error.code == ENOENT {
      // The folder may have been created since, or removed: make it and try once more.
      try createDirectory()
      try AtomicFile.write(data, to: url)
    }
  }

  /// Transcript files in the folder, oldest first (names start with the time).
  public func transcriptFiles() throws -> [URL] {
    try transcriptNames().map { directory.appendingPathComponent($0) }
  }

  /// The file names of `transcriptFiles`, for callers that would only take the names back out.
  func transcriptNames() throws -> [String] { try listing().names }

  /// The transcripts' file names in start order, and the `*.json` entries that are not files.
  func listing() throws -> (names: [String], skipped: [RegularFiles.Skipped]) {
    guard FileManager.default.fileExists(atPath: directory.path) else { return ([], []) }
    let (names, skipped) = try RegularFiles.list(directory.path) { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    // Each id's order key is made once: ten thousand names sort in milliseconds.
    let ordered = names.map { name in (name, Self.orderKey(String(name.dropLast(5)))) }
      .sorted { $0.1.lexicographicallyPrecedes($1.1) }
      .map(\.0)
    return (ordered, skipped)
  }

  /// Transcript ids in the order their attempts started: by time stamp, then by the number a
  /// second attempt in the same second gets ("-2", "-3").
  static func startedBefore(_ lhs: String, _ rhs: String) -> Bool {
    orderKey(lhs).lexicographicallyPrecedes(orderKey(rhs))
  }

  /// An id's bytes with every number after a hyphen padded to a fixed width, so byte order is
  /// start order: "…25Z" before "…25Z-2" (a prefix comes first) and "-2" before "-10".
  static func orderKey(_ id: String) -> [UInt8] {
    let bytes = Array(id.utf8)
    var key: [UInt8] = []
    key.reserveCapacity(bytes.count + 16)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      key.append(byte)
      index += 1
      guard byte == 0x2D else { continue }
      var end = index
      while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
      guard end > index, end - index <= 12 else { continue }
      key += [UInt8](repeating: 0x30, count: 12 - (end - index))
      key += bytes[index..<end]
      index = end
    }
    return key
  }

  /// Reads one transcript, telling an abandoned in-progress attempt from a live one.
  public func load(_ url: URL) throws -> Transcript {
    let data: Data
    do { data = try RegularFiles.contents(url.path) } catch {
      if case .notAFile(let reason) = error { throw TranscriptError.notAFile(url.relativePath, reason) }
      throw TranscriptError.unreadable(url.relativePath)
    }
    var transcript = try Self.decode(data, path: url.relativePath)
    if transcript.status == .inProgress, !Self.isRunning(transcript.pid) {
      transcript.status = .interrupted
    }
    return transcript
  }

  /// The file a user means by `latest`, an id, or a path to a `.json` file.
  public func resolve(_ reference: String) throws -> URL {
    // "3": the third attempt, oldest first, as `compare` numbers them.
    if let number = Int(reference), reference.count <= 6 {
      let files = try transcriptFiles()
      guard number >= 1, number <= files.count else {
        throw TranscriptError.notFound(reference, directory.relativePath)
      }
      return files[number - 1]
    }
    if reference == "latest" {
      guard let last = try transcriptFiles().last else {
        throw TranscriptError.noTranscripts(directory.relativePath)
      }
      return last
    }
    if reference.contains("/") || reference.hasSuffix(".json") {
      guard reference.hasSuffix(".json") else { throw TranscriptError.unsafeReference(reference) }
      let url = URL(fileURLWithPath: reference)
      guard FileManager.default.fileExists(atPath: url.path) else {
        throw TranscriptError.notFound(reference, directory.relativePath)
      }
      return url
    }
    guard !reference.isEmpty, !reference.hasPrefix("."),
      reference.unicodeScalars.allSatisfy({ !CharacterSet.controlCharacters.contains($0) })
    else { throw TranscriptError.unsafeReference(reference) }
    let url = directory.appendingPathComponent("\(reference).json")
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw TranscriptError.notFound(reference, directory.relativePath)
    }
    return url
  }

  /// Deletes half-written temporary files whose writer was killed mid-write (".NAME.PID.TAG.tmp").
  func removeStaleTemporaries() {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
      let parts = name.split(separator: ".")
      guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]), !Self.isRunning(pid) else { continue }
      try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }
  }

  func createDirectory() throws {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw TranscriptError.unwritable(directory.relativePath, "cannot create the folder")
    }
  }

  /// The JSON written to disk: sorted keys so diffs between saves stay small.
  public static func encode(_ transcript: Transcript) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return try encoder.encode(transcript)
  }

  public static func decode(_ data: Data, path: String) throws -> Transcript {
    if data.isEmpty {
      throw TranscriptError.invalid(path, "the file is empty ('rebound compare --remove-empty' deletes empty transcripts)")
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = TimestampParser.strategy
    do {
      return try decoder.decode(Transcript.self, from: data)
    } catch let error as DecodingError {
      throw TranscriptError.invalid(path, Self.explain(error))
    } catch {
      throw TranscriptError.invalid(path, "not a transcript")
    }
  }

  static func explain(_ error: DecodingError) -> String {
    func at(_ path: [CodingKey]) -> String {
      path.isEmpty ? "" : " at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        .joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key '\(key.stringValue)'\(at(context.codingPath))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "wrong type\(at(context.codingPath))"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty { return "not valid JSON" }
      return "\(context.debugDescription)\(at(context.codingPath.dropLast()))"
    @unknown default:
      return "not a transcript"
    }
  }

  static func isRunning(_ pid: Int32?) -> Bool {
    guard let pid, pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }

  public static func slug(_ text: String) -> String {
    let base = (text as NSString).lastPathComponent
    let stem = (base as NSString).deletingPathExtension.lowercased()
    var slug = ""
    for scalar in stem.unicodeScalars {
      if CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII {
        slug.unicodeScalars.append(scalar)
      } else if !slug.hasSuffix("-") && !slug.isEmpty {
        slug += "-"
      }
    }
    // Short enough that an id fits a line beside what it names: whole words, at most 24 characters.
    var short = ""
    for word in slug.split(separator: "-") where short.count + word.count + (short.isEmpty ? 0 : 1) <= 24 {
      short += (short.isEmpty ? "" : "-") + word
    }
    return short.isEmpty ? String(slug.prefix(24)) : short
  }

  public static let stampFormatter: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss'Z'"
    return formatter
  }()
}

/// A transcript that cannot be found, read or written, with the path at fault.
public enum TranscriptError: Error, Equatable, CustomStringConvertible {
  case noTranscripts(String)
  case notFound(String, String)
  case unreadable(String)
  case invalid(String, String)
  case unwritable(String, String)
  case unsafeReference(String)
  /// A name in the folder that is a FIFO, a folder or a device rather than a file.
  case notAFile(String, String)

  public var description: String {
    switch self {
    case .noTranscripts(let folder): "\(folder): no transcripts yet; run 'rebound practice' first"
    case .notFound(let reference, let folder): "no transcript '\(reference)' in \(folder)"
    case .unreadable(let path): "\(path): cannot read the file"
    case .notAFile(let path, let reason): "\(path): \(reason)"
    case .invalid(let path, let reason): "\(path): not a valid transcript: \(reason)"
    case .unwritable(let path, let reason): "\(path): \(reason)"
    case .unsafeReference(let reference):
      "'\(reference)' is not a transcript id, 'latest', or a path to a .json transcript"
    }
  }
}
