import CatalogCore
import Dispatch
import Foundation

/// Maps `items` with `jobs` workers (one: in order on this thread), keeping order.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        return items.parallelMap(chunk: max(1, (items.count + jobs * 4 - 1) / (jobs * 4)), transform)
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
