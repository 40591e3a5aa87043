import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Checks bank files and reports every problem as FILE:LINE: message.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check question bank files; report every problem with its file and line.",
      discussion: "Exits 65 when any problem is found.")

    @OptionGroup var locations: Locations

    @Argument(help: "Bank files to check (default: the --banks folder, your own banks, or ./QuestionBanks).")
    var files: [String] = []

    func run() throws {
      try reportingFailures {
        let urls = files.isEmpty ? try defaultFiles() : files.map { URL(fileURLWithPath: $0) }
        let catalog = urls.isEmpty ? BankCatalog.bundled : try BankCatalog.load(files: urls)
        let questions = catalog.banks.reduce(0) { $0 + $1.questions.count }
        Console.out("\(catalog.banks.count) banks, \(questions) questions: no problems found.")
      }
    }

    /// The banks a person is editing: the folder given, their own, or a checkout's.
    private func defaultFiles() throws -> [URL] {
      if let folder = locations.banksFolder { return try BankCatalog.bankFiles(in: folder) }
      let own = (try? BankCatalog.bankFiles(in: Locations.userBanksFolder)) ?? []
      if !own.isEmpty { return own }
      return (try? BankCatalog.bankFiles(in: URL(fileURLWithPath: "QuestionBanks"))) ?? []
    }
  }
}
