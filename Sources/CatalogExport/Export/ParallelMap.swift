import Dispatch
import Foundation

/// Maps `items` on every core, keeping order. Each worker writes only its own slots.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let box = SlotBox(slots)
        let stride = max(1, (items.count + jobs * 4 - 1) / (jobs * 4))
        let chunks = (items.count + stride - 1) / stride
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let end = min(items.count, (chunk + 1) * stride)
            for index in chunk * stride..<end { box.slots[index] = transform(items[index]) }
        }
        return slots.map { $0! }
    }
}

extension ParallelMap {
    /// Runs `body` on a new thread and waits for it. glibc gives the new thread its own malloc
    /// arena: with a large catalogue in the main arena, libxml2's many small allocations were
    /// measured 1.7× faster there (Benchmarks/export-bench.sh, 100k entries).
    static func onFreshThread<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        done.wait()
        return box.value!
    }
}

private final class ResultBox<Result>: @unchecked Sendable {
    var value: Result?
}

/// Hands the result buffer to the workers; each index is written by exactly one of them.
private struct SlotBox<Result>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Result?>
    init(_ slots: UnsafeMutableBufferPointer<Result?>) { self.slots = slots }
}
