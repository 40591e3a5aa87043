import ReboundCore
import Testing

@Suite struct RequirementPhraseTests {
  @Test(arguments: [
    ("2+ years of hands-on SQL experience", "hands-on SQL"),
    ("Experience with Python or R for data analysis", "Python or R for data analysis"),
    ("Strong stakeholder management and communication skills", "stakeholder management and communication"),
    ("Experience building dashboards in Power BI or Tableau", "building dashboards in Power BI"),
    ("Ability to prioritise care for up to eight patients", "prioritising care"),
    ("PRINCE2 or APM qualification", "PRINCE2 or APM qualification"),
    ("Excellent negotiation and closing skills", "negotiation and closing"),
    // Requirements as real postings write them: subjects, levels, run-on clauses, labels.
    ("Current NMC registration as an adult nurse", "NMC registration"),
    ("Must be highly organized and have an infectiously positive attitude", "being highly organized"),
    ("Applicants must be numerate and literate", "being numerate and literate"),
    ("The successful candidate will have the ability to work to strict deadlines", "working to strict deadlines"),
    ("Minimum of 3 years' experience in the field of marketing with an impeccable record", "marketing"),
    ("Experience: 2+ years of project-based experience in the material handling industry", "the material handling industry"),
    ("Familiarity with Amazon's EMR would also be an asset", "Amazon's EMR"),
    ("Nursing: 5 year (Required)", "nursing"),
  ])
  func requirementsBecomePhrasesThatReadInsideAQuestion(_ requirement: String, _ phrase: String) {
    #expect(RequirementPhrase.phrase(requirement) == phrase)
  }

  @Test(arguments: [
    ("Current NMC registration as an adult nurse", RequirementKind.certification),
    ("2+ years of hands-on SQL experience", .experience),
    ("Bachelor's degree in marketing or related field", .education),
    ("Must have reliable transportation, valid drivers license", .logistics),
    ("Able to work weekends and evenings if necessary", .logistics),
    ("A strong sense of urgency and a positive attitude", .trait),
    ("Experience building dashboards in Power BI or Tableau", .skill),
    ("Proficient in Microsoft Excel", .skill),
  ])
  func eachRequirementIsReadForWhatItAsksFor(_ requirement: String, _ kind: RequirementKind) {
    #expect(RequirementKind.of(requirement) == kind)
  }

  @Test func everyPhraseIsShortAndNeverASentence() throws {
    for name in ["data-analyst.md", "nurse.txt", "sales.html", "teacher.md", "marketing.md"] {
      let posting = try PostingParser().parse(contentsOf: LabelledPair.postings.appendingPathComponent(name))
      for requirement in posting.requirements {
        let words = requirement.skill.split(separator: " ")
        #expect(words.count <= 6, "\(requirement.skill)")
        #expect(!requirement.skill.contains("."), "\(requirement.skill)")
        #expect(![" must ", " will ", " you "].contains(where: (" " + requirement.skill.lowercased() + " ").contains))
      }
    }
  }
}
