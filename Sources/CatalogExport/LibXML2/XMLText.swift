/// Byte-level checks on text before it goes to libxml2.
enum XMLText {
    /// Whether `xmlEncodeSpecialChars` would change these UTF-8 bytes (`<`, `>`, `&`, `"`,
    /// carriage return), or they hold a NUL (which ends a C string).
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte <= 0x3E {
            switch byte {
            case 0x3C, 0x3E, 0x26, 0x22, 0x0D, 0x00: return true
            default: continue
            }
        }
        return false
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
