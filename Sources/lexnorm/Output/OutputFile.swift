import Foundation

/// Writes a whole output file. A regular file (or a new path) is replaced atomically: the bytes
/// go to a temporary file beside it, which is then renamed over it, so readers never see half a
/// file and a failed run leaves the old one. Anything else (`/dev/full`, a pipe) is written in
/// place, since a rename would replace the device itself.
enum OutputFile {
  /// Why a file could not be written, in a few words (`no space left on device`).
  struct Failure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
    init(errno code: Int32) { description = String(cString: strerror(code)).lowercased() }
  }

  static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    var info = stat()
    guard stat(path, &info) == 0 else { return try replace(path, with: bytes, mode: nil) }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: throw Failure("is a directory")
    case S_IFREG:
      // Through a symbolic link, the file it points to is replaced, not the link.
      let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
      try replace(target, with: bytes, mode: info.st_mode & 0o7777)
    default: try overwrite(path, with: bytes)
    }
  }

  private static func overwrite(_ path: String, with bytes: [UInt8]) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    guard descriptor >= 0 else { throw Failure(errno: errno) }
    let failure = writeAll(bytes, to: descriptor)
    let closed = close(descriptor) == 0 ? nil : errno
    if let failure = failure ?? closed { throw Failure(errno: failure) }
  }

  /// Writes a temporary file in `path`'s folder and renames it to `path`; `mode` is the
  /// permissions to keep (a new file gets the usual ones, 0666 less the umask).
  private static func replace(_ path: String, with bytes: [UInt8], mode: mode_t?) throws(Failure) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var template = Array((folder + "/.lexnorm-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw errno == ENOENT ? Failure("no such folder: \(folder)") : Failure(errno: errno)
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var failure = writeAll(bytes, to: descriptor)
    if failure == nil, fchmod(descriptor, mode ?? (0o666 & ~currentUmask())) != 0 {
      failure = errno
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == nil { failure = errno }
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw Failure(errno: failure)
    }
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0)
    umask(mask)
    return mask
  }
}

/// Writes all of `bytes` to `descriptor`, retrying after interruptions; the `errno` of a
/// failure, or nil.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
  bytes.withUnsafeBytes { raw in
    var start = 0
    while start < raw.count {
      let written = Platform.write(
        descriptor, raw.baseAddress.map { $0 + start }, raw.count - start)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      start += written
    }
    return nil
  }
}
