internal import CLibXML2

extension String {
    /// Calls `body` with the string as a NUL-terminated `xmlChar` (UTF-8) pointer.
    func withXMLChars<Result>(_ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: 1, body)
        }
    }

    /// A string from a libxml2 `xmlChar` pointer (UTF-8), `nil` for a null pointer.
    init?(xmlChars pointer: UnsafePointer<xmlChar>?) {
        guard let pointer else { return nil }
        self = String(cString: pointer)
    }
}

extension Optional where Wrapped == String {
    func withOptionalXMLChars<Result>(_ body: (UnsafePointer<xmlChar>?) -> Result) -> Result {
        switch self {
        case .none: body(nil)
        case .some(let string): string.withXMLChars { body($0) }
        }
    }
}
