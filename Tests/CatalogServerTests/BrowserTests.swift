import CatalogServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The search page in a real headless Chromium: a search from the address bar (a GET form
/// works without JavaScript), results checked in the DOM, and a screenshot kept in
/// `.build/artefacts/` for people to look at. Skipped only when Chromium is absent outside CI.
@Suite struct BrowserTests {
    static let chromium = Subprocess.which("chromium") ?? Subprocess.which("chromium-browser")

    private static func arguments(_ extra: [String]) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--no-first-run", "--window-size=1280,1100",
        ] + extra
    }

    @Test(
        .enabled(
            if: chromium != nil || Subprocess.inCI, "chromium is absent (apt-get install chromium); required in CI"))
    func searchInHeadlessChromium() async throws {
        let chromium = try #require(Self.chromium, "chromium not found")
        try FileManager.default.createDirectory(at: TestSupport.artefacts, withIntermediateDirectories: true)
        let screenshot = TestSupport.artefacts.appendingPathComponent("search-page.png")
        try? FileManager.default.removeItem(at: screenshot)
        let app = try await buildApplication(configuration: TestSupport.configuration())
        let (dom, shot) = try await app.test(.live) { client in
            let port = try #require(client.port)
            let url = "http://127.0.0.1:\(port)/?q=esprit+critique"
            let dom = try await Subprocess.run(chromium, Self.arguments(["--dump-dom", url]), timeout: 90)
            let shot = try await Subprocess.run(
                chromium, Self.arguments(["--screenshot=\(screenshot.path)", url]), timeout: 90)
            return (dom, shot)
        }
        #expect(dom.status == 0, "\(dom.errors)")
        let html = dom.output
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("1 résultat"))
        #expect(
            html.contains(
                "<a href=\"/fiches/esprit-critique-ia-4e\">Exercer son esprit critique face aux réponses d'une IA</a>"))
        #expect(html.contains("value=\"esprit critique\""))
        #expect(html.contains("<legend>Niveaux</legend>"))
        #expect(shot.status == 0, "\(shot.errors)")
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "screenshot missing or empty: \(screenshot.path)")
    }
}
