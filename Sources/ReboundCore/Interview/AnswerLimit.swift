/// The largest answer Rebound takes: far beyond anything said in an interview, small enough
/// that scoring stays instant and a stray paste of a whole document is caught.
public enum AnswerLimit {
  /// Words in one answer, follow-ups included.
  public static let words = 20_000
  /// Bytes one paste may hold before it is refused without being read into memory.
  public static let pasteBytes = 1_000_000

  /// Words as a person counts them: runs of characters between spaces and line breaks.
  public static func wordCount<Text: StringProtocol>(_ text: Text) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if !space && !inWord { count += 1 }
      inWord = !space
    }
    return count
  }

  /// What to say when an answer would grow past the limit.
  public static func refusal(words: Int, what: String) -> String {
    "\(what) holds \(grouped(words)) words; an answer can hold at most \(grouped(Self.words)). "
      + "Nothing was added: paste or type a shorter part."
  }

  /// 20000 as "20,000".
  public static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
