import Foundation

/// MinHash signatures with LSH banding: finds the pairs of sets likely to have a Jaccard
/// similarity above a threshold without comparing every pair.
///
/// Each set gets `bands × rows` minimum hashes; two sets become candidates when all `rows`
/// values of at least one band agree. The probability of that is `1 − (1 − J^rows)^bands` for
/// sets of Jaccard similarity J: with 20 bands of 4 rows, 0.99 at J = 0.7, 0.94 at J = 0.6,
/// 0.12 at J = 0.3. Candidates are then checked with the exact Jaccard similarity.
public struct MinHash: Sendable {
    public let bands: Int
    public let rows: Int
    private let seeds: [UInt64]

    public init(bands: Int = 20, rows: Int = 4) {
        self.bands = bands
        self.rows = rows
        var state: UInt64 = 0x5EED_CA7A_1060_0001
        seeds = (0..<(bands * rows)).map { _ in
            state = state &+ 0x9E37_79B9_7F4A_7C15
            return Self.mix(state)
        }
    }

    /// splitmix64's finalizer: a fast, well-mixed 64-bit permutation.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The `bands` band keys of a set (empty for an empty set).
    public func bandKeys(_ shingles: [UInt64]) -> [UInt64] {
        guard !shingles.isEmpty else { return [] }
        var minimums = [UInt64](repeating: .max, count: seeds.count)
        seeds.withUnsafeBufferPointer { seeds in
            minimums.withUnsafeMutableBufferPointer { minimums in
                for shingle in shingles {
                    for index in 0..<seeds.count {
                        let value = Self.mix(shingle ^ seeds[index])
                        if value < minimums[index] { minimums[index] = value }
                    }
                }
            }
        }
        return (0..<bands).map { band in
            var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
            for row in 0..<rows { key = Self.mix(key ^ minimums[band * rows + row]) }
            return key
        }
    }

    /// Pairs `(i, j)` with `i < j` of sets sharing at least one band. Buckets larger than
    /// `bucketCap` (many copies of one text) are compared against their first `bucketCap` members
    /// only, so the work stays linear in the number of sets.
    public func candidatePairs(_ keys: [[UInt64]], bucketCap: Int = 64) -> Set<UInt64> {
        var pairs: Set<UInt64> = []
        for band in 0..<bands {
            var buckets: [UInt64: [Int32]] = [:]
            buckets.reserveCapacity(keys.count)
            for (index, setKeys) in keys.enumerated() where !setKeys.isEmpty {
                buckets[setKeys[band], default: []].append(Int32(index))
            }
            for members in buckets.values where members.count > 1 {
                for i in 1..<members.count {
                    for j in 0..<min(i, bucketCap) {
                        let a = UInt64(UInt32(members[j]))
                        let b = UInt64(UInt32(members[i]))
                        pairs.insert(a < b ? (a << 32 | b) : (b << 32 | a))
                    }
                }
            }
        }
        return pairs
    }

    /// Band keys of many sets, computed on every core.
    public func bandKeys(of sets: [[UInt64]]) -> [[UInt64]] {
        var result = [[UInt64]](repeating: [], count: sets.count)
        let chunk = 256
        let chunks = (sets.count + chunk - 1) / chunk
        result.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                for index in (part * chunk)..<min(sets.count, (part + 1) * chunk) {
                    output.buffer[index] = bandKeys(sets[index])
                }
            }
        }
        return result
    }
}

/// Lets parallel workers write disjoint slots of one buffer.
struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
