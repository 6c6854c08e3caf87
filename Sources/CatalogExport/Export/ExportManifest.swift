import Foundation

/// The list of files pedacat wrote in `DIR/<format>/`, so that it removes only its own files.
struct ExportManifest: Codable, Equatable {
    static let fileName = ".pedacat-manifest.json"

    var format: String
    var files: [String]

    static func load(from directory: URL, format: ExportFormat) -> ExportManifest {
        let url = directory.appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url),
            let manifest = try? JSONDecoder().decode(ExportManifest.self, from: data)
        else { return ExportManifest(format: format.rawValue, files: []) }
        return manifest
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
