/// A list of substrings searched for together, in one pass over the text.
///
/// Reading a posting asks "does this item hold any of these hundred markers?" many times; one
/// pass with the markers bucketed by their first byte does in a few hundred comparisons what a
/// search per marker does in thousands.
public struct MarkerList: Sendable {
  private var buckets: [[[UInt8]]] = Array(repeating: [], count: 256)
  public let markers: [String]

  public init(_ markers: [String]) {
    self.markers = markers
    for marker in markers {
      let bytes = Array(marker.utf8)
      guard let first = bytes.first else { continue }
      buckets[Int(first)].append(bytes)
    }
  }

  /// True when `text` holds any marker, byte for byte.
  public func found(in text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for index in bytes.indices {
        for marker in buckets[Int(bytes[index])] where index + marker.count <= bytes.count {
          var matched = 1
          while matched < marker.count && bytes[index + matched] == marker[matched] { matched += 1 }
          if matched == marker.count { return true }
        }
      }
      return false
    }
  }
}
