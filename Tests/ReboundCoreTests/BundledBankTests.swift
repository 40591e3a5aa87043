import Foundation
import ReboundCore
import Testing

@Suite struct BundledBankTests {
  @Test func theCompiledInBanksAreExactlyTheBankFiles() throws {
    let files = try BankCatalog.load(from: packageRoot.appendingPathComponent("QuestionBanks"))
    let bundled = BankCatalog.bundled
    #expect(bundled.banks.map(\.id) == files.banks.map(\.id))
    for (compiled, var file) in zip(bundled.banks, files.banks) {
      file.path = compiled.path
      #expect(
        compiled == file,
        "\(file.id): the compiled-in bank differs from \(file.path); run Scripts/embed-banks.sh and commit the result")
    }
  }

  @Test func aUsersBankWithABundledIdReplacesIt() {
    let mine = QuestionBank(
      id: "behavioral", title: "Mine", description: "", role: nil,
      questions: [Question(id: "q", text: "Tell me about a time.", kind: .behavioral)], path: "mine.yaml")
    let merged = BankCatalog.bundled.adding(BankCatalog(banks: [mine]))
    #expect(merged.banks.filter { $0.id == "behavioral" } == [mine])
    #expect(merged.banks.count == BankCatalog.bundled.banks.count)
  }
}
