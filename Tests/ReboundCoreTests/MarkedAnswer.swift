/// An answer written with ⟦markers⟧ around the words a test expects as evidence.
struct MarkedAnswer {
  let text: String
  /// The marked words, with their offsets in Unicode scalars of the unmarked text.
  let spans: [(text: String, start: Int, end: Int)]

  init(_ marked: String) {
    var text = String.UnicodeScalarView()
    var spans: [(String, Int, Int)] = []
    var start: Int?
    for scalar in marked.unicodeScalars {
      if scalar == "⟦" {
        start = text.count
      } else if scalar == "⟧", let open = start {
        var words = String.UnicodeScalarView()
        words.append(contentsOf: Array(text)[open...])
        spans.append((String(words), open, text.count))
        start = nil
      } else {
        text.append(scalar)
      }
    }
    self.text = String(text)
    self.spans = spans
  }
}
