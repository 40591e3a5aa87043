import Foundation
import ReboundCore

/// Generates realistic transcripts and times `compare` against merely reading their bytes.
enum CompareBenchmark {
  /// Two shapes: transcripts as Rebound writes them (pretty, sorted keys, the header first), and
  /// as another tool might (compact, keys in a random order). For each, `compare` with no index
  /// (the first run) and with one (every later run) against reading every byte.
  static func run(count: Int) {
    let template = sampleTranscript()
    for compact in [false, true] {
      // REBOUND_BENCH_DIR keeps the generated sets, to time `cat` and `rebound compare` against them.
      let kept = ProcessInfo.processInfo.environment["REBOUND_BENCH_DIR"]
      let name = compact ? "compact" : "ours"
      let folder = kept.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("rebound-bench-\(getpid())-\(name)")
      try? FileManager.default.removeItem(at: folder)
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
      var generator = SplitMix64(seed: 42)
      let start = Date(timeIntervalSince1970: 1_790_000_000)
      var bytes = 0
      for index in 0..<count {
        var transcript = template
        transcript.id = String(format: "bench-%06d", index)
        transcript.startedAt = start.addingTimeInterval(Double(index) * 3600)
        transcript.summary?.overall = 40 + index % 50
        var data = (try? TranscriptStore.encode(transcript)) ?? Data()
        if compact { data = compactShuffled(data, using: &generator) }
        bytes += data.count
        try? data.write(to: folder.appendingPathComponent("\(transcript.id).json"))
      }
      print("\(count) transcripts \(compact ? "written compactly, keys shuffled" : "as Rebound writes them"), \(bytes / max(1, count)) bytes each")
      let store = TranscriptStore(directory: folder)
      let index = folder.appendingPathComponent(".rebound-index")
      var read: [Double] = []
      var first: [Double] = []
      var later: [Double] = []
      for _ in 0..<3 {
        read.append(time {
          var total = 0
          for url in (try? store.transcriptFiles()) ?? [] { total &+= (try? Data(contentsOf: url))?.count ?? 0 }
          return total
        })
        try? FileManager.default.removeItem(at: index)
        first.append(time { compare(store) })
        later.append(time { compare(store) })
      }
      let (r, f, l) = (read.sorted()[1], first.sorted()[1], later.sorted()[1])
      print(String(format: "  read every byte (like cat)          median %8.1f ms", r))
      print(String(format: "  compare --json, first run (no index) median %8.1f ms   (%.2f× reading)", f, f / r))
      print(String(format: "  compare --json, later runs          median %8.1f ms   (%.2f× reading)", l, l / r))
    }
  }

  /// What `compare --json` does, end to end, without printing.
  static func compare(_ store: TranscriptStore) -> Int {
    let headers = (try? store.loadHeaders().headers) ?? []
    return AttemptComparison(headers).jsonDocument.text.utf8.count
  }

  /// The same JSON with no spaces and every object's keys in a random order.
  static func compactShuffled(_ data: Data, using generator: inout SplitMix64) -> Data {
    func write(_ value: Any, _ out: inout String) {
      switch value {
      case let object as [String: Any]:
        out += "{"
        for (position, key) in object.keys.sorted().shuffled(using: &generator).enumerated() {
          if position > 0 { out += "," }
          write(key, &out)
          out += ":"
          write(object[key]!, &out)
        }
        out += "}"
      case let array as [Any]:
        out += "["
        for (position, item) in array.enumerated() {
          if position > 0 { out += "," }
          write(item, &out)
        }
        out += "]"
      default:
        let fragment = (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])) ?? Data()
        out += String(decoding: fragment, as: UTF8.self)
      }
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) else { return data }
    var out = ""
    write(object, &out)
    return Data(out.utf8)
  }

  static func time(_ work: () -> Int) -> Double {
    let begin = DispatchTime.now().uptimeNanoseconds
    let checksum = work()
    precondition(checksum >= 0)
    return Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000
  }

  /// A six-question attempt scored by the real scorer, as practice writes it.
  static func sampleTranscript() -> Transcript {
    let scorer = Interviewer()
    var transcript = Transcript(id: "x", startedAt: Date(), banks: ["general", "behavioral"])
    for index in 0..<6 {
      let question = PlannedQuestion(
        question: Question(id: "q\(index)", text: "Tell me about a time you solved a problem.", kind: .behavioral))
      var turn = Turn(
        questionId: "q\(index)", question: question.question.text, kind: .behavioral,
        answer: Samples.answer, startedAt: Date(), seconds: 95, skipped: false)
      turn.score = scorer.score(Samples.answer, for: question)
      transcript.turns.append(turn)
    }
    transcript.status = .complete
    transcript.summary = scorer.summarize(transcript.turns)
    return transcript
  }
}

extension CompareBenchmark {
  /// The header of one transcript: the members reader against Foundation's parser on the same
  /// bytes, so no hand-written reader is slower than the library.
  static func headerDecode() {
    var generator = SplitMix64(seed: 7)
    let data = compactShuffled((try? TranscriptStore.encode(sampleTranscript())) ?? Data(), using: &generator)
    Benchmark.report("read one header, any layout (\(data.count) B)", runs: 2000) {
      TranscriptStore.headerMembersForBenchmark(data)?.id.count ?? 0
    }
    Benchmark.report("JSONSerialization of the same bytes", runs: 2000) {
      ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?.count ?? 0
    }
  }
}
