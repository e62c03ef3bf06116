import Testing

@testable import LexNorm

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
  @Test(
    arguments: [
      ([UInt8](), nil),
      (Array("Лыонг Кыонг".utf8), nil),
      (Array("ab".utf8) + [0xFF], 2),
      (Array("Тô".utf8) + [0xD0], 4),  // a lead byte cut off at the end
      ([0x41, 0xC3, 0x28], 1),  // a lead byte followed by ASCII
      ([0xED, 0xA0, 0x80], 0),  // an encoded surrogate
    ] as [([UInt8], Int?)])
  func findsTheFirstInvalidByte(bytes: [UInt8], expected: Int?) {
    #expect(bytes.withUnsafeBufferPointer(TextInput.firstInvalidUTF8Byte) == expected)
  }
}
