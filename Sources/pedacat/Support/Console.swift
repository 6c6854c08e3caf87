import Foundation

/// Where commands write. On a real run it is the terminal; in tests it collects text.
final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let capturing: Bool
    private var capturedOut = ""
    private var capturedErr = ""
    /// Standard output is a terminal: colours and progress are allowed.
    let isTerminal: Bool

    private init(capturing: Bool, isTerminal: Bool) {
        self.capturing = capturing
        self.isTerminal = isTerminal
    }

    static let standard = Console(
        capturing: false,
        isTerminal: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    /// A console that keeps what is written, for tests.
    static func capture(terminal: Bool = false) -> Console { Console(capturing: true, isTerminal: terminal) }

    var output: String { lock.withLock { capturedOut } }
    var errors: String { lock.withLock { capturedErr } }

    /// Writes a line to standard output.
    func print(_ text: String = "") {
        write(text + "\n", error: false)
    }

    /// Writes a line to standard error (messages, progress, summaries).
    func printError(_ text: String) {
        write(text + "\n", error: true)
    }

    func write(_ text: String, error: Bool) {
        if capturing {
            lock.withLock {
                if error { capturedErr += text } else { capturedOut += text }
            }
        } else {
            let handle = error ? FileHandle.standardError : FileHandle.standardOutput
            handle.write(Data(text.utf8))
        }
    }

    // MARK: Styles, only on a terminal

    func bold(_ text: String) -> String { style(text, "1") }
    func dim(_ text: String) -> String { style(text, "2") }
    func red(_ text: String) -> String { style(text, "31") }
    func yellow(_ text: String) -> String { style(text, "33") }
    func green(_ text: String) -> String { style(text, "32") }
    func cyan(_ text: String) -> String { style(text, "36") }

    private func style(_ text: String, _ code: String) -> String {
        isTerminal ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
