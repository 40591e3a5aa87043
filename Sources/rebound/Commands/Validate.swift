import ArgumentParser
import Foundation
import ReboundCore

extension Rebound {
  /// Checks bank files and reports every problem as FILE:LINE: message.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check question bank files; report every problem with its file and line.",
      discussion: "Exits 65 when any problem is found.")

    @OptionGroup var locations: Locations

    @Argument(help: "Bank files to check (default: every bundled bank).")
    var files: [String] = []

    func run() throws {
      try reportingFailures {
        let urls =
          files.isEmpty
          ? try BankCatalog.bankFiles(in: locations.banksFolder)
          : files.map { URL(fileURLWithPath: $0) }
        let catalog = try BankCatalog.load(files: urls)
        let questions = catalog.banks.reduce(0) { $0 + $1.questions.count }
        Console.out("\(catalog.banks.count) banks, \(questions) questions: no problems found.")
      }
    }
  }
}
