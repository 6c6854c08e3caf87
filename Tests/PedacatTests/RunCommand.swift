import ArgumentParser
import Testing

@testable import pedacat

/// Parses `arguments` with the real parser, runs the command, and returns the console it wrote to.
func runCommand(_ arguments: [String]) async throws -> Console {
    let command = try Pedacat.parseAsRoot(arguments)
    let console = Console.capture()
    let runnable = try #require(command as? any ConsoleCommand)
    try await runnable.execute(console: console)
    return console
}
