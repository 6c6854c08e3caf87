import Dispatch
import Foundation

/// Maps `items` on every core, keeping order. Each worker writes only its own slots.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @Sendable (Item) -> Result
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

/// Hands the result buffer to the workers; each index is written by exactly one of them.
private struct SlotBox<Result>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Result?>
    init(_ slots: UnsafeMutableBufferPointer<Result?>) { self.slots = slots }
}
