internal import CLibXML2
import Foundation
import Synchronization

/// A bump allocator for libxml2's memory while one record is built, validated and serialised.
///
/// libxml2 makes thousands of small allocations per record (nodes, names, text copies, writer
/// stacks, validation states) and frees them all when the record is done; through glibc's
/// malloc they cost about a quarter of the export time, more once a large catalogue fragments
/// the heap. Inside `scoped(_:)`, this thread's libxml2 allocations come from a region of its
/// own instead, and the region is rewound when the outermost scope ends.
///
/// Rules that keep this safe:
/// - The allocator functions are installed once (`install()`, from `LibXML2Environment`),
///   before pedacat's first libxml2 call. They serve a request from the arena only on a thread
///   that is inside a scope; everywhere else (the compiled schema, XML catalogs, imports, the
///   OAI server, any libxml2 call from another library) they are glibc's malloc.
/// - Ownership is decided by address: every arena is a slice of one reserved mapping, so `free`
///   and `realloc` tell an arena block from a malloc block with two comparisons, whichever
///   thread calls them and whenever (blocks malloc'd before installation included).
/// - `free` of an arena block does nothing: a pointer libxml2 keeps past the scope (its
///   per-thread "last error" strings) may be freed later, harmlessly.
/// - Nothing allocated inside a scope may be used after it: callers create and free their
///   libxml2 objects (writers, documents, validation contexts, buffers) inside the closure and
///   copy the result out (`Data`). No dictionary or context is cached across scopes.
/// - A request that does not fit, or a thread without a free arena, falls back to malloc.
enum LibXML2Arena {
    /// Bytes of address space per thread arena, and arenas reserved (one per thread in a scope).
    static let arenaSize = 8 << 20
    static let arenaCount = 64

    /// The reserved mapping, set once by `install()` before the functions are handed to libxml2.
    nonisolated(unsafe) private static var regionStart: UInt = 0
    nonisolated(unsafe) private static var regionEnd: UInt = 0
    private static let freeArenas = Mutex<[Int]>([])

    /// Reserves the region and installs the allocator; false (libxml2 keeps malloc) when the
    /// address space cannot be reserved. Called once, before any other libxml2 call.
    static func install() -> Bool {
        let size = arenaSize * arenaCount
        let region = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let region, region != MAP_FAILED else { return false }
        regionStart = UInt(bitPattern: region)
        regionEnd = regionStart + UInt(size)
        freeArenas.withLock { $0 = Array((0..<arenaCount).reversed()) }
        _ = threadKey
        return xmlMemSetup(arenaFree, arenaMalloc, arenaRealloc, arenaStrdup) == 0
    }

    /// Runs `body` with this thread's libxml2 allocations in its arena; the arena is rewound
    /// when the outermost scope of the thread ends. Without an arena, `body` simply runs.
    static func scoped<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        guard regionStart != 0, let arena = ThreadArena.current ?? ThreadArena.attach() else { return try body() }
        arena.pointee.depth += 1
        defer {
            arena.pointee.depth -= 1
            if arena.pointee.depth == 0 { arena.pointee.rewind() }
        }
        return try body()
    }

    /// This thread's arena: bytes in use now and the most a scope has used (nil: no arena).
    static var threadUsage: (inUse: Int, highWater: Int)? {
        guard let arena = ThreadArena.current else { return nil }
        return (
            arena.pointee.cursor - arena.pointee.base,
            max(arena.pointee.highWater, arena.pointee.cursor) - arena.pointee.base
        )
    }

    /// Whether `pointer` lies in the reserved region (an arena block).
    @inline(__always)
    static func owns(_ pointer: UnsafeMutableRawPointer) -> Bool {
        let address = UInt(bitPattern: pointer)
        return address >= regionStart && address < regionEnd
    }

    static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { state in
            guard let state else { return }
            let arena = state.assumingMemoryBound(to: ThreadArena.self)
            let index = arena.pointee.index
            // Give the pages back and the arena to the next thread.
            madvise(arena.pointee.base, LibXML2Arena.arenaSize, Int32(MADV_DONTNEED))
            arena.deallocate()
            LibXML2Arena.freeArenas.withLock { $0.append(index) }
        }
        return key
    }()

    fileprivate static func takeArena() -> Int? {
        freeArenas.withLock { $0.popLast() }
    }

    fileprivate static func base(of index: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: regionStart + UInt(index * arenaSize))!
    }
}

/// One thread's arena: blocks are `header` bytes (their size) followed by the payload,
/// 16-byte aligned, handed out in order and never freed one by one.
struct ThreadArena {
    static let header = 16

    let index: Int
    let base: UnsafeMutableRawPointer
    let end: UnsafeMutableRawPointer
    var cursor: UnsafeMutableRawPointer
    /// Payload of the block handed out last (it can grow in place).
    var last: UnsafeMutableRawPointer?
    var depth = 0
    /// Highest cursor reached, for `rewind` to clear (debug builds) and tests to read.
    var highWater: UnsafeMutableRawPointer

    @inline(__always)
    static var current: UnsafeMutablePointer<ThreadArena>? {
        pthread_getspecific(LibXML2Arena.threadKey)?.assumingMemoryBound(to: ThreadArena.self)
    }

    static func attach() -> UnsafeMutablePointer<ThreadArena>? {
        guard let index = LibXML2Arena.takeArena() else { return nil }
        let base = LibXML2Arena.base(of: index)
        let arena = UnsafeMutablePointer<ThreadArena>.allocate(capacity: 1)
        arena.initialize(
            to: ThreadArena(
                index: index, base: base, end: base + LibXML2Arena.arenaSize, cursor: base, last: nil,
                highWater: base))
        pthread_setspecific(LibXML2Arena.threadKey, arena)
        return arena
    }

    @inline(__always)
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let total = (size + Self.header + 15) & ~15
        guard size >= 0, total <= end - cursor else { return nil }
        let block = cursor
        block.storeBytes(of: size, as: Int.self)
        cursor += total
        let payload = block + Self.header
        last = payload
        return payload
    }

    /// Grows the last block in place when there is room; nil otherwise.
    @inline(__always)
    mutating func growLast(_ payload: UnsafeMutableRawPointer, to size: Int) -> UnsafeMutableRawPointer? {
        guard payload == last, size >= 0 else { return nil }
        let block = payload - Self.header
        let total = (size + Self.header + 15) & ~15
        guard total <= end - block else { return nil }
        block.storeBytes(of: size, as: Int.self)
        cursor = block + total
        return payload
    }

    mutating func rewind() {
        if cursor > highWater { highWater = cursor }
        #if DEBUG
            // Make any use of a block after its scope visible in tests.
            memset(base, 0xA5, highWater - base)
        #endif
        cursor = base
        last = nil
    }
}

// The four functions libxml2 calls (`xmlMemSetup`). C function pointers: no captures.

private let arenaMalloc: xmlMallocFunc = { size in
    if let arena = ThreadArena.current, arena.pointee.depth > 0, let block = arena.pointee.allocate(size) {
        return block
    }
    return malloc(size)
}

private let arenaFree: xmlFreeFunc = { pointer in
    // Arena blocks are released all at once when their scope ends.
    guard let pointer, !LibXML2Arena.owns(pointer) else { return }
    free(pointer)
}

private let arenaRealloc: xmlReallocFunc = { pointer, size in
    guard let pointer else { return arenaMalloc(size) }
    guard LibXML2Arena.owns(pointer) else { return realloc(pointer, size) }
    let arena = ThreadArena.current
    if let arena, arena.pointee.depth > 0, let grown = arena.pointee.growLast(pointer, to: size) { return grown }
    guard let moved = arenaMalloc(size) else { return nil }
    let old = (pointer - ThreadArena.header).load(as: Int.self)
    moved.copyMemory(from: pointer, byteCount: min(old, size))
    return moved
}

private let arenaStrdup: xmlStrdupFunc = { string in
    guard let string else { return nil }
    let count = strlen(string) + 1
    guard let copy = arenaMalloc(count) else { return nil }
    copy.copyMemory(from: string, byteCount: count)
    return copy.assumingMemoryBound(to: CChar.self)
}
