import Foundation

/// MinHash signatures with LSH banding: finds the pairs of sets likely to have a Jaccard
/// similarity above a threshold without comparing every pair.
///
/// Each set gets `bands × rows` minimum hashes; two sets become candidates when all `rows`
/// values of at least one band agree. The probability of that is `1 − (1 − J^rows)^bands` for
/// sets of Jaccard similarity J: with 32 bands of 4 rows (pedacat's setting), 0.87 at J = 0.5,
/// 0.99 at J = 0.6, 0.23 at J = 0.3 and 0.05 at J = 0.2. Candidates are then checked with the
/// exact Jaccard similarity, so the banding only decides what is compared, never what is reported.
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

    /// Pairs `(i, j)` with `i < j` of sets sharing at least one band, packed as `i << 32 | j`.
    /// Buckets larger than `bucketCap` (many copies of one text) are compared against their first
    /// `bucketCap` members only, so the work stays linear in the number of sets. Each band sorts
    /// its (key, set) rows and reads the runs of equal keys; bands run on every core.
    public func candidatePairs(_ keys: [[UInt64]], bucketCap: Int = 64) -> Set<UInt64> {
        let perBand = [[UInt64]](repeating: [], count: bands)
        let results = perBand.indices.map { $0 }.parallelMap(chunk: 1) { band -> [UInt64] in
            var rows: [(key: UInt64, index: UInt32)] = []
            rows.reserveCapacity(keys.count)
            for (index, setKeys) in keys.enumerated() where !setKeys.isEmpty {
                rows.append((setKeys[band], UInt32(index)))
            }
            rows.sort { $0.key < $1.key || ($0.key == $1.key && $0.index < $1.index) }
            var pairs: [UInt64] = []
            var start = 0
            while start < rows.count {
                var end = start + 1
                while end < rows.count && rows[end].key == rows[start].key { end += 1 }
                if end - start > 1 {
                    for i in (start + 1)..<end {
                        for j in start..<min(i, start + bucketCap) {
                            pairs.append(UInt64(rows[j].index) << 32 | UInt64(rows[i].index))
                        }
                    }
                }
                start = end
            }
            return pairs
        }
        var pairs: Set<UInt64> = []
        pairs.reserveCapacity(results.reduce(0) { $0 + $1.count })
        for band in results { pairs.formUnion(band) }
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
