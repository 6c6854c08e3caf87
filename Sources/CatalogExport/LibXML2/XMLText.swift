import Foundation

/// Byte-level checks on text before it goes to libxml2.
enum XMLText {
    /// Whether `xmlEncodeSpecialChars` would change the `count` UTF-8 bytes at `chars`
    /// (NUL-terminated): `<`, `>`, `&`, `"` or carriage return, or a NUL before the end (which
    /// would end the C string). `strcspn` stops at the first of them or at the terminator.
    static func needsEscaping(_ chars: UnsafePointer<UInt8>, count: Int) -> Bool {
        chars.withMemoryRebound(to: CChar.self, capacity: count + 1) { strcspn($0, "<>&\"\r") != count }
    }

    /// Whether `text` contains `]]>`, which cannot appear inside a CDATA section.
    static func containsCDATAEnd(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: ">") && previous == (UInt8(ascii: "]"), UInt8(ascii: "]")) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
