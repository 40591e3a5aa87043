import Foundation

/// A sentence as a point in a space where sentences that mean alike lie close: the mean of its
/// word pieces' static vectors (distilled from all-MiniLM-L6-v2, `Scripts/make-embeddings.py`),
/// scaled to length one.
///
/// It lets the fitted models see that "makes me freeze" and "I get nervous" say alike, where
/// word counts see nothing shared. Decoded on first use (a few milliseconds), never at start-up.
public struct StaticEmbedding: Sendable {
  let pieces: [String: Int]
  /// Row by row, `dimensions` signed bytes a piece; a byte b stands for b / 127 × the component's scale.
  let table: [Int8]
  let scales: [Double]
  public let dimensions: Int

  public static let shared = StaticEmbedding(
    vocabulary: EmbeddingData.vocabulary, vectors: EmbeddingData.vectors, scales: EmbeddingData.scales)

  init(vocabulary: String, vectors: String, scales: [Double]) {
    var pieces: [String: Int] = [:]
    pieces.reserveCapacity(32_000)
    var id = 0
    for line in vocabulary.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      pieces[String(decoding: line, as: UTF8.self)] = id
      id += 1
    }
    self.pieces = pieces
    self.scales = scales.map { $0 / 127 }
    dimensions = scales.count
    table = Self.base64Bytes(vectors)
  }

  /// Base64 with line breaks, decoded straight to signed bytes.
  static func base64Bytes(_ text: String) -> [Int8] {
    var values = [UInt8](repeating: 255, count: 256)
    for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
      values[Int(byte)] = UInt8(index)
    }
    var out: [Int8] = []
    out.reserveCapacity(text.utf8.count * 3 / 4)
    var buffer: UInt32 = 0
    var bits = 0
    for byte in text.utf8 {
      let value = values[Int(byte)]
      guard value != 255 else { continue }  // line breaks and padding
      buffer = buffer << 6 | UInt32(value)
      bits += 6
      if bits >= 8 {
        bits -= 8
        out.append(Int8(bitPattern: UInt8(truncatingIfNeeded: buffer >> UInt32(bits))))
      }
    }
    return out
  }

  /// The unit vector of `text`; all zeros when it has no word pieces.
  public func vector(_ text: String) -> [Double] {
    var sum = Array(repeating: 0.0, count: dimensions)
    var count = 0
    for id in WordPiece.ids(text, pieces: pieces) where (id + 1) * dimensions <= table.count {
      let row = id * dimensions
      for d in 0..<dimensions { sum[d] += Double(table[row + d]) * scales[d] }
      count += 1
    }
    guard count > 0 else { return sum }
    let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return norm > 0 ? sum.map { $0 / norm } : sum
  }
}

/// BERT's uncased WordPiece tokenizer: lowercase, accents stripped, split at spaces and
/// punctuation, then each word cut into the longest pieces the vocabulary has ("##" marks a
/// piece inside a word); a word it cannot cut is "[UNK]".
enum WordPiece {
  static func ids(_ text: String, pieces: [String: Int]) -> [Int] {
    var ids: [Int] = []
    for word in words(text) {
      // Most words are pieces of their own: one lookup, no cutting.
      if let id = pieces[word] {
        ids.append(id)
        continue
      }
      let scalars = Array(word.unicodeScalars)
      guard scalars.count <= 100 else {
        if let unknown = pieces["[UNK]"] { ids.append(unknown) }
        continue
      }
      var found: [Int] = []
      var start = 0
      while start < scalars.count {
        var end = scalars.count
        var match: Int?
        while end > start {
          let piece = (start > 0 ? "##" : "") + String(String.UnicodeScalarView(scalars[start..<end]))
          if let id = pieces[piece] {
            match = id
            break
          }
          end -= 1
        }
        guard let match else {
          found = pieces["[UNK]"].map { [$0] } ?? []
          break
        }
        found.append(match)
        start = end
      }
      ids += found
    }
    return ids
  }

  /// The words of BERT's basic tokenizer: control characters dropped, Chinese characters apart,
  /// lowercased without accents, split at white space and at every punctuation mark.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { words.append(String(current)) }
      current = String.UnicodeScalarView()
    }
    // Accents come off by decomposing; plain ASCII has none, and skips the work.
    let lower = text.lowercased()
    let folded = lower.utf8.allSatisfy { $0 < 0x80 } ? lower : lower.decomposedStringWithCanonicalMapping
    for scalar in folded.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value
        if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D {
          flush()
        } else if value < 0x20 || value == 0x7F {
          continue
        } else if isPunctuation(scalar) {
          flush()
          words.append(String(scalar))
        } else {
          current.append(scalar)
        }
        continue
      }
      let properties = scalar.properties
      if properties.generalCategory == .nonspacingMark { continue }
      if scalar.value == 0 || scalar.value == 0xFFFD { continue }
      if properties.isWhitespace || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        flush()
      } else if properties.generalCategory == .control || properties.generalCategory == .format {
        continue
      } else if isPunctuation(scalar) || isChinese(scalar) {
        flush()
        words.append(String(scalar))
      } else {
        current.append(scalar)
      }
    }
    flush()
    return words
  }

  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value) || (123...126).contains(value) {
      return true
    }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }

  static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x20000...0x2A6DF).contains(value)
      || (0x2A700...0x2B73F).contains(value) || (0x2B740...0x2B81F).contains(value) || (0x2B820...0x2CEAF).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value)
  }
}
