import Foundation

/// Every bank in a folder, loaded together so questions can be drawn across them.
public struct BankCatalog: Sendable {
  public var banks: [QuestionBank]

  public init(banks: [QuestionBank]) { self.banks = banks }

  /// The banks that ship with Rebound, compiled into the binary so they travel with it wherever
  /// it is copied or linked; decoded once, on first use.
  public static let bundled: BankCatalog = {
    let banks = (try? JSONDecoder().decode([QuestionBank].self, from: Data(BundledBanks.json.utf8))) ?? []
    return BankCatalog(banks: banks)
  }()

  /// These banks with `others` added; a bank with the same id as one here replaces it.
  public func adding(_ others: BankCatalog) -> BankCatalog {
    var banks = self.banks.filter { bank in !others.banks.contains { $0.id == bank.id } }
    banks += others.banks
    return BankCatalog(banks: banks)
  }

  /// The catalog as JSON, for compiling into the binary (`Scripts/embed-banks.sh`).
  public func bundleJSON() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(banks), as: UTF8.self)
  }

  /// The YAML files directly inside `directory`, sorted by name.
  public static func bankFiles(in directory: URL) throws -> [URL] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw CatalogError.unreadableFolder(directory.relativePath)
    }
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
      .map { directory.appendingPathComponent($0) }
  }

  /// Loads every bank in `directory`; throws every problem found if any file is bad.
  public static func load(from directory: URL) throws -> BankCatalog {
    let files = try bankFiles(in: directory)
    if files.isEmpty { throw CatalogError.noBanks(directory.relativePath) }
    return try load(files: files)
  }

  /// Loads the given bank files; throws every problem found if any file is bad.
  public static func load(files: [URL]) throws -> BankCatalog {
    var banks: [QuestionBank] = []
    var problems: [BankProblem] = []
    let loader = BankLoader()
    for file in files {
      switch loader.load(contentsOf: file) {
      case .success(let bank):
        if let other = banks.first(where: { $0.id == bank.id }) {
          problems.append(
            BankProblem(
              file: bank.path, line: 1,
              message: "bank id '\(bank.id)' is already used by \(other.path)"))
        } else {
          banks.append(bank)
        }
      case .failure(let failure): problems += failure.problems
      }
    }
    if !problems.isEmpty { throw BankProblems(problems) }
    return BankCatalog(banks: banks)
  }

  /// The bank with this id, or loaded from this file path.
  public func bank(named reference: String) throws -> QuestionBank {
    if let bank = banks.first(where: { $0.id == reference }) { return bank }
    if reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") {
      switch BankLoader().load(contentsOf: URL(fileURLWithPath: reference)) {
      case .success(let bank): return bank
      case .failure(let problems): throw problems
      }
    }
    throw CatalogError.unknownBank(reference, known: banks.map(\.id))
  }

  /// The bank preparing for a role, matched loosely ("data" finds "data analysis").
  public func bank(forRole role: String) throws -> QuestionBank {
    let wanted = role.lowercased()
    let roleBanks = banks.filter { $0.role != nil }
    if let exact = roleBanks.first(where: { $0.role?.lowercased() == wanted || $0.id == wanted }) {
      return exact
    }
    if let partial = roleBanks.first(where: {
      ($0.role?.lowercased().contains(wanted) ?? false) || $0.id.contains(wanted)
    }) {
      return partial
    }
    throw CatalogError.unknownRole(role, known: roleBanks.compactMap(\.role))
  }

  /// All questions across banks, for looking one up by id.
  public var allQuestions: [Question] { banks.flatMap(\.questions) }
}

/// A problem with the folder of banks or with a bank reference, rather than inside a file.
public enum CatalogError: Error, Equatable, CustomStringConvertible {
  case unreadableFolder(String)
  case noBanks(String)
  case unknownBank(String, known: [String])
  case unknownRole(String, known: [String])

  public var description: String {
    switch self {
    case .unreadableFolder(let path): "\(path): cannot read the folder of question banks"
    case .noBanks(let path): "\(path): no question banks (.yaml files) in this folder"
    case .unknownBank(let name, let known):
      "no bank named '\(name)' (known: \(known.joined(separator: ", ")))"
    case .unknownRole(let role, let known):
      known.isEmpty
        ? "no role bank for '\(role)': no role banks are installed"
        : "no role bank for '\(role)' (known: \(known.joined(separator: ", ")))"
    }
  }
}
