#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Analyses of the spellings an analyzer met, keyed by their UTF-8 bytes, so that a token is
/// looked up without making a `String` of it (indexing meets each common word thousands of
/// times; a `Dictionary<String, _>` hashes and compares `String`s, several times slower).
/// Open addressing, linear probing, keys in one byte buffer.
struct SpellingCache<Value> {
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    private var keyStarts: [Int32] = [0]
    private var keyBytes: [UInt8] = []
    private(set) var values: [Value] = []

    var count: Int { values.count }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return hash
    }

    /// The value stored for these bytes.
    func value(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        index(for: bytes, hash: hash).map { values[$0] }
    }

    /// The number of the entry stored for these bytes (an index into `values`).
    func index(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = Int(slots[slot]) - 1
                if entry < 0 { return nil }
                if hashes[entry] == hash && equals(entry, bytes) { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[entry])
        let end = Int(keyStarts[entry + 1])
        guard end - start == bytes.count else { return false }
        guard let address = bytes.baseAddress else { return true }
        return keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, address, bytes.count) == 0 }
    }

    /// Stores a value for bytes not stored yet.
    mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        if (values.count + 1) * 2 > slots.count { grow() }
        hashes.append(hash)
        keyBytes.append(contentsOf: bytes)
        keyStarts.append(Int32(keyBytes.count))
        values.append(value)
        place(values.count - 1)
    }

    mutating func removeAll() {
        slots = Array(repeating: 0, count: 1024)
        hashes.removeAll(keepingCapacity: true)
        keyStarts = [0]
        keyBytes.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in values.indices { place(entry) }
    }
}
