import Foundation
import ReboundCore

/// Prints median timings for the work a person waits on; run with `swift run -c release rebound-benchmark`.
@main
struct Benchmark {
  static func main() {
    assert(
      {
        print("RUNNING IN DEBUG MODE: build with -c release for real figures")
        return true
      }())
    let posting = Samples.posting
    let answer = Samples.answer
    print("answer: \(answer.split(separator: " ").count) words; posting: \(posting.count) characters")

    let load = Scorer.loadModelsForBenchmark()
    print("load the fitted models (once, on the first score): \(load.models) µs; the embeddings: \(load.embeddings) µs")

    let parser = PostingParser()
    report("parse a one-page posting", runs: 200) { parser.parse(text: posting).requirements.count }

    let context = ScoringContext(posting: parser.parse(text: posting), company: "Northwind Health")
    let scorer = Scorer()
    report("score a 300-word answer against it", runs: 500) {
      scorer.score(answer, question: "Tell me about a time you used data to solve a problem.", context: context).overall
    }
    // Linear in size: twice the words, twice the time. Distinct sentences, as a pasted document has.
    for words in [10_000, 20_000] {
      let long = (0..<(words / 12)).map { "On day \($0) I rebuilt rota \($0 % 97) and cut overtime by \($0 % 40) percent." }
        .joined(separator: " ")
      report("score a \(words)-word answer", runs: 5) {
        scorer.score(long, question: "Tell me about a time you improved a process.", context: context).overall
      }
    }
    let transcripts = ProcessInfo.processInfo.environment["REBOUND_BENCH_TRANSCRIPTS"].flatMap(Int.init) ?? 10_000
    defer { CompareBenchmark.run(count: transcripts) }
    CompareBenchmark.headerDecode()
    report("build the lexicon (once per process)", runs: 50) { Lexicon().stopwords.count }
    report("load WordNet lemmas (once per process)", runs: 20) { Lemmatizer.loadCompiledIn().verbLemma("rebuilt")?.count ?? 0 }
    report("load word frequencies (once per process)", runs: 20) { Int(WordFrequency.loadCompiledIn().zipf("manhole") * 10) }
    report("prepare the scoring context", runs: 200) {
      ScoringContext(posting: parser.parse(text: posting), company: "Northwind Health").posting?.requirements.count ?? 0
    }
  }

  /// Runs `work` once to warm up, then `runs` times, and prints the median and 90th percentile.
  static func report(_ name: String, runs: Int, _ work: () -> Int) {
    // REBOUND_BENCH_ONLY=score runs only the benchmarks whose name holds the word, for a profiler.
    if let only = ProcessInfo.processInfo.environment["REBOUND_BENCH_ONLY"], !name.contains(only) { return }
    // REBOUND_BENCH_RUNS shortens the run, for profiling under valgrind.
    let runs = ProcessInfo.processInfo.environment["REBOUND_BENCH_RUNS"].flatMap(Int.init) ?? runs
    var checksum = work()
    var samples: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      checksum &+= work()
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    let p90 = samples[samples.count * 9 / 10]
    print(
      name.padding(toLength: 38, withPad: " ", startingAt: 0)
        + String(format: "median %8.1f µs   p90 %8.1f µs", median, p90) + "   (checksum \(checksum))")
  }
}
