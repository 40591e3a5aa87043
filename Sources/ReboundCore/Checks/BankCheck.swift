import Foundation

/// The bank loader reads any bytes as a bank or lists its problems, each on a line of the file;
/// a bank it reads has questions and survives being compiled into the app.
enum BankCheck {
  static func run(_ data: Data) throws(InvariantViolation) {
    let check = ParserCheck.bank
    let file = "fuzz.yaml"
    switch BankLoader().load(data, file: file) {
    case .success(let bank):
      try check.require(!bank.id.isEmpty, "a bank with no id")
      try check.require(!bank.questions.isEmpty, "a bank with no questions")
      try check.require(
        Set(bank.questions.map(\.id)).count == bank.questions.count, "two questions with one id")
      // The compiled-in banks are this JSON: a bank must read back from it unchanged.
      guard let json = try? BankCatalog(banks: [bank]).bundleJSON(),
        let again = try? JSONDecoder().decode([QuestionBank].self, from: Data(json.utf8))
      else { throw InvariantViolation(check, "the bank cannot be compiled in") }
      try check.require(again == [bank], "the compiled-in bank differs from the file's")
    case .failure(let problems):
      try check.require(!problems.problems.isEmpty, "refused with no problem named")
      let lines = String(decoding: data, as: UTF8.self).lineCount
      for problem in problems.problems {
        try check.require(problem.file == file, "a problem in another file: \(problem)")
        try check.require(
          (1...lines).contains(problem.line), "a problem on line \(problem.line) of \(lines): \(problem)")
        try check.require(!problem.message.isEmpty, "a problem with no message")
      }
    }
  }
}
