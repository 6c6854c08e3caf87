import CatalogCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists entry files with their size and modification time, with plain `readdir` and
/// `fstatat` on both cores (FileManager's attribute dictionaries cost ~10× more over 100k
/// files), and compares the listing with the one saved at the last update.
///
/// A listing is kept as bytes in directory order (name, size, mtime per file). When nothing
/// was added or removed the order is the same, so the comparison walks both listings side by
/// side without building a dictionary; otherwise it falls back to one.
struct CatalogScanner {
    struct FileState: Hashable, Sendable {
        /// Path relative to the catalogue: `scenarios/x.md`.
        var path: String
        var kind: Entry.Kind
        var size: Int64
        /// Modification time in nanoseconds since 1970.
        var mtime: Int64
    }

    /// One folder's listing, as saved in the index.
    struct Listing: Sendable {
        var bytes: [UInt8] = []
        var count = 0
    }

    /// What changed in one folder since the saved listing.
    struct Changes: Sendable {
        var toRead: [FileState] = []
        var removed: [String] = []
        var unchanged = 0
    }

    let root: URL

    func folderURL(_ kind: Entry.Kind) -> URL { root.appendingPathComponent(kind.folder) }

    func checkRoot() throws(CatalogError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .catalogNotFound(root.path) }
    }

    /// Every entry file, sorted by path.
    func scan() throws(CatalogError) -> [FileState] {
        try checkRoot()
        var result: [FileState] = []
        for kind in Entry.Kind.allCases {
            result += Self.states(of: listing(kind), kind: kind)
        }
        return result.sorted { $0.path < $1.path }
    }

    /// The folder's `.md` files with size and mtime, in directory order.
    func listing(_ kind: Entry.Kind) -> Listing {
        let folder = folderURL(kind).path
        guard let dir = opendir(folder) else { return Listing() }
        defer { closedir(dir) }
        // Names, NUL-terminated, in one buffer.
        var buffer: [CChar] = []
        var starts: [Int] = []
        while let item = readdir(dir) {
            withUnsafeBytes(of: item.pointee.d_name) { raw in
                let name = raw.bindMemory(to: CChar.self)
                let length = strnlen(name.baseAddress!, name.count)
                guard length > 3, name[0] != 0x2E, name[length - 3] == 0x2E, name[length - 2] == 0x6D,
                    name[length - 1] == 0x64
                else { return }
                starts.append(buffer.count)
                buffer.append(contentsOf: name[0..<length])
                buffer.append(0)
            }
        }
        let fd = dirfd(dir)
        let names = buffer
        let offsets = starts
        let halves = offsets.count > 2_000 ? 2 : 1
        let chunk = (offsets.count + halves - 1) / max(1, halves)
        let parts = Slots<[UInt8]>(count: halves)
        DispatchQueue.concurrentPerform(iterations: halves) { part in
            var writer = ByteWriter()
            writer.bytes.reserveCapacity(chunk * 40)
            names.withUnsafeBufferPointer { all in
                for index in (part * chunk)..<min(offsets.count, (part + 1) * chunk) {
                    let name = all.baseAddress! + offsets[index]
                    var info = stat()
                    guard fstatat(fd, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                    #if canImport(Darwin)
                        let time = info.st_mtimespec
                    #else
                        let time = info.st_mtim
                    #endif
                    let length = strlen(name)
                    writer.int32(Int32(length))
                    UnsafeRawBufferPointer(start: name, count: length).withMemoryRebound(to: UInt8.self) {
                        writer.bytes.append(contentsOf: $0)
                    }
                    writer.int64(Int64(info.st_size))
                    writer.int64(Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
                }
            }
            parts.store(writer.bytes, at: part)
        }
        return Listing(bytes: parts.values.flatMap { $0 }, count: offsets.count)
    }

    /// Decodes a listing into file states.
    static func states(of listing: Listing, kind: Entry.Kind) -> [FileState] {
        var reader = ByteReader(listing.bytes)
        var result: [FileState] = []
        result.reserveCapacity(listing.count)
        while !reader.atEnd, let name = try? reader.string(), let size = try? reader.int64(),
            let mtime = try? reader.int64()
        {
            result.append(FileState(path: kind.folder + "/" + name, kind: kind, size: size, mtime: mtime))
        }
        return result
    }

    /// Compares a new listing with the saved one.
    static func changes(from old: Listing?, to new: Listing, kind: Entry.Kind) -> Changes {
        guard let old else {
            return Changes(toRead: states(of: new, kind: kind))
        }
        var changes = Changes()
        var a = ByteReader(old.bytes)
        var b = ByteReader(new.bytes)
        // Side by side while the names agree.
        while !a.atEnd && !b.atEnd {
            let startA = a.offset
            let startB = b.offset
            guard let lengthA = try? a.int32(), let lengthB = try? b.int32(), lengthA == lengthB,
                old.bytes[a.offset..<(a.offset + Int(lengthA))] == new.bytes[b.offset..<(b.offset + Int(lengthB))]
            else {
                a.offset = startA
                b.offset = startB
                break
            }
            let name = String(decoding: new.bytes[b.offset..<(b.offset + Int(lengthB))], as: UTF8.self)
            a.offset += Int(lengthA)
            b.offset += Int(lengthB)
            let oldSize = try? a.int64()
            let oldTime = try? a.int64()
            let size = (try? b.int64()) ?? -1
            let time = (try? b.int64()) ?? -1
            if oldSize == size && oldTime == time {
                changes.unchanged += 1
            } else {
                changes.toRead.append(FileState(path: kind.folder + "/" + name, kind: kind, size: size, mtime: time))
            }
        }
        if a.atEnd && b.atEnd { return changes }
        // The listings diverge (files added or removed): compare the rest by name.
        let restOld = states(of: Listing(bytes: Array(old.bytes[a.offset...]), count: 0), kind: kind)
        let restNew = states(of: Listing(bytes: Array(new.bytes[b.offset...]), count: 0), kind: kind)
        var known: [String: FileState] = [:]
        known.reserveCapacity(restOld.count)
        for state in restOld { known[state.path] = state }
        for state in restNew {
            if let previous = known.removeValue(forKey: state.path), previous.size == state.size,
                previous.mtime == state.mtime
            {
                changes.unchanged += 1
            } else {
                changes.toRead.append(state)
            }
        }
        changes.removed = known.keys.sorted()
        return changes
    }

    /// The listing with the given paths marked as changed (mtime -1), so they are read again
    /// next time (files that could not be indexed stay reported).
    static func marking(_ listing: Listing, changed paths: Set<String>, kind: Entry.Kind) -> Listing {
        guard !paths.isEmpty else { return listing }
        var writer = ByteWriter()
        for state in states(of: listing, kind: kind) {
            let name = String(state.path.dropFirst(kind.folder.count + 1))
            writer.string(name)
            writer.int64(state.size)
            writer.int64(paths.contains(state.path) ? -1 : state.mtime)
        }
        return Listing(bytes: writer.bytes, count: listing.count)
    }

    /// FNV-1a 64-bit hash of a file's bytes: detects an edit that kept size and mtime.
    static func contentHash(_ data: some ContiguousBytes) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
