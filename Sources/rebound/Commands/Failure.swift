import ArgumentParser
import ReboundCore

/// The documented exit codes (sysexits): 64 usage, 65 bad data, 74 I/O.
enum ExitStatus {
  static let usage = ExitCode(64)
  static let data = ExitCode(65)
  static let io = ExitCode(74)
}

/// Runs a command body, turning the core's errors into one clear line on stderr and the right exit code.
func reportingFailures<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as ExitCode {
    throw error
  } catch let error as BankProblems {
    for problem in error.problems { Console.error(problem.description) }
    throw ExitStatus.data
  } catch let error as CatalogError {
    Console.error(error.description)
    switch error {
    case .unknownBank, .unknownRole: throw ExitStatus.usage
    case .noBanks: throw ExitStatus.data
    case .unreadableFolder: throw ExitStatus.io
    }
  } catch let error as TranscriptError {
    Console.error(error.description)
    switch error {
    case .invalid: throw ExitStatus.data
    case .unreadable, .unwritable, .notAFile: throw ExitStatus.io
    case .noTranscripts, .notFound, .unsafeReference: throw ExitStatus.usage
    }
  } catch let error as AtomicWriteError {
    Console.error(error.description)
    throw ExitStatus.io
  } catch let error as PostingError {
    Console.error(error.description)
    throw error.reason == .unreadable ? ExitStatus.io : ExitStatus.data
  } catch let error as StoryError {
    Console.error(error.description)
    switch error {
    case .notFound, .ambiguous: throw ExitStatus.usage
    case .invalid: throw ExitStatus.data
    case .unwritable: throw ExitStatus.io
    }
  } catch let error as StoryProblem {
    Console.error(error.description)
    throw ExitStatus.data
  } catch let error as UserFacingError {
    Console.error(error.message)
    throw error.exitCode
  }
}

/// An error from the executable itself, already worded for a person.
struct UserFacingError: Error {
  var message: String
  var exitCode: ExitCode
}
