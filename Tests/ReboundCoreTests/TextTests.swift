import ReboundCore
import Testing

@Suite struct TextTests {
  @Test func escapeSequencesAndControlCharactersAreRemoved() {
    #expect(TextSanitizer.clean("clear\u{1B}[2Jscreen") == "clearscreen")
    #expect(TextSanitizer.clean("title\u{1B}]0;pwned\u{07}after") == "titleafter")
    #expect(TextSanitizer.clean("bell\u{07} null\u{0} del\u{7F}") == "bell null del")
    #expect(TextSanitizer.clean("keep\nlines\tand tabs, é ✓") == "keep\nlines\tand tabs, é ✓")
    #expect(TextSanitizer.clean("windows\r\nline") == "windows\nline")
  }

  @Test func evidenceIsMarkedAndOverlapsMerge() {
    let answer = "I cut costs by 40% in a year."
    let spans = [
      Evidence(label: "action", text: "I cut", start: 0, end: 5),
      Evidence(label: "quantity", text: "40%", start: 15, end: 18),
      Evidence(label: "result", text: "costs by 40%", start: 6, end: 18),
    ]
    #expect(
      EvidenceHighlighter.highlight(answer, spans: spans, open: "[", close: "]")
        == "[I cut] [costs by 40%] in a year.")
  }

  @Test func wrappingKeepsLinesWithinTheWidth() {
    let text = String(repeating: "word ", count: 40)
    let lines = TextWrapper.wrap(text, width: 30, indent: "  ")
    #expect(lines.allSatisfy { $0.count <= 30 })
    #expect(lines.allSatisfy { $0.hasPrefix("  ") })
  }
}
