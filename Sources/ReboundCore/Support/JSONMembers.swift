/// The members of a JSON object found by skipping over their values, not parsing them.
///
/// A transcript's turns are most of its bytes and `compare` needs none of them: finding where
/// each member's value starts and ends is a tight loop over bytes, and only the small members
/// are then handed to Foundation's parser, whatever order or spacing the file was written in.
enum JSONMembers {
  /// Each top-level key with the byte range of its value; nil unless `bytes` hold exactly one
  /// complete object (a truncated file is caught here).
  static func of(_ bytes: UnsafeRawBufferPointer) -> [(key: String, value: Range<Int>)]? {
    var index = 0
    let count = bytes.count
    func skipSpace() {
      while index < count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
        index += 1
      }
    }
    /// Past a string whose opening quote is at `index`; false when it never closes.
    func skipString() -> Bool {
      index += 1
      while index < count {
        switch bytes[index] {
        case 0x22: index += 1; return true
        case 0x5C: index += 2
        default: index += 1
        }
      }
      return false
    }
    /// Past one value of any kind.
    func skipValue() -> Bool {
      guard index < count else { return false }
      switch bytes[index] {
      case 0x22: return skipString()
      case 0x7B, 0x5B:
        var depth = 0
        while index < count {
          switch bytes[index] {
          case 0x22: if !skipString() { return false }; continue
          case 0x7B, 0x5B: depth += 1
          case 0x7D, 0x5D:
            depth -= 1
            if depth == 0 { index += 1; return true }
          default: break
          }
          index += 1
        }
        return false
      default:
        let start = index
        while index < count, ![0x2C, 0x7D, 0x5D, 0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index > start
      }
    }
    skipSpace()
    guard index < count, bytes[index] == 0x7B else { return nil }
    index += 1
    var members: [(key: String, value: Range<Int>)] = []
    skipSpace()
    if index < count, bytes[index] == 0x7D {
      index += 1
    } else {
      while true {
        skipSpace()
        guard index < count, bytes[index] == 0x22 else { return nil }
        let keyStart = index + 1
        guard skipString() else { return nil }
        let key = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[keyStart..<(index - 1)]), as: UTF8.self)
        skipSpace()
        guard index < count, bytes[index] == 0x3A else { return nil }
        index += 1
        skipSpace()
        let valueStart = index
        guard skipValue() else { return nil }
        members.append((key, valueStart..<index))
        skipSpace()
        guard index < count else { return nil }
        if bytes[index] == 0x2C { index += 1; continue }
        guard bytes[index] == 0x7D else { return nil }
        index += 1
        break
      }
    }
    skipSpace()
    return index == count ? members : nil
  }
}
