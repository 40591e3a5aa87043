import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Lists the installed question banks, or the questions of one.
  struct Banks: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "banks",
      abstract: "List the question banks, or the questions in one.")

    @OptionGroup var locations: Locations

    @Argument(help: "A bank id or YAML file whose questions to list.")
    var bank: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: .hidden)
    var bundle = false

    func run() throws {
      try reportingFailures {
        let catalog = try locations.catalog()
        // Scripts/embed-banks.sh: the banks as the JSON compiled into the binary.
        if bundle { return print(try catalog.bundleJSON()) }
        if let bank {
          let found = try catalog.bank(named: bank)
          if json { try JSONOutput.print(BankListing(found, withQuestions: true)) } else { list(found) }
        } else if json {
          try JSONOutput.print(catalog.banks.map { BankListing($0, withQuestions: false) })
        } else {
          table(catalog)
        }
      }
    }

    private func table(_ catalog: BankCatalog) {
      let total = catalog.banks.reduce(0) { $0 + $1.questions.count }
      Console.out(Console.styled("\(catalog.banks.count) banks, \(total) questions", .bold))
      for bank in catalog.banks {
        let role = bank.role.map { " [role: \($0)]" } ?? ""
        Console.out(
          bank.id.padding(toLength: 22, withPad: " ", startingAt: 0)
            + String(format: "%4d  ", bank.questions.count) + TextSanitizer.oneLine(bank.title) + role)
        InterviewRenderer.wrapped(
          "kinds: " + bank.kinds.map(\.rawValue).joined(separator: ", "), indent: String(repeating: " ", count: 28))
      }
    }

    private func list(_ bank: QuestionBank) {
      Console.out(Console.styled("\(TextSanitizer.oneLine(bank.title)) (\(bank.id))", .bold))
      if !bank.description.isEmpty { InterviewRenderer.wrapped(bank.description) }
      for question in bank.questions {
        Console.out()
        Console.out(Console.styled("\(question.id)  [\(question.kind.rawValue)]", .dim))
        InterviewRenderer.wrapped(question.text, indent: "  ")
      }
    }
  }
}

/// The `banks --json` shape: stable keys for scripts.
struct BankListing: Encodable {
  var id: String
  var title: String
  var description: String
  var role: String?
  var questionCount: Int
  var kinds: [String]
  var file: String
  var questions: [Question]?

  init(_ bank: QuestionBank, withQuestions: Bool) {
    id = bank.id
    title = bank.title
    description = bank.description
    role = bank.role
    questionCount = bank.questions.count
    kinds = bank.kinds.map(\.rawValue)
    file = bank.path
    questions = withQuestions ? bank.questions : nil
  }

  enum CodingKeys: String, CodingKey {
    case id, title, description, role, questionCount, kinds, file, questions
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(description, forKey: .description)
    try c.encode(role, forKey: .role)  // null for a general bank, never absent
    try c.encode(questionCount, forKey: .questionCount)
    try c.encode(kinds, forKey: .kinds)
    try c.encode(file, forKey: .file)
    try c.encodeIfPresent(questions, forKey: .questions)
  }
}
