import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What history keeps of each transcript between runs: its header, under the file's name, size
/// and modification time. A file that changed in any of those is read again; the index only
/// saves work, so deleting it changes no figure, and one that cannot be read is rebuilt.
struct TranscriptIndex {
  static let fileName = ".rebound-index"
  static let version = 1

  struct Entry: Codable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64
    var header: TranscriptHeader
  }

  /// The size and modification time a file has now.
  struct Stamp: Equatable {
    var size: Int64
    var modified: Int64
  }

  var entries: [String: Entry] = [:]
  var changed = false

  private struct Stored: Codable {
    var version: Int
    var entries: [String: Entry]
  }

  /// The index kept in `directory`, empty when there is none, with a warning when it was unreadable.
  static func load(from directory: URL) -> (index: TranscriptIndex, warning: String?) {
    let url = directory.appendingPathComponent(fileName)
    guard let data = FileManager.default.contents(atPath: url.path) else { return (TranscriptIndex(), nil) }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = TimestampParser.strategy
    guard let stored = try? decoder.decode(Stored.self, from: data) else {
      return (TranscriptIndex(changed: true), "\(url.relativePath): the index of transcripts could not be read; rebuilt it")
    }
    // An index from another version of Rebound is simply rebuilt.
    guard stored.version == version else { return (TranscriptIndex(changed: true), nil) }
    return (TranscriptIndex(entries: stored.entries), nil)
  }

  /// Writes the index whole or not at all; a folder that cannot be written only goes without.
  func save(to directory: URL) {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    guard let data = try? encoder.encode(Stored(version: Self.version, entries: entries)) else { return }
    try? AtomicFile.write(data, to: directory.appendingPathComponent(Self.fileName))
  }

  /// The header kept for `name` if the file is unchanged since.
  func header(for name: String, stamp: Stamp) -> TranscriptHeader? {
    guard let entry = entries[name], entry.size == stamp.size, entry.modified == stamp.modified else { return nil }
    return entry.header
  }

  mutating func remember(_ header: TranscriptHeader, for name: String, stamp: Stamp) {
    entries[name] = Entry(size: stamp.size, modified: stamp.modified, header: header)
    changed = true
  }

  /// Drops the entries of files that are gone.
  mutating func keepOnly(_ names: Set<String>) {
    let gone = entries.keys.filter { !names.contains($0) }
    for name in gone { entries[name] = nil }
    if !gone.isEmpty { changed = true }
  }

  static func stamp(_ url: URL) -> Stamp? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return Stamp(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }
}
