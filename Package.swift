// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "pedacat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pedacat", targets: ["pedacat"]),
        .library(name: "CatalogCore", targets: ["CatalogCore"]),
        .library(name: "CatalogSearch", targets: ["CatalogSearch"]),
        .library(name: "CatalogExport", targets: ["CatalogExport"]),
        .library(name: "CatalogServer", targets: ["CatalogServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "CatalogCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CatalogSearch",
            dependencies: ["CatalogCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CatalogExport",
            dependencies: ["CatalogCore", "CLibXML2"]
        ),
        .target(
            name: "CatalogServer",
            dependencies: [
                "CatalogCore",
                "CatalogSearch",
                "CatalogExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "pedacat",
            dependencies: [
                "CatalogCore",
                "CatalogSearch",
                "CatalogExport",
                "CatalogServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "load-benchmark",
            dependencies: ["CatalogCore"],
            path: "Benchmarks/LoadBenchmark"
        ),
        .testTarget(
            name: "CatalogCoreTests",
            dependencies: ["CatalogCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CatalogServerTests",
            dependencies: [
                "CatalogServer",
                "CatalogCore",
                "CatalogSearch",
                "CatalogExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CatalogExportTests",
            dependencies: ["CatalogExport", "CatalogCore"],
            exclude: ["Snapshots", "Fixtures"]
        ),
        .executableTarget(
            name: "export-benchmark",
            dependencies: ["CatalogExport", "CatalogCore"],
            path: "Benchmarks/ExportBenchmark"
        ),
        .testTarget(
            name: "CatalogSearchTests",
            dependencies: ["CatalogSearch", "CatalogCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "search-benchmark",
            dependencies: ["CatalogSearch", "CatalogCore"],
            path: "Benchmarks/SearchBenchmark"
        ),
        .testTarget(
            name: "PedacatTests",
            dependencies: [
                "pedacat", "CatalogCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "validate-benchmark",
            dependencies: ["CatalogCore"],
            path: "Benchmarks/ValidateBenchmark"
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
