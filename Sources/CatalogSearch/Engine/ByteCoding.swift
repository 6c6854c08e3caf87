/// Minimal little-endian binary writer and reader for the index's snapshot blobs.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int64(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func uint8(_ value: UInt8) { bytes.append(value) }

    mutating func string(_ value: String) {
        int32(Int32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }
}

struct ByteReader {
    enum Failure: Error { case truncated }

    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset >= bytes.count }

    mutating func int64() throws -> Int64 {
        guard offset + 8 <= bytes.count else { throw Failure.truncated }
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) { target in
            for k in 0..<8 { target[k] = bytes[offset + k] }
        }
        offset += 8
        return Int64(littleEndian: value)
    }

    mutating func int32() throws -> Int32 {
        guard offset + 4 <= bytes.count else { throw Failure.truncated }
        var value: Int32 = 0
        withUnsafeMutableBytes(of: &value) { target in
            for k in 0..<4 { target[k] = bytes[offset + k] }
        }
        offset += 4
        return Int32(littleEndian: value)
    }

    mutating func uint8() throws -> UInt8 {
        guard offset < bytes.count else { throw Failure.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func string() throws -> String {
        let count = Int(try int32())
        guard count >= 0, offset + count <= bytes.count else { throw Failure.truncated }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}
