import LexNorm

/// The fuzz targets: each takes arbitrary bytes and stops the program (which libFuzzer records
/// as a crash, with the input) when LexNorm crashes or breaks a property it promises.
enum FuzzTarget: String, CaseIterable {
  /// Annotation of the input as text; every mention's offsets must cut out its text.
  case annotate
  /// Look-up of the input as a query.
  case lookup
  /// Transliteration to every target, folding and transcription.
  case translit
  /// The input as a YAML lexicon: validation, and for a valid one a compile round trip that
  /// must annotate as the lexicon itself does.
  case yaml
  /// The input as a compiled lexicon file, as it is.
  case lnx
  /// The input as a compiled lexicon's payload, with a header whose length and checksum fit,
  /// so that the checks after the checksum are reached.
  case lnxRepaired = "lnx-repaired"

  nonisolated(unsafe) static var selected = FuzzTarget.annotate

  /// Builds what the runs share before fuzzing starts, so it is not timed as a slow input.
  func prepare() {
    switch self {
    case .annotate, .lookup: _ = Shared.bundled
    case .lnx, .lnxRepaired: _ = Shared.header
    case .translit, .yaml: break
    }
  }

  func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    switch self {
    case .annotate: Checks.annotate(String(decoding: bytes, as: UTF8.self), with: Shared.bundled)
    case .lookup: _ = Shared.bundled.lookup(String(decoding: bytes, as: UTF8.self))
    case .translit: Checks.translit(String(decoding: bytes, as: UTF8.self))
    case .yaml: Checks.yaml(String(decoding: bytes, as: UTF8.self))
    case .lnx: Checks.load(Array(bytes))
    case .lnxRepaired: Checks.load(Shared.header(forPayload: bytes) + Array(bytes))
    }
  }
}

/// What the runs share, built once.
enum Shared {
  static let bundled: Annotator = {
    do {
      return Annotator(lexicon: try Lexicon.bundled())
    } catch {
      fatalError("the bundled lexicon does not load: \(error)")
    }
  }()

  /// Signature and versions of a compiled lexicon, as this LexNorm writes them.
  static let header = Array(Annotator(lexicon: Lexicon(entities: [])).compiled().prefix(16))

  /// A compiled-lexicon header for `payload`: length and checksum as the writer computes them.
  static func header(forPayload payload: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var bytes = header
    withUnsafeBytes(of: UInt64(payload.count).littleEndian) { bytes += $0 }
    withUnsafeBytes(of: checksum(UnsafeRawBufferPointer(payload)).littleEndian) { bytes += $0 }
    return bytes
  }

  /// The compiled format's checksum (`Checksum.of` in BinaryCoding.swift, internal to LexNorm:
  /// a release build cannot reach it): four lanes of 8-byte words, folded, then the tail.
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    func mix(_ hash: inout UInt64, _ value: UInt64) {
      hash = (hash ^ value) &* 0x100_0000_01b3
      hash ^= hash >> 31
    }
    var lanes: [UInt64] = [
      0xcbf2_9ce4_8422_2325, 0x9E37_79B9_7F4A_7C15, 0xC4CE_B9FE_1A85_EC53, 0xBF58_476D_1CE4_E5B9,
    ]
    let blocks = bytes.count / 32
    for block in 0..<blocks {
      for lane in 0..<4 {
        mix(
          &lanes[lane], bytes.loadUnaligned(fromByteOffset: block * 32 + lane * 8, as: UInt64.self))
      }
    }
    var hash = lanes[0]
    for lane in 1..<4 { mix(&hash, lanes[lane]) }
    for index in (blocks * 32)..<bytes.count { mix(&hash, UInt64(bytes[index])) }
    return hash
  }
}
