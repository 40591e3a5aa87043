import Foundation
import ReboundCore

/// Generates realistic transcripts and times `compare` against merely reading their bytes.
enum CompareBenchmark {
  static func run(count: Int) {
    // REBOUND_BENCH_DIR keeps the generated set, to time `cat` and `rebound compare` against it.
    let kept = ProcessInfo.processInfo.environment["REBOUND_BENCH_DIR"]
    let folder = kept.map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("rebound-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
    let template = sampleTranscript()
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    var bytes = 0
    for index in 0..<count {
      var transcript = template
      transcript.id = String(format: "bench-%06d", index)
      transcript.startedAt = start.addingTimeInterval(Double(index) * 3600)
      transcript.summary?.overall = 40 + index % 50
      let data = (try? TranscriptStore.encode(transcript)) ?? Data()
      bytes += data.count
      try? data.write(to: folder.appendingPathComponent("\(transcript.id).json"))
    }
    print("\(count) transcripts, \(bytes / 1_000_000) MB in all (\(bytes / max(1, count)) bytes each)")
    let store = TranscriptStore(directory: folder)
    var readTimes: [Double] = []
    var compareTimes: [Double] = []
    for _ in 0..<5 {
      readTimes.append(time {
        var total = 0
        for url in (try? store.transcriptFiles()) ?? [] { total &+= (try? Data(contentsOf: url))?.count ?? 0 }
        return total
      })
      compareTimes.append(time {
        let headers = (try? store.loadHeaders().headers) ?? []
        return AttemptComparison(headers).attempts.count
      })
    }
    let read = readTimes.sorted()[2]
    let compare = compareTimes.sorted()[2]
    print(String(format: "read every byte (like cat)            median %8.1f ms", read))
    print(String(format: "compare (headers, trends, questions)  median %8.1f ms   (%.2f× reading)", compare, compare / read))
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
  /// Splits compare's cost into decoding one header and the rest.
  static func headerDecode() {
    let data = (try? TranscriptStore.encode(sampleTranscript())) ?? Data()
    let text = String(decoding: data, as: UTF8.self)
    let header = text.components(separatedBy: ",\n  \"turns\" : ").first! + "\n}"
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    Benchmark.report("decode one transcript header (\(header.utf8.count) bytes)", runs: 2000) {
      (try? decoder.decode(TranscriptHeader.self, from: Data(header.utf8)))?.id.count ?? 0
    }
    Benchmark.report("JSONSerialization of the same header", runs: 2000) {
      ((try? JSONSerialization.jsonObject(with: Data(header.utf8))) as? [String: Any])?.count ?? 0
    }
  }
}
