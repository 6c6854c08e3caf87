public import Foundation

/// Writes new entry files: never over an existing file, never half-written.
public enum EntryWriter {
    /// Creates `url` with `text`, failing if the file exists. Writes a temporary file in the same
    /// folder and links it into place, so a crash leaves either nothing or the whole file.
    public static func createNew(_ text: String, at url: URL) throws(CatalogError) {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(url.path, error.localizedDescription)
        }
        if manager.fileExists(atPath: url.path) { throw .fileExists(url.path) }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw .writeFailed(url.path, error.localizedDescription)
        }
        defer { try? manager.removeItem(at: temporary) }
        // link(2) fails if the destination exists: no race with another writer.
        if link(temporary.path, url.path) != 0 {
            if errno == EEXIST { throw .fileExists(url.path) }
            throw .writeFailed(url.path, String(cString: strerror(errno)))
        }
    }
}
