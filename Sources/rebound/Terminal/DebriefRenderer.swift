import Foundation
import ReboundCore

/// The debrief as a person reads it: meaning, evidence from practice, plan, note, perspective.
enum DebriefRenderer {
  static func render(_ debrief: ReboundCore.Debrief, noteFile: URL) {
    let what = [debrief.role, debrief.stage.map { "\($0) stage" }].compactMap { $0 }.joined(separator: ", ")
    Console.out()
    Console.out(Console.styled("Debrief: \(TextSanitizer.oneLine(debrief.company))", .bold) + (what.isEmpty ? "" : " (\(TextSanitizer.oneLine(what)))"))
    section("What it points to")
    InterviewRenderer.wrapped(debrief.findings.meaning)
    if let skill = debrief.findings.skill { InterviewRenderer.wrapped("The skill named: \(skill).") }
    if debrief.findings.attempts > 0 {
      section("From your practice for this company or posting")
      let means = Criterion.allCases.map { "\($0.rawValue) " + ((debrief.findings.criterionMeans[$0] ?? nil).map(String.init) ?? "–") }
      Console.out("\(debrief.findings.attempts) attempt\(debrief.findings.attempts == 1 ? "" : "s"). Means: " + means.joined(separator: " · "))
      if let weakest = debrief.findings.weakestCriterion {
        Console.out("Weakest criterion: \(weakest.title.lowercased()).")
      }
      if !debrief.findings.requirementsNeverShown.isEmpty {
        InterviewRenderer.wrapped("Never brought out: " + SummaryRenderer.shortList(debrief.findings.requirementsNeverShown))
      }
    }
    section("Your practice plan")
    for (number, step) in debrief.plan.steps.enumerated() {
      InterviewRenderer.wrapped(step, indent: "\(number + 1). ")
    }
    if !debrief.findings.mustHavesWithoutStory.isEmpty {
      InterviewRenderer.wrapped(
        "No story in your bank yet for: " + SummaryRenderer.shortList(debrief.findings.mustHavesWithoutStory))
    }
    Console.out("Focus: " + debrief.plan.focus.map { $0.title.lowercased() }.joined(separator: ", "))
    Console.out("Banks: " + debrief.plan.banks.joined(separator: ", "))
    if !debrief.plan.requirements.isEmpty { Console.out("Requirements to prepare a story for:") }
    for requirement in debrief.plan.requirements { InterviewRenderer.wrapped(requirement, indent: "  • ") }
    if !debrief.plan.questions.isEmpty {
      Console.out("Questions to drill:")
      for question in debrief.plan.questions { InterviewRenderer.wrapped(question, indent: "  - ") }
    }
    Console.out("Run: " + Console.styled(debrief.plan.command, .cyan))
    section("A note to send (edit it first)")
    for line in debrief.note.split(separator: "\n", omittingEmptySubsequences: false) {
      InterviewRenderer.wrapped(String(line), indent: "  ")
    }
    Console.out(Console.styled("Also saved to \(noteFile.relativePath)", .dim))
    section("Keeping perspective")
    for line in debrief.perspective { InterviewRenderer.wrapped(line, indent: "  ") }
  }

  static func section(_ title: String) {
    Console.out()
    Console.out(Console.styled(title, .bold))
  }
}
