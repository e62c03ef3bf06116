import Foundation

/// One HTTP/1.1 exchange over a plain loopback socket: the tests need to send what no client
/// library would (invalid UTF-8, half a request, a stalled body).
struct Reply: Sendable {
  let status: Int
  let headers: [String: String]
  let body: [UInt8]

  var text: String { String(decoding: body, as: UTF8.self) }
}

enum ClientError: Error, CustomStringConvertible {
  case socket(String)
  case malformedReply(String)

  var description: String {
    switch self {
    case .socket(let detail): "socket: \(detail)"
    case .malformedReply(let reply): "malformed reply: \(reply)"
    }
  }
}

/// A connection to the server under test.
final class Connection {
  let descriptor: Int32

  /// Connects to 127.0.0.1:`port`; reads time out after `timeout` seconds.
  init(port: Int, timeout: Int = 20) throws {
    descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw ClientError.socket("socket: errno \(errno)") }
    var limit = timeval(tv_sec: timeout, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(descriptor)
      throw ClientError.socket("connect to port \(port): errno \(errno)")
    }
  }

  deinit { close(descriptor) }

  func send(_ bytes: [UInt8]) throws {
    var sent = 0
    while sent < bytes.count {
      let count = bytes[sent...].withUnsafeBytes {
        Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard count > 0 else { throw ClientError.socket("send: errno \(errno)") }
      sent += count
    }
  }

  /// Everything until the server closes the connection (or the read times out: an error).
  func readToEnd() throws -> [UInt8] {
    var received: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
      if count == 0 { return received }
      if count < 0 {
        if errno == ECONNRESET { return received }
        throw ClientError.socket("recv: errno \(errno) after \(received.count) bytes")
      }
      received += chunk[..<count]
    }
  }

  /// The reply to a request sent with `Connection: close`.
  func readReply() throws -> Reply {
    let bytes = try readToEnd()
    let separator = Array("\r\n\r\n".utf8)
    guard let headEnd = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
      throw ClientError.malformedReply(String(decoding: bytes, as: UTF8.self))
    }
    let lines = String(decoding: bytes[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
    let statusLine = lines[0].split(separator: " ")
    guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
      throw ClientError.malformedReply(lines[0])
    }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    return Reply(status: status, headers: headers, body: Array(bytes[(headEnd + 4)...]))
  }
}

/// The bytes of a request with `Connection: close` and a `Content-Length` when it has a body.
func requestBytes(_ method: String, _ target: String, body: [UInt8]? = nil) -> [UInt8] {
  var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
  if let body {
    head += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n"
  }
  return Array((head + "\r\n").utf8) + (body ?? [])
}
