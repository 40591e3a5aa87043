import Foundation
import ReboundCore
import Testing

/// Postings laid out the ways real job boards store them, written here in the project's own words.
@Suite struct RealPostingLayoutTests {
  let parser = PostingParser()

  func requirements(_ text: String) -> [String] { parser.parse(text: text).requirements.map(\.text) }

  @Test func htmlStoredEscapedIsReadAsHTML() {
    let posting = parser.parse(
      text: """
        Ward Nurse
        &lt;p&gt;We are a busy surgical ward.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Essential&lt;/strong&gt;&lt;/p&gt;\
        &lt;ul&gt;&lt;li&gt;Current NMC registration&lt;/li&gt;&lt;li&gt;Experience of wound care&lt;/li&gt;&lt;/ul&gt;\
        &lt;p&gt;&lt;strong&gt;Desirable&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Mentorship qualification&lt;/li&gt;&lt;/ul&gt;
        """)
    #expect(posting.mustHaves.map(\.text) == ["Current NMC registration", "Experience of wound care"])
    #expect(posting.requirements.filter { $0.level == .nice }.map(\.text) == ["Mentorship qualification"])
    #expect(!posting.requirements.contains { $0.text.contains("<") || $0.text.contains("&lt;") })
  }

  @Test func itemsWhoseLineBreaksWereLostArePulledApart() {
    let found = requirements(
      "Courier Dispatcher\nWhat you need:Calm on the phone under pressure.Two years in a dispatch officeConfident with spreadsheetsA full driving licence is a must")
    #expect(found.contains("Calm on the phone under pressure."))
    #expect(found.contains("Two years in a dispatch office"))
    #expect(found.contains("Confident with spreadsheets"))
    #expect(found.contains("A full driving licence is a must"))
  }

  @Test func jobBoardFieldsAreNotRequirementsExceptTheEducationOne() {
    let posting = parser.parse(
      text: """
        Junior Accountant
        Employment type: Full-time
        Required experience: Entry level
        Required education: Bachelor's Degree
        Industry: Accounting
        Function: Finance

        Requirements:
        Knowledge of Xero or Sage
        """)
    #expect(posting.requirements.map(\.text) == ["Bachelor's Degree", "Knowledge of Xero or Sage"])
    #expect(posting.requirements.first?.kind == .education)
  }

  @Test func textWrappedAtAFixedWidthIsJoinedAgain() {
    let wrapped = [
      "Warehouse Supervisor", "",
      "We are a regional distributor of building supplies with five depots and a fleet",
      "of forty vehicles, and we are growing our team in the north west this spring.",
      "You will lead a team of twelve operatives across two shifts and report to the",
      "depot manager, keeping stock accurate and orders moving out on time every day.", "",
      "Requirements:",
      "- At least three years supervising a warehouse team in a busy distribution",
      "  environment with several shifts",
      "- A counterbalance forklift licence",
    ].joined(separator: "\r\n")
    let found = requirements(wrapped)
    #expect(found.first == "At least three years supervising a warehouse team in a busy distribution environment with several shifts")
    #expect(found.contains("A counterbalance forklift licence"))
  }

  @Test func levelsWrittenIntoItemsWinOverTheirSection() {
    let posting = parser.parse(
      text: """
        Bookseller
        Basic Qualifications
        - Retail experience (Required)
        - A love of children's books
        Preferred Qualifications
        - Experience running author events
        - Weekend availability is a must
        """)
    let levels = Dictionary(uniqueKeysWithValues: posting.requirements.map { ($0.text, $0.level) })
    #expect(levels["Retail experience (Required)"] == .must)
    #expect(levels["A love of children's books"] == .must)
    #expect(levels["Experience running author events"] == .nice)
    #expect(levels["Weekend availability is a must"] == .must)
  }

  @Test func aProseAdSaysWhoItWantsInOneSentence() {
    let found = requirements(
      "Backend Engineer\nWe're a small team building booking software for dentists. We're looking for engineers who write careful SQL, have shipped a payments integration, and enjoy talking to customers. Apply by email.")
    #expect(found == ["write careful SQL", "have shipped a payments integration", "enjoy talking to customers"])
  }

  @Test func benefitsAndApplyingAreNeverRequirements() {
    let found = requirements(
      """
      Receptionist
      What we need:
      - Friendly and organised
      - Competitive salary and a generous pension
      - Send your CV to jobs@example.com
      - Free parking on site
      """)
    #expect(found == ["Friendly and organised"])
  }
}
