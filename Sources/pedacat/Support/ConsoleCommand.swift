import ArgumentParser

/// A command that writes through a `Console`, so tests can run it and read what it printed.
protocol ConsoleCommand: AsyncParsableCommand {
    /// Runs the command. Throw `ExitCode.failure` for "findings or failures" (status 1).
    func execute(console: Console) async throws
}

extension ConsoleCommand {
    func run() async throws {
        try await execute(console: .standard)
    }
}
