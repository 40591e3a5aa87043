import Foundation
import ReboundCore
import Testing

/// Kills `rebound practice` with SIGKILL at random moments and checks nothing submitted is lost.
@Suite struct CrashTests {
  static let kills = 55

  @Test func killNineAtRandomMomentsNeverLosesASubmittedAnswerOrLeavesBadJSON() throws {
    var random = SystemRandomNumberGenerator()
    let seed = UInt64.random(in: 0...UInt64.max, using: &random)
    var generator = SplitMix64(seed: seed)
    var killedWhile: [String: Int] = [:]
    for round in 0..<Self.kills {
      let scratch = try Scratch()
      let folder = scratch.path("transcripts")
      let followUps = round % 3 == 0
      let live = try LiveRebound(
        ["practice", "--bank", "behavioral", "--count", "4", "--seed", "\(round)", "--transcripts", folder]
          + (followUps ? [] : ["--no-follow-ups"]))
      let seen = live.output
      _ = eventually(5) { seen.text.contains("Question 1 of 4") }

      var acknowledged: [String] = []
      let answersBeforeKill = Int(generator.next() % 5)
      var moment = "before answering"
      for index in 0..<answersBeforeKill {
        // Weak answers draw follow-ups when they are on; each reply counts as an answer.
        let answer = "Round \(round) answer \(index): we worked on it é ✓"
        let prompts = seen.text.components(separatedBy: "Question ").count + seen.text.components(separatedBy: "Follow-up").count
        live.type("\(answer)\n")
        if generator.next() % 4 == 0 {
          moment = "while typing"
          break
        }
        live.type("\n")
        if generator.next() % 4 == 0 {
          moment = "just after submitting"
          break
        }
        // The answer is submitted once the interviewer moves on (next question, follow-up or the end).
        let moved = eventually(5) {
          seen.text.components(separatedBy: "Question ").count + seen.text.components(separatedBy: "Follow-up").count
            > prompts || seen.text.contains("Interview over")
        }
        if moved { acknowledged.append(answer) }
        moment = seen.text.hasSuffix("\n") && seen.text.contains("Follow-up") ? "during follow-ups" : "between answers"
        if seen.text.contains("Interview over") { break }
      }
      usleep(UInt32(generator.next() % 30_000))
      live.killNine()
      killedWhile[moment, default: 0] += 1

      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for name in names where !name.hasPrefix(".") {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name))
        let transcript = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(transcript != nil, "round \(round) (seed \(seed)): \(name) is not valid JSON")
        let turns = transcript?["turns"] as? [[String: Any]] ?? []
        let saved = turns.flatMap { turn in
          [turn["answer"] as? String]
            + ((turn["followUps"] as? [[String: Any]]) ?? []).map { $0["answer"] as? String }
        }.compactMap { $0 }
        for answer in acknowledged {
          #expect(saved.contains(answer), "round \(round) (seed \(seed)): lost '\(answer)' killed \(moment)")
        }
      }
      #expect(names.contains { $0.hasSuffix(".json") && !$0.hasPrefix(".") } || acknowledged.isEmpty)
    }
    #expect(killedWhile.values.reduce(0, +) == Self.kills)
    #expect(killedWhile.keys.count >= 3, "kills landed at varied moments: \(killedWhile)")
  }
}
