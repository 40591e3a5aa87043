import Foundation
import ReboundCore
import Testing

@Suite struct PostingParserTests {
  let parser = PostingParser()

  @Test func aMarkdownPostingGivesTitleCompanyLevelsAndSections() throws {
    let posting = try parser.parse(
      contentsOf: LabelledPair.postings.appendingPathComponent("data-analyst.md"))
    #expect(posting.title == "Data Analyst")
    #expect(posting.company == "Northwind Health")
    #expect(posting.mustHaves.map(\.text) == [
      "2+ years of hands-on SQL experience",
      "Experience with Python or R for data analysis",
      "Strong stakeholder management and communication skills",
      "Experience building dashboards in Power BI or Tableau",
    ])
    #expect(posting.requirements.filter { $0.level == .nice }.count == 2)
    #expect(posting.responsibilities.contains("Present findings to non-technical stakeholders"))
    #expect(posting.values.first?.hasPrefix("Northwind Health runs 40 community clinics") == true)
    #expect(posting.requirements.first?.terms.contains("sql") == true)
  }

  @Test func messyPlainTextFromAJobBoardIsUntangled() {
    let posting = parser.parse(
      text: """
        Marketing Coordinator
        Company: Fernway Outdoor &amp; Co

        Responsibilities
        Planning social posts for our storesRunning promotional activitiesIdentifying and executing local partnerships

        Minimum qualifications:
        • 2 years in a marketing role · Confident writing copy for email and social
        1) Experience with Mailchimp or HubSpot
        2) A driving licence

        Nice-to-have
        - Photography or video editing skills
        - Knowledge of outdoor sports is a plus
        """)
    #expect(posting.title == "Marketing Coordinator")
    #expect(posting.company == "Fernway Outdoor & Co")
    #expect(posting.responsibilities == [
      "Planning social posts for our stores", "Running promotional activities",
      "Identifying and executing local partnerships",
    ])
    #expect(posting.mustHaves.map(\.text) == [
      "2 years in a marketing role", "Confident writing copy for email and social",
      "Experience with Mailchimp or HubSpot", "A driving licence",
    ])
    #expect(posting.requirements.filter { $0.level == .nice }.map(\.text) == [
      "Photography or video editing skills", "Knowledge of outdoor sports is a plus",
    ])
  }

  @Test func requirementsWrittenAsProseAreFound() {
    let posting = parser.parse(
      text: """
        We are hiring a support specialist. You have at least two years of experience in customer support \
        and you are comfortable with Zendesk. Experience in fintech is a plus. You will answer tickets by \
        email and chat.
        """)
    #expect(posting.mustHaves.count == 1)
    #expect(posting.mustHaves.first?.text.contains("two years of experience in customer support") == true)
    #expect(posting.requirements.contains { $0.level == .nice && $0.text.contains("fintech") })
  }

  @Test func unreadablePostingsAreRefusedWithTheFileNamed() {
    #expect(throws: PostingError(file: "p.md", reason: .empty)) {
      try parser.parse(Data("  \n\n ".utf8), file: "p.md")
    }
    #expect(throws: PostingError(file: "p.md", reason: .binary)) {
      try parser.parse(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), file: "p.md")
    }
    #expect(throws: PostingError(file: "p.md", reason: .notUTF8(line: 2))) {
      try parser.parse(Data("fine\nbad \u{FF}".utf8.map { $0 } + [0xFF, 0xFE]), file: "p.md")
    }
  }

  static let fixtures: [(file: String, title: String, company: String, levels: String)] = [
    ("product-analyst.txt", "Senior Product Analyst", "Contoso Retail", "mmnmnn"),
    ("customer-success.txt", "Customer Success Manager", "Globex", "mmmnn"),
    ("warehouse-supervisor.txt", "WAREHOUSE SUPERVISOR - NIGHT SHIFT", "Initech Logistics", "mmmmn"),
    ("finance-assistant.txt", "Finance Assistant", "Hale County Council", "mmnnmmmm"),
    ("web-developer.txt", "Junior Web Developer", "Brightside Digital", "mmmn"),
  ]

  @Test(arguments: fixtures.map(\.file))
  func jobBoardShapesAreReadAsAPersonReadsThem(_ file: String) throws {
    let expected = try #require(Self.fixtures.first { $0.file == file })
    let posting = try parser.parse(
      contentsOf: LabelledPair.folder.appendingPathComponent("Postings").appendingPathComponent(file))
    #expect(posting.title == expected.title)
    #expect(posting.company == expected.company)
    #expect(String(posting.requirements.map { $0.level == .must ? "m" : "n" }) == expected.levels)
    #expect(!posting.requirements.contains { $0.text.lowercased().contains("equal opportunity") })
  }

  @Test func contentLinesThatMentionExperienceAreNotHeadings() {
    let posting = parser.parse(
      text: """
        Requirements
        Strong SQL and experience with dbt
        Experience designing A/B tests
        Kubernetes experience (preferred)
        Experience with PostgreSQL (Aurora preferred)
        """)
    #expect(posting.requirements.map(\.text) == [
      "Strong SQL and experience with dbt", "Experience designing A/B tests",
      "Kubernetes experience (preferred)", "Experience with PostgreSQL (Aurora preferred)",
    ])
    #expect(posting.requirements.map(\.level) == [.must, .must, .nice, .must])
  }
}
