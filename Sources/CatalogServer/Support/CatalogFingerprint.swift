import CatalogCore
import Foundation

/// A short digest of a catalogue's content (every entry as JSON, by id): two loads of the same
/// files give the same fingerprint, any edit gives another. Used to tie resumption tokens to
/// the catalogue they were cut from. FNV-1a 64: change detection, not security.
enum CatalogFingerprint {
    static func of(_ catalog: Catalog) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for entry in catalog.entries.sorted(by: { $0.id < $1.id }) {
            var copy = entry
            copy.file = ""
            let data = (try? encoder.encode(copy)) ?? Data(entry.id.utf8)
            for byte in data {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0x0a
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
