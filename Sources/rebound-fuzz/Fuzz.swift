import Foundation
import ReboundCore

/// `rebound-fuzz TARGET [ARGS…]`: one libFuzzer target per reader of outside text.
///
/// Built by `Scripts/fuzz.sh` with `-sanitize=fuzzer,address -DFUZZING`, ARGS are libFuzzer's
/// (corpus folders, `-max_total_time=60`, a crash file to replay). In an ordinary build there
/// is no fuzzer, and ARGS are files to replay through the same checks.
@main struct Fuzz {
  static func main() {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2, let check = ParserCheck(rawValue: arguments[1]) else {
      let names = ParserCheck.allCases.map(\.rawValue).joined(separator: "|")
      FileHandle.standardError.write(Data("usage: rebound-fuzz \(names) [FILE…]\n".utf8))
      exit(64)
    }
    #if FUZZING
      target = check
      var argc = CommandLine.argc - 1
      var argv = [CommandLine.unsafeArgv[0]] + (2..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0] } + [nil]
      let status = argv.withUnsafeMutableBufferPointer { buffer in
        var start = buffer.baseAddress!
        return LLVMFuzzerRunDriver(&argc, &start, fuzzOne)
      }
      exit(status)
    #else
      exit(replay(check, files: Array(arguments.dropFirst(2))))
    #endif
  }

  /// Runs each file through the check: 0 when all pass, 1 at the first that does not.
  static func replay(_ check: ParserCheck, files: [String]) -> Int32 {
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else {
        FileHandle.standardError.write(Data("\(file): cannot read the file\n".utf8))
        return 66
      }
      do {
        try check.run(data)
      } catch {
        print("\(file): \(error)")
        return 1
      }
    }
    print("\(files.count) input\(files.count == 1 ? "" : "s") passed the \(check.rawValue) check")
    return 0
  }
}

#if FUZZING
  /// The target chosen on the command line; libFuzzer's callback cannot capture it.
  nonisolated(unsafe) var target = ParserCheck.posting

  /// One input from libFuzzer.
  let fuzzOne: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { bytes, count in
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    do {
      try target.run(data)
    } catch {
      // Said plainly, then stopped as a crash is, so libFuzzer keeps the input.
      FileHandle.standardError.write(Data("rebound-fuzz: broken promise: \(error)\n".utf8))
      abort()
    }
    return 0
  }

  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif
