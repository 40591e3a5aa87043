import Foundation

/// A transcript as a document to share with a coach: Markdown or one self-contained HTML page.
public struct TranscriptExporter: Sendable {
  public var transcript: Transcript
  /// Overall scores of attempts on the same posting or banks, oldest first, for the chart.
  public var history: [(date: Date, overall: Int)]

  public init(transcript: Transcript, history: [(date: Date, overall: Int)] = []) {
    self.transcript = transcript
    self.history = history
  }

  static let dayFormatter: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
    return formatter
  }()

  // MARK: - Markdown

  public func markdown() -> String {
    var out = "# Mock interview \(md(transcript.id))\n\n"
    out += "- Started: \(Self.dayFormatter.string(from: transcript.startedAt))\n"
    out += "- Status: \(transcript.status.rawValue)\n"
    if !transcript.banks.isEmpty { out += "- Banks: \(md(transcript.banks.joined(separator: ", ")))\n" }
    if let posting = transcript.posting { out += "- Posting: \(md(posting))\n" }
    if let company = transcript.company { out += "- Company: \(md(company))\n" }
    if let overall = transcript.summary?.overall { out += "- Mean score: \(overall)/100\n" }
    for (index, turn) in transcript.turns.enumerated() {
      out += "\n## Question \(index + 1): \(md(turn.question))\n\n"
      out += "*\(turn.kind.rawValue)\(turn.origin == .posting ? ", from the posting" : ""), \(Int(turn.seconds)) s*\n\n"
      if turn.skipped {
        out += "(skipped)\n"
        continue
      }
      for (number, earlier) in turn.earlierAttempts.enumerated() {
        out += "*Attempt \(number + 1), before /redo\(earlier.score.map { ", \($0.overall)/100" } ?? ""):*\n\n"
        out += md(earlier.skipped ? "(skipped)" : earlier.answer).split(separator: "\n", omittingEmptySubsequences: false)
          .map { "> " + $0 }.joined(separator: "\n") + "\n\n"
      }
      if !turn.earlierAttempts.isEmpty { out += "*Attempt \(turn.earlierAttempts.count + 1), the one scored:*\n\n" }
      let spans = turn.score?.highlightSpans.filter { $0.end <= turn.answer.unicodeScalars.count } ?? []
      let marked = EvidenceHighlighter.highlight(turn.answer, spans: spans, open: "**", close: "**", escape: md)
      out += marked.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        .joined(separator: "\n") + "\n"
      for followUp in turn.followUps {
        out += "\n**Follow-up (\(md(followUp.gap))):** \(md(followUp.question))\n\n"
        out += md(followUp.answer).split(separator: "\n", omittingEmptySubsequences: false)
          .map { "> " + $0 }.joined(separator: "\n") + "\n"
      }
      if let card = turn.score {
        out += "\n| criterion | score | advice |\n|---|---|---|\n"
        for criterion in Criterion.allCases {
          let result = card[criterion]
          let score = result.score.map(String.init) ?? "–"
          let advice = result.advice.first ?? result.reason ?? ""
          out += "| \(criterion.title) | \(score) | \(md(advice).replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        out += "\n**Overall: \(card.overall)/100**\n"
        if let skeleton = card.skeletonToShow {
          out += "\n*\(Self.skeletonLabel)*\n\n"
          out += skeleton.split(separator: "\n").map { "- " + md(String($0)) }.joined(separator: "\n") + "\n"
        }
      }
    }
    if let summary = transcript.summary {
      out += "\n## Summary\n\n"
      for criterion in Criterion.allCases {
        out += "- \(criterion.title): \((summary.criteria[criterion] ?? nil).map(String.init) ?? "–")\n"
      }
      if !summary.mustHavesShown.isEmpty {
        out += "\nBrought out: " + summary.mustHavesShown.map(md).joined(separator: "; ") + "\n"
      }
      if !summary.mustHavesMissed.isEmpty {
        out += "\nNever brought out: " + summary.mustHavesMissed.map(md).joined(separator: "; ") + "\n"
      }
    }
    return out
  }

  /// Markdown-safe text: control characters gone, HTML and emphasis markers inert.
  func md(_ text: String) -> String { Self.markdownSafe(text) }

  /// A skeleton line with its bracketed placeholders wrapped in `open` and `close`, the rest escaped.
  static func slotsMarked(_ line: String, open: String, close: String, escape: (String) -> String) -> String {
    var out = ""
    var index = line.startIndex
    for range in AnswerSkeleton.placeholderRanges(in: line) {
      out += escape(String(line[index..<range.lowerBound])) + open + escape(String(line[range])) + close
      index = range.upperBound
    }
    return out + escape(String(line[index...]))
  }

  /// How a skeleton is introduced wherever it is shown: never as a model answer.
  public static let skeletonLabel = "Skeleton from the answer's own words (not a model answer): fill the brackets"

  /// Markdown-safe text: control characters gone, HTML and emphasis markers inert.
  public static func markdownSafe(_ text: String) -> String {
    escape(text) { character in
      switch character {
      case "<": "&lt;"
      case ">": "&gt;"
      case "&": "&amp;"
      case "*", "_", "`", "[", "]", "#", "\\": "\\" + String(character)
      default: nil
      }
    }
  }

  /// Sanitised text with some characters replaced; the one escaping loop both formats share.
  static func escape(_ text: String, _ replacement: (Character) -> String?) -> String {
    var out = ""
    for character in TextSanitizer.clean(text) {
      if let replaced = replacement(character) { out += replaced } else { out.append(character) }
    }
    return out
  }

  // MARK: - HTML

  /// A report for a coach: what was practised and how it went first, the fixes that matter most,
  /// the trend up to this attempt, then each answer with the words that earned points marked.
  public func html() -> String {
    let what = transcript.posting.map { Self.roleName(fromPosting: $0) } ?? "Mock interview"
    let at = transcript.company.map { " at \($0)" } ?? ""
    let day = Self.dayFormatter.string(from: transcript.startedAt)
    var body = "<h1>\(h(what + at))</h1>\n<p class=\"meta\">Mock interview, \(h(day))"
    if !transcript.banks.isEmpty { body += " · questions from \(h(transcript.banks.joined(separator: ", ")))" }
    if transcript.status != .complete { body += " · \(h(transcript.status.rawValue))" }
    body += "</p>\n"

    // At a glance: each question, its score and its main fix.
    body += "<section class=\"glance\"><h2>At a glance</h2>\n"
    if let overall = transcript.summary?.overall {
      body += "<p class=\"overall\">Mean score <strong>\(overall)</strong>/100</p>\n"
    }
    body += "<table class=\"scores\"><tr><th>#</th><th>Question</th><th>Score</th><th>Main fix</th></tr>\n"
    for (index, turn) in transcript.turns.enumerated() {
      let score = turn.skipped ? "skipped" : turn.score.map { String($0.overall) } ?? "–"
      let fix = turn.score.flatMap { card in card.advice.first ?? card.weakest.flatMap { card[$0].advice.first } } ?? ""
      body += "<tr><td class=\"num\">\(index + 1)</td><td>\(h(turn.question))</td><td class=\"num\">\(h(score))</td><td>\(h(fix))</td></tr>\n"
    }
    body += "</table>\n"
    let fixes = topFixes()
    if !fixes.isEmpty {
      body += "<h3>The fixes that matter most</h3><ol class=\"fixes\">\n"
      body += fixes.map { "<li>\(h($0))</li>" }.joined(separator: "\n") + "\n</ol>\n"
    }
    if let summary = transcript.summary {
      if !summary.mustHavesMissed.isEmpty {
        body += "<p class=\"missed\">Never brought out: \(summary.mustHavesMissed.map(h).joined(separator: "; "))</p>\n"
      }
      if !summary.mustHavesShown.isEmpty {
        body += "<p>Brought out: \(summary.mustHavesShown.map(h).joined(separator: "; "))</p>\n"
      }
    }
    body += "</section>\n"

    let scope = transcript.posting == nil ? "these question banks" : "this posting"
    body += "<section class=\"chart\"><h2>Progress on \(scope)</h2>\n\(chart())\n"
    body += "<p class=\"legend\"><span class=\"key current\"></span> this attempt <span class=\"key dot\"></span> earlier attempts · mean score out of 100</p></section>\n"

    for (index, turn) in transcript.turns.enumerated() {
      body += "<section class=\"turn\">\n<h2>Question \(index + 1)</h2>\n<p class=\"question\">\(h(turn.question))</p>\n"
      body += "<p class=\"meta\">\(h(turn.kind.rawValue))\(turn.origin == .posting ? " · from the posting" : "") · \(Int(turn.seconds)) s</p>\n"
      if turn.skipped {
        body += "<p class=\"skipped\">Skipped</p>\n</section>\n"
        continue
      }
      for (number, earlier) in turn.earlierAttempts.enumerated() {
        body += "<p class=\"meta\">Attempt \(number + 1), before /redo\(earlier.score.map { ", \($0.overall)/100" } ?? "")</p>\n"
        body += "<blockquote class=\"earlier\">\(h(earlier.skipped ? "(skipped)" : earlier.answer).replacingOccurrences(of: "\n", with: "<br>"))</blockquote>\n"
      }
      if !turn.earlierAttempts.isEmpty {
        body += "<p class=\"meta\">Attempt \(turn.earlierAttempts.count + 1), the one scored</p>\n"
      }
      let spans = turn.score?.highlightSpans.filter { $0.end <= turn.answer.unicodeScalars.count } ?? []
      let marked = EvidenceHighlighter.highlight(
        turn.answer, spans: spans, open: "<mark>", close: "</mark>", escape: h)
      body += "<blockquote class=\"answer\">\(marked.replacingOccurrences(of: "\n", with: "<br>"))</blockquote>\n"
      for followUp in turn.followUps {
        body += "<p class=\"followup\"><strong>Follow-up:</strong> \(h(followUp.question))</p>\n"
        body += "<blockquote class=\"answer\">\(h(followUp.answer).replacingOccurrences(of: "\n", with: "<br>"))</blockquote>\n"
      }
      if let card = turn.score {
        if let relevance = card.relevance, !relevance.answersQuestion {
          body += "<p class=\"missed\">Does not answer the question: it needs \(h(relevance.missing ?? "what was asked")).</p>\n"
        }
        body += "<table class=\"scores\"><tr><th>Criterion</th><th>Score</th><th>Earned by</th><th>Advice</th></tr>\n"
        for criterion in Criterion.allCases {
          let result = card[criterion]
          let earned = criterion == .delivery
            ? result.evidence.map(\.label) : result.evidence.prefix(6).map { "\($0.label): “\($0.text)”" }
          // The reader is a coach, not the person at the command line: no flags in the report.
          let advice = result.score == nil ? "not scored for this question" : result.advice.first ?? ""
          body += "<tr><td>\(h(criterion.title))</td><td class=\"num\">\(result.score.map(String.init) ?? "–")</td>"
          body += "<td>\(earned.map(h).joined(separator: "<br>"))</td>"
          body += "<td>\(h(advice))</td></tr>\n"
        }
        body += "</table>\n<p class=\"overall\">Overall <strong>\(card.overall)</strong>/100</p>\n"
        if let skeleton = card.skeletonToShow {
          let lines = skeleton.split(separator: "\n").map { line in
            Self.slotsMarked(String(line), open: "<span class=\"slot\">", close: "</span>", escape: h)
          }
          body += "<div class=\"skeleton\"><h3>\(h(Self.skeletonLabel))</h3>\n<p>\(lines.joined(separator: "<br>\n"))</p></div>\n"
        }
      }
      body += "</section>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(h((transcript.posting.map { Self.roleName(fromPosting: $0) } ?? "Mock interview") + (transcript.company.map { " at \($0)" } ?? "")))</title>
      <style>\(Self.css)</style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  /// The three fixes that matter most: the first advice of the weakest answers, each said once.
  func topFixes() -> [String] {
    let cards = transcript.turns.compactMap(\.score).sorted { $0.overall < $1.overall }
    var fixes: [String] = []
    for card in cards {
      for advice in card.advice.prefix(2) where !fixes.contains(advice) && fixes.count < 3 { fixes.append(advice) }
    }
    return fixes
  }

  /// "data-analyst.md" reads as "Data analyst".
  static func roleName(fromPosting path: String) -> String {
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let words = stem.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// An inline SVG line chart of overall scores up to this attempt; its point is filled.
  func chart() -> String {
    let earlier = history.filter { $0.0 <= transcript.startedAt }
    let points = earlier.isEmpty ? transcript.summary?.overall.map { [(transcript.startedAt, $0)] } ?? [] : earlier
    let width = 640.0
    let height = 200.0
    let left = 36.0
    let bottom = 24.0
    guard !points.isEmpty else {
      return "<svg class=\"chart\" viewBox=\"0 0 640 200\" role=\"img\" aria-label=\"No scores yet\"><text x=\"320\" y=\"100\" text-anchor=\"middle\">No scored attempts yet</text></svg>"
    }
    func x(_ index: Int) -> Double {
      points.count == 1 ? (left + width) / 2 : left + 10 + Double(index) * (width - left - 30) / Double(points.count - 1)
    }
    func y(_ score: Int) -> Double { height - bottom - Double(score) / 100 * (height - bottom - 12) }
    var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Overall score across \(points.count) attempts\">\n"
    for grid in stride(from: 0, through: 100, by: 25) {
      svg += "<line x1=\"\(left)\" y1=\"\(y(grid))\" x2=\"\(width - 8)\" y2=\"\(y(grid))\" class=\"grid\"/>"
      svg += "<text x=\"\(left - 6)\" y=\"\(y(grid) + 4)\" text-anchor=\"end\">\(grid)</text>\n"
    }
    let path = points.enumerated().map { index, point in "\(x(index)),\(y(point.1))" }.joined(separator: " ")
    svg += "<polyline points=\"\(path)\" class=\"line\"/>\n"
    for (index, point) in points.enumerated() {
      let current = abs(point.0.timeIntervalSince(transcript.startedAt)) < 1
      svg += "<circle cx=\"\(x(index))\" cy=\"\(y(point.1))\" r=\"\(current ? 6 : 4)\" class=\"\(current ? "current" : "dot")\"><title>\(h(Self.dayFormatter.string(from: point.0))): \(point.1)</title></circle>\n"
    }
    svg += "<text x=\"\(left)\" y=\"\(height - 6)\">\(h(Self.dayFormatter.string(from: points[0].0)))</text>"
    if points.count > 1, let last = points.last {
      svg += "<text x=\"\(width - 8)\" y=\"\(height - 6)\" text-anchor=\"end\">\(h(Self.dayFormatter.string(from: last.0)))</text>"
    }
    return svg + "</svg>"
  }

  /// HTML-escaped text with control characters removed.
  func h(_ text: String) -> String {
    Self.escape(text) { character in
      switch character {
      case "<": "&lt;"
      case ">": "&gt;"
      case "&": "&amp;"
      case "\"": "&quot;"
      case "'": "&#39;"
      default: nil
      }
    }
  }

  static let css = """
    body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2330;background:#fff}
    h1 small{font-size:.6em;color:#667}h2{margin-top:2rem;font-size:1.15rem;border-bottom:1px solid #dde;padding-bottom:.2rem}
    .meta{color:#667;font-size:.9rem}.question{font-weight:600}.overall strong{font-size:1.3em}
    blockquote.answer{margin:.5rem 0;padding:.6rem .9rem;background:#f6f7fb;border-left:4px solid #8aa;border-radius:4px}
    blockquote.earlier{margin:.5rem 0;padding:.6rem .9rem;color:#555;border-left:4px dashed #bbb}
    mark{background:#d8f3dc;padding:0 .1em;border-radius:2px}
    table.scores{border-collapse:collapse;width:100%;font-size:.9rem}table.scores td,table.scores th{border:1px solid #dde;padding:.3rem .5rem;vertical-align:top;text-align:left}
    td.num{text-align:right;font-variant-numeric:tabular-nums}.missed{color:#a33}.skipped{color:#667;font-style:italic}
    svg.chart{width:100%;height:auto;background:#fbfbfe;border:1px solid #eef}svg.chart text{font-size:11px;fill:#667}
    svg .grid{stroke:#e4e6ee;stroke-width:1}svg .line{fill:none;stroke:#3d6fb6;stroke-width:2.5}
    svg .dot{fill:#3d6fb6}svg .current{fill:#e07a1f;stroke:#fff;stroke-width:2}
    .legend{font-size:.85rem;color:#667}.key{display:inline-block;width:.8em;height:.8em;border-radius:50%;vertical-align:middle;margin:0 .2em 0 .6em}
    .key.current{background:#e07a1f}.key.dot{background:#3d6fb6}ol.fixes li{margin:.2rem 0}h3{font-size:1rem;margin-top:1.2rem}
    .skeleton{border-left:3px solid #d8c27a;padding:.1rem .9rem;background:#fffbea}.skeleton h3{margin:.6rem 0 .3rem;font-size:.9rem;color:#665}
    .slot{color:#8a5a00;font-weight:600}
    @media print{body{margin:0}}
    """
}
