// swift-tools-version: 6.1
import PackageDescription

// Module layout (see README "Architecture"): data flows one way,
// bytes -> NewsroomCore parsers -> NewsroomStore -> NewsroomUI state/render -> NewsroomTerminal.
let package = Package(
    name: "Newsroom",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsroom", targets: ["newsroom"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // Only to name TLS errors in the failure lines; AsyncHTTPClient brings it anyway.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // The configuration file's TOML (toml++ underneath).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Article model, parsers for every input format, sanitizer, display width, wrapping.
        .target(name: "NewsroomCore"),
        // The SQLite library: articles, read state, bookmarks, search, migrations.
        .target(
            name: "NewsroomStore",
            dependencies: [
                "NewsroomCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding import rows directly (StatementBinder).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // App state, actions, the reducer, key map and widgets rendering into a ScreenBuffer. No terminal I/O.
        .target(name: "NewsroomUI", dependencies: ["NewsroomCore"]),
        // ncursesw as a Swift module (module map + shim header).
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only code that talks to ncurses.
        .target(name: "NewsroomTerminal", dependencies: ["NewsroomUI", "CNcursesw"]),
        // zlib as a Swift module: NewsroomNet inflates gzip/deflate bodies itself, so it can
        // count bytes both on the wire and after inflating.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The one HTTP client (feeds and web pages): AsyncHTTPClient with our own redirects,
        // size caps, total deadline and error lines.
        .target(
            name: "NewsroomNet",
            dependencies: [
                "NewsroomCore", "CZlib",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // The application: the import pipeline, the feed reloader and the reader's runtime
        // (generic over a terminal backend, so it runs in tests without a terminal).
        .target(name: "NewsroomApp", dependencies: ["NewsroomCore", "NewsroomStore", "NewsroomUI", "NewsroomNet"]),
        // The configuration file (TOML): every setting, its default, where its value came from,
        // and the one-line error for a key or value it does not accept.
        .target(
            name: "NewsroomConfig",
            dependencies: [
                "NewsroomCore", "NewsroomUI", "NewsroomTerminal",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The command-line program: argument parsing and wiring.
        .executableTarget(
            name: "newsroom",
            dependencies: [
                "NewsroomCore", "NewsroomStore", "NewsroomUI", "NewsroomTerminal", "NewsroomApp", "NewsroomConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: throughput and latency figures, release build.
        .executableTarget(
            name: "newsroom-bench",
            dependencies: ["NewsroomCore", "NewsroomStore", "NewsroomUI", "NewsroomTerminal", "NewsroomApp"]
        ),
        .testTarget(
            name: "NewsroomCoreTests",
            dependencies: ["NewsroomCore", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NewsroomStoreTests",
            dependencies: ["NewsroomStore", "NewsroomCore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NewsroomUITests",
            dependencies: ["NewsroomUI", "NewsroomCore"],
            resources: [.copy("Golden")]
        ),
        // The ncurses backend's pure parts: key decoding, cell diffing, glyph plans, theme.
        .testTarget(name: "NewsroomTerminalTests", dependencies: ["NewsroomTerminal", "NewsroomUI", "NewsroomCore"]),
        // The application without a terminal: the reader runtime on a recording backend, the
        // feed reloader on an in-memory fetcher.
        .testTarget(name: "NewsroomAppTests", dependencies: ["NewsroomApp", "NewsroomUI", "NewsroomStore", "NewsroomCore"]),
        // The configuration file: parsing, errors with file:line:key, precedence.
        .testTarget(name: "NewsroomConfigTests", dependencies: ["NewsroomConfig", "NewsroomTerminal", "NewsroomUI", "NewsroomCore"]),
        // The HTTP client against misbehaving servers of our own on 127.0.0.1.
        .testTarget(name: "NewsroomNetTests", dependencies: ["NewsroomNet", "NewsroomCore", "CZlib"]),
        // Drives the real `newsroom` binary (CLI and, through tmux, the reader).
        .testTarget(name: "NewsroomEndToEndTests", dependencies: ["NewsroomCore", "NewsroomStore"]),
    ],
    swiftLanguageModes: [.v6]
)
