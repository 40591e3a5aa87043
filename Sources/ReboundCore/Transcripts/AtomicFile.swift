import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file writes that a crash can never leave half done: a private temporary file, flushed, then renamed.
public enum AtomicFile {
  /// Replaces `url` with `data`; on any failure the old file is untouched.
  public static func write(_ data: Data, to url: URL) throws {
    let temporary = try writeTemporary(data, beside: url)
    if rename(temporary, url.path) != 0 {
      let failure = errno
      unlink(temporary)
      throw AtomicWriteError(path: url.path, code: failure)
    }
  }

  /// Writes `data` to `url` only if nothing is there yet, whole or not at all; false when the
  /// name is taken. A hard link is how: it never replaces a file, and it appears complete.
  public static func create(_ data: Data, at url: URL) throws -> Bool {
    let temporary = try writeTemporary(data, beside: url)
    defer { unlink(temporary) }
    if link(temporary, url.path) == 0 { return true }
    if errno == EEXIST { return false }
    throw AtomicWriteError(path: url.path, code: errno)
  }

  /// A flushed private copy of `data` in `url`'s folder, ready to be moved into place.
  private static func writeTemporary(_ data: Data, beside url: URL) throws -> String {
    let directory = url.deletingLastPathComponent().path
    // A name no other process can pick: our pid plus a random tag, so two sessions never share it.
    let temporary =
      "\(directory)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw AtomicWriteError(path: url.path, code: errno) }
    var failure: Int32 = 0
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0 && fsync(fd) != 0 { failure = errno }
    close(fd)
    if failure != 0 {
      unlink(temporary)
      throw AtomicWriteError(path: url.path, code: failure)
    }
    return temporary
  }
}

/// A file that could not be written, with the system's reason in plain words.
public struct AtomicWriteError: Error, Equatable, CustomStringConvertible {
  public var path: String
  public var code: Int32

  public var description: String {
    "\(path): cannot write (\(String(cString: strerror(code)).lowercased()))"
  }
}
