extension TextInput {
  /// The offset of the first byte of `bytes` that is not part of valid UTF-8, or `nil` when all
  /// of them are valid: what a service reports for a request it refuses.
  public static func firstInvalidUTF8Byte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    LexiconFileDecoder.firstInvalidUTF8Byte(in: bytes)
  }
}
