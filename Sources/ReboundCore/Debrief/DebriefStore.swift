import Foundation

/// Debriefs live beside the transcripts, in `debriefs/`, one JSON file each.
public struct DebriefStore: Sendable {
  public let directory: URL

  public init(transcripts: URL) {
    directory = transcripts.appendingPathComponent("debriefs")
  }

  /// A new id, named by the date and the company.
  public func newID(now: Date, company: String) -> String {
    let stamp = TranscriptStore.stampFormatter.string(from: now)
    let slug = TranscriptStore.slug(company)
    return slug.isEmpty ? stamp : "\(stamp)-\(slug)"
  }

  public func save(_ debrief: Debrief) throws -> URL {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw TranscriptError.unwritable(directory.relativePath, "cannot create the folder")
    }
    let url = directory.appendingPathComponent("\(debrief.id).json")
    try AtomicFile.write(try Self.encode(debrief), to: url)
    try AtomicFile.write(Data((debrief.note + "\n").utf8), to: directory.appendingPathComponent("\(debrief.id)-note.txt"))
    return url
  }

  public static func encode(_ debrief: Debrief) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return try encoder.encode(debrief)
  }

  /// Every readable debrief, oldest first, and a warning per file that is not.
  public func loadAll() -> (debriefs: [Debrief], warnings: [String]) {
    let listing = try? RegularFiles.list(directory.path) { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = TimestampParser.strategy
    var debriefs: [Debrief] = []
    var warnings = listing?.skipped.map(\.description) ?? []
    for name in (listing?.names ?? []).sorted() {
      let url = directory.appendingPathComponent(name)
      if let data = try? RegularFiles.contents(url.path), let debrief = try? decoder.decode(Debrief.self, from: data) {
        debriefs.append(debrief)
      } else {
        warnings.append("\(url.relativePath): not a valid debrief; skipped")
      }
    }
    return (debriefs.sorted { $0.createdAt < $1.createdAt }, warnings)
  }

  /// The debrief a user means by `latest` or an id.
  public func load(_ reference: String) throws -> Debrief {
    let all = loadAll().debriefs
    if reference == "latest", let last = all.last { return last }
    if let found = all.first(where: { $0.id == reference }) { return found }
    throw TranscriptError.notFound(reference, directory.relativePath)
  }
}
