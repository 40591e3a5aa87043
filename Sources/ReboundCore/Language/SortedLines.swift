/// A table of lines sorted by byte ("key" or "key value"), searched by bisection.
///
/// The compiled-in language data is tens of thousands of lines; a dictionary of them would take
/// milliseconds to build at every start. The only work here is finding where lines start, once,
/// on first use; a lookup is then a binary search of about fifteen comparisons.
final class SortedLines: Sendable {
  private let bytes: [UInt8]
  /// The offset of each line's first byte.
  private let starts: [Int32]

  init(_ text: String) {
    let bytes = Array(text.utf8)
    var starts: [Int32] = bytes.isEmpty ? [] : [0]
    starts.reserveCapacity(bytes.count / 8)
    for index in bytes.indices where bytes[index] == 0x0A && index + 1 < bytes.count {
      starts.append(Int32(index + 1))
    }
    self.bytes = bytes
    self.starts = starts
  }

  /// The value on the line for `key` ("" when the line holds only the key), or nil.
  func value(for key: String) -> Substring? {
    var key = key
    return key.withUTF8 { wanted -> Substring? in
      var low = 0
      var high = starts.count
      while low < high {
        let middle = (low + high) / 2
        let start = Int(starts[middle])
        let end = middle + 1 < starts.count ? Int(starts[middle + 1]) - 1 : bytes.count
        var keyEnd = start
        while keyEnd < end, bytes[keyEnd] != 0x20 { keyEnd += 1 }
        let order = compare(wanted, start, keyEnd)
        if order == 0 {
          let valueStart = min(end, keyEnd + 1)
          return Substring(decoding: bytes[valueStart..<end], as: UTF8.self)
        }
        if order < 0 { high = middle } else { low = middle + 1 }
      }
      return nil
    }
  }

  func contains(_ key: String) -> Bool { value(for: key) != nil }

  /// Byte order of `wanted` against `bytes[start..<end]`: negative, zero or positive.
  private func compare(_ wanted: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    let length = min(wanted.count, end - start)
    for offset in 0..<length where wanted[offset] != bytes[start + offset] {
      return Int(wanted[offset]) - Int(bytes[start + offset])
    }
    return wanted.count - (end - start)
  }
}
