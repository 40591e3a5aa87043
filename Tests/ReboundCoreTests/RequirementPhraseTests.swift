import ReboundCore
import Testing

@Suite struct RequirementPhraseTests {
  @Test(arguments: [
    ("2+ years of hands-on SQL experience", "hands-on SQL"),
    ("Experience with Python or R for data analysis", "Python or R for data analysis"),
    ("Strong stakeholder management and communication skills", "stakeholder management and communication"),
    ("Experience building dashboards in Power BI or Tableau", "building dashboards in Power BI or Tableau"),
    ("Ability to prioritise care for up to eight patients", "the ability to prioritise care for up to eight patients"),
    ("PRINCE2 or APM qualification", "PRINCE2 or APM qualification"),
    ("Excellent negotiation and closing skills", "negotiation and closing"),
  ])
  func requirementsBecomePhrasesThatReadInsideAQuestion(_ requirement: String, _ phrase: String) {
    #expect(RequirementPhrase.phrase(requirement) == phrase)
  }
}
