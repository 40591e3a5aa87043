import Foundation
import ReboundCore
import Testing

/// What a person reading each bundled sample posting would list.
struct PostingExpectation: Sendable, CustomTestStringConvertible {
  var file: String
  var title: String
  var company: String
  var mustHaves: Int
  var niceToHaves: Int
  var firstMustHave: String
  var testDescription: String { file }
}

@Suite struct SamplePostingTests {
  static let postings = packageRoot.appendingPathComponent("QuestionBanks/postings")

  static let expectations: [PostingExpectation] = [
    .init(file: "customer-support.txt", title: "Customer Support Specialist (Chat & Email)",
          company: "Brightline Logistics", mustHaves: 2, niceToHaves: 1,
          firstMustHave: "We're looking for someone with at least one year of experience in a customer support role."),
    .init(file: "data-analyst.md", title: "Data Analyst", company: "Northwind Health", mustHaves: 4,
          niceToHaves: 2, firstMustHave: "2+ years of hands-on SQL experience"),
    .init(file: "marketing.md", title: "Marketing Coordinator", company: "Harbour Books", mustHaves: 4,
          niceToHaves: 2, firstMustHave: "2 years in a marketing role"),
    .init(file: "nurse.txt", title: "Registered Nurse – Acute Medical Unit", company: "St Brigid's Hospital",
          mustHaves: 4, niceToHaves: 2, firstMustHave: "Current NMC registration as an adult nurse"),
    .init(file: "project-manager.md", title: "Project Manager – Construction", company: "Meridian Build Ltd",
          mustHaves: 4, niceToHaves: 2, firstMustHave: "PRINCE2 or APM qualification"),
    .init(file: "sales.html", title: "Account Executive – SMB Sales", company: "Fernway Software",
          mustHaves: 3, niceToHaves: 1,
          firstMustHave: "2+ years of B2B sales experience with a track record of hitting quota"),
    .init(file: "software-engineer.md", title: "Backend Software Engineer", company: "Quill Labs",
          mustHaves: 4, niceToHaves: 2, firstMustHave: "3+ years building backend services in production"),
    .init(file: "teacher.md", title: "Primary Teacher (Year 4)", company: "Hale County Schools",
          mustHaves: 4, niceToHaves: 1, firstMustHave: "Qualified Teacher Status (QTS)"),
  ]

  @Test func thereIsASamplePostingForEachOfTheEightRoles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.postings.path).sorted()
    #expect(files == Self.expectations.map(\.file))
  }

  @Test(arguments: expectations)
  func eachSamplePostingIsReadAsAPersonWouldReadIt(_ expected: PostingExpectation) throws {
    let posting = try PostingParser().parse(contentsOf: Self.postings.appendingPathComponent(expected.file))
    #expect(posting.title == expected.title)
    #expect(posting.company == expected.company)
    #expect(posting.mustHaves.count == expected.mustHaves)
    #expect(posting.requirements.filter { $0.level == .nice }.count == expected.niceToHaves)
    #expect(posting.mustHaves.first?.text == expected.firstMustHave)
    #expect(!posting.responsibilities.isEmpty)
    #expect(!posting.values.isEmpty)
    for requirement in posting.requirements { #expect(!requirement.terms.isEmpty, "\(requirement.text)") }
  }
}

/// The repository root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
