/// Marks the words that earned points inside an answer, for review, export and `/score`.
public enum EvidenceHighlighter {
  /// The answer with each evidence span wrapped in `open`…`close`; overlapping spans merge.
  /// The text between markers passes through `escape`, so HTML and terminals get safe text.
  public static func highlight(
    _ answer: String, spans: [Evidence], open: String, close: String,
    escape: (String) -> String = { $0 }
  ) -> String {
    let scalars = Array(answer.unicodeScalars)
    var ranges = spans.map { (max(0, $0.start), min(scalars.count, $0.end)) }
      .filter { $0.0 < $0.1 }.sorted { $0.0 < $1.0 }
    var merged: [(Int, Int)] = []
    for range in ranges {
      if let last = merged.last, range.0 <= last.1 {
        merged[merged.count - 1].1 = max(last.1, range.1)
      } else {
        merged.append(range)
      }
    }
    ranges = merged
    func text(_ from: Int, _ to: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[from..<to])
      return escape(String(view))
    }
    var out = ""
    var cursor = 0
    for (start, end) in ranges {
      out += text(cursor, start) + open + text(start, end) + close
      cursor = end
    }
    return out + text(cursor, scalars.count)
  }
}
