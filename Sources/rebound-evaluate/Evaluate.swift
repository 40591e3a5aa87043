import ArgumentParser
import Foundation
import ReboundCore

/// Judges the scorer and the posting reader on material the project did not write.
///
/// Point it at a folder in the dev set's formats (`answer_pairs.jsonl`, `calibration/cases.jsonl`,
/// `postings/index.jsonl`, or any of these folders itself); it prints every figure and names every miss.
@main
struct Evaluate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebound-evaluate",
    abstract: "Measure the scorer and the posting reader on a labelled folder, or write out the features models are fitted on.",
    subcommands: [Measure.self, FeatureDump.self, Explain.self], defaultSubcommand: Measure.self)
}

/// Prints every figure on a labelled folder.
struct Measure: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure", abstract: "Measure the scorer and the posting reader on a labelled folder (such as ../shared/devset).")

  @Argument(help: "A folder holding answer_pairs.jsonl, calibration/ or postings/ (or one of those).")
  var folder: String

  @Flag(help: "Print only the figures, not every miss.")
  var quiet = false

  @Option(help: "Question banks, for checking the questions built from each posting.")
  var banks = "QuestionBanks"

  func run() throws {
    let root = URL(fileURLWithPath: folder)
    var found = false
    for pairs in Self.files(named: "answer_pairs.jsonl", under: root) {
      found = true
      try PairEvaluation(file: pairs).report(quiet: quiet)
    }
    for cases in Self.files(named: "calibration/cases.jsonl", under: root) {
      found = true
      try CalibrationEvaluation(file: cases).report(quiet: quiet)
    }
    for index in Self.files(named: "postings/index.jsonl", under: root) {
      found = true
      let bundled = URL(fileURLWithPath: banks)
      try PostingEvaluation(index: index, banks: FileManager.default.fileExists(atPath: bundled.path) ? bundled : nil)
        .report(quiet: quiet)
    }
    if !found {
      throw ValidationError("\(folder): no answer_pairs.jsonl, calibration/cases.jsonl or postings/index.jsonl")
    }
  }

  /// `name` under the folder, or the folder itself when it is that file's parent.
  static func files(named name: String, under root: URL) -> [URL] {
    let direct = root.appendingPathComponent(name)
    let leaf = root.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
    return [direct, leaf].filter { FileManager.default.fileExists(atPath: $0.path) }
      .reduce(into: [URL]()) { list, url in if !list.contains(url) { list.append(url) } }
  }
}

/// One JSON object per line.
func readJSONLines(_ url: URL) throws -> [[String: Any]] {
  let text = try String(contentsOf: url, encoding: .utf8)
  return try text.split(separator: "\n").enumerated().compactMap { number, line in
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
      throw ValidationError("\(url.path):\(number + 1): not a JSON object")
    }
    return object
  }
}

func percent(_ part: Int, _ whole: Int) -> String {
  whole == 0 ? "–" : String(format: "%.2f (%d/%d)", Double(part) / Double(whole), part, whole)
}

func oneLine(_ text: String, _ width: Int = 70) -> String {
  let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
  return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
}
