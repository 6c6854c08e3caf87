import Foundation

extension Array where Element: Sendable {
    /// `map` on every core, keeping the order: chunks of `chunk` elements are handed to workers as
    /// they free up, and each worker writes only its own result slots. The one parallel map of
    /// pedacat (loading, validation, indexing and export use it).
    public func parallelMap<T: Sendable>(chunk: Int = 256, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > chunk else { return map(transform) }
        var result = [T?](repeating: nil, count: count)
        let chunks = (count + chunk - 1) / chunk
        result.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeSendableBuffer(buffer)
            self.withUnsafeBufferPointer { input in
                let source = UnsafeSendableBuffer(UnsafeMutableBufferPointer(mutating: input))
                DispatchQueue.concurrentPerform(iterations: chunks) { part in
                    for index in (part * chunk)..<Swift.min(count, (part + 1) * chunk) {
                        output.buffer[index] = transform(source.buffer[index])
                    }
                }
            }
        }
        return result.map { $0! }
    }
}
