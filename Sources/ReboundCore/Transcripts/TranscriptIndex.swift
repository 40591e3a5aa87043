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

  struct Entry: Equatable {
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

  /// The index kept in `directory`, empty when there is none, with a warning when it was unreadable.
  static func load(from directory: URL) -> (index: TranscriptIndex, warning: String?) {
    let url = directory.appendingPathComponent(fileName)
    guard let data = FileManager.default.contents(atPath: url.path) else { return (TranscriptIndex(), nil) }
    guard let entries = TranscriptIndexFormat.decode(data) else {
      // An index from another version of Rebound is only out of date.
      if data.starts(with: TranscriptIndexFormat.family), !data.starts(with: TranscriptIndexFormat.magic) {
        return (TranscriptIndex(changed: true), nil)
      }
      return (TranscriptIndex(changed: true), "\(url.relativePath): the index of transcripts could not be read; rebuilt it")
    }
    return (TranscriptIndex(entries: entries), nil)
  }

  /// Writes the index whole or not at all; a folder that cannot be written only goes without.
  func save(to directory: URL) {
    try? AtomicFile.write(TranscriptIndexFormat.encode(entries), to: directory.appendingPathComponent(Self.fileName))
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

  static func stamp(_ path: String) -> Stamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return Stamp(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
  }
}
