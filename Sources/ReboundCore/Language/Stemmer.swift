import CStemmer
import Foundation

/// Snowball's English stemmer, so "negotiated" meets "negotiation" and "stakeholders" meets "stakeholder".
///
/// libstemmer objects are not thread-safe; each instance guards its own with a lock and caches stems,
/// since answers repeat the same few hundred words.
public final class Stemmer: @unchecked Sendable {
  private let stemmer: OpaquePointer?
  private let lock = NSLock()
  private var cache: [String: String] = [:]

  public init() {
    stemmer = sb_stemmer_new("english", "UTF_8")
  }

  deinit { sb_stemmer_delete(stemmer) }

  /// The stem of a lowercased word; the word itself if the stemmer is unavailable.
  public func stem(_ word: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let known = cache[word] { return known }
    guard let stemmer else { return word }
    var utf8 = Array(word.utf8)
    let stemmed = utf8.withUnsafeMutableBufferPointer { buffer -> String in
      guard let raw = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else {
        return word
      }
      let length = Int(sb_stemmer_length(stemmer))
      return String(decoding: UnsafeBufferPointer(start: raw, count: length), as: UTF8.self)
    }
    if cache.count < 50_000 { cache[word] = stemmed }
    return stemmed
  }

  /// One stemmer for the whole process: creating one costs more than stemming an answer.
  public static let shared = Stemmer()
}
