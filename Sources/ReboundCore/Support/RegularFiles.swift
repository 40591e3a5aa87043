import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files of a folder that can be read as files, and a reader that never waits.
///
/// A FIFO named `x.json` blocks `open` until something writes to it, a device may never end, and
/// a folder or a link that loops cannot be read at all: every reader of a user's folder lists
/// entries here, reads them with `contents`, and says which it skipped.
public enum RegularFiles {
  /// An entry left out of a folder listing, and why, in words a user understands.
  public struct Skipped: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason); skipped" }
  }

  /// The names of the regular files in `directory` that `keep` accepts (symbolic links that
  /// lead to one included), and the accepted names that are something else.
  public static func list(_ directory: String, keep: (String) -> Bool) throws -> (names: [String], skipped: [Skipped]) {
    guard let stream = opendir(directory) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory])
    }
    defer { closedir(stream) }
    let folder = directory.hasSuffix("/") ? directory : directory + "/"
    var names: [String] = []
    var skipped: [Skipped] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name != ".", name != "..", keep(name) else { continue }
      let type = entry.pointee.d_type
      if type == UInt8(DT_REG) {
        names.append(name)
      } else if let reason = whyNotRegular(folder + name, type: type) {
        skipped.append(Skipped(path: folder + name, reason: reason))
      } else {
        names.append(name)
      }
    }
    return (names, skipped.sorted { $0.path < $1.path })
  }

  /// Nil when `path` leads to a regular file; otherwise what it is instead.
  static func whyNotRegular(_ path: String, type: UInt8) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      return errno == ELOOP ? "a symbolic link that loops" : "a symbolic link to nothing"
    }
    return kind(info.st_mode)
  }

  /// Nil for a regular file's mode; otherwise its kind.
  static func kind(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "a folder, not a file"
    case S_IFIFO: "a named pipe (FIFO), not a file"
    case S_IFSOCK: "a socket, not a file"
    case S_IFCHR, S_IFBLK: "a device, not a file"
    default: "not a regular file"
    }
  }

  /// Why a file could not be read.
  public enum ReadError: Error, Equatable {
    /// It is not a regular file (`reason` says what it is).
    case notAFile(reason: String)
    /// The system refused it (`code` is errno).
    case unreadable(code: Int32)
  }

  /// The whole of a regular file, opened so that a FIFO or device in its place cannot block.
  public static func contents(_ path: String) throws(ReadError) -> Data {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENXIO || code == ENODEV { throw .notAFile(reason: "a device, not a file") }
      throw .unreadable(code: code)
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .unreadable(code: errno) }
    if let reason = kind(info.st_mode) { throw .notAFile(reason: reason) }
    var data = Data(capacity: Int(max(0, info.st_size)) + 1)
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65_536) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(code: errno)
      }
      if count == 0 { return data }
      data.append(contentsOf: chunk[0..<count])
    }
  }
}
