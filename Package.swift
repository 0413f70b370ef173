// swift-tools-version:6.0
import PackageDescription

/// One setting list for every target: Swift 6 language mode plus explicit `any`.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// The plugins the `rounds` executable is built with. A company plugin is a folder under
/// `Plugins/` and one more name here (then one line in `Tools/rounds/main.swift`);
/// `Tools/new-plugin NAME` does all three.
let plugins = [
    "CustomerCommands",
    "DatabaseCommands",
    "DemoCommands",
    "HistoryCommands",
    "ExchangeCommands",
    "RouteCommands",
    "PlanCommands",
    "CalendarCommands",
    "KPICommands",
    "RankCommands",
    "ReportCommands",
    "ReviewCommands",
    "NextCommands",
    "ExampleCompany",
]

/// Plugins that bring a storage backend, each with its own dependencies (the server's driver).
let backendPlugins: [Target] = [
    .target(name: "PostgresStorage", dependencies: ["RoundsShell", "RoundsStorage", "RoundsPostgres"],
            path: "Plugins/PostgresStorage", swiftSettings: swiftSettings),
]

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let sqlite = Target.Dependency.product(name: "GRDBSQLite", package: "GRDB.swift")
let zipFoundation = Target.Dependency.product(name: "ZIPFoundation", package: "ZIPFoundation")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let postgresNIO = Target.Dependency.product(name: "PostgresNIO", package: "postgres-nio")

func module(_ name: String, path: String, _ dependencies: [Target.Dependency], exclude: [String] = []) -> Target {
    .target(name: name, dependencies: dependencies, path: "Modules/\(path)", exclude: exclude, swiftSettings: swiftSettings)
}

func tests(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .testTarget(name: name, dependencies: dependencies, path: "Tests/\(name)", swiftSettings: swiftSettings)
}

let package = Package(
    name: "Rounds",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rounds", targets: ["rounds"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        module("RoundsDomain", path: "Domain", []),
        module("RoundsStorage", path: "Storage", ["RoundsDomain", grdb, sqlite], exclude: ["SQL/README.md"]),
        // The PostgreSQL backend: its own target, so only what opens a server builds swift-nio.
        module("RoundsPostgres", path: "Postgres", ["RoundsDomain", "RoundsStorage", postgresNIO]),
        module("RoundsRouting", path: "Routing", ["RoundsDomain"]),
        module("RoundsPlanning", path: "Planning", ["RoundsDomain", "RoundsRouting"]),
        module("RoundsKPI", path: "KPI", ["RoundsDomain", "RoundsStorage"]),
        module("RoundsExchange", path: "Exchange", ["RoundsDomain", zipFoundation, yams]),
        .systemLibrary(name: "CReadline", path: "Modules/CReadline",
                       providers: [.apt(["libreadline-dev"])]),
        module("RoundsShell", path: "Shell",
               ["RoundsDomain", "RoundsStorage", "RoundsExchange", "CReadline", argumentParser]),
        .executableTarget(
            name: "rounds",
            dependencies: (plugins + backendPlugins.map(\.name)).map { .target(name: $0) } + ["RoundsShell"],
            path: "Tools/rounds",
            swiftSettings: swiftSettings),
        tests("RoundsDomainTests", ["RoundsDomain"]),
        tests("RoundsStorageTests", ["RoundsStorage", "RoundsPostgres", grdb]),
        tests("RoundsPostgresTests", ["RoundsPostgres", "RoundsStorage", "RoundsDomain"]),
        tests("RoundsRoutingTests", ["RoundsRouting"]),
        tests("RoundsPlanningTests", ["RoundsPlanning", "RoundsDomain"]),
        tests("RoundsExchangeTests", ["RoundsExchange", "RoundsDomain", zipFoundation]),
        tests("RoundsShellTests", ["RoundsShell"]),
        tests("RoundsEndToEndTests", ["rounds"]),
        tests("DemoCommandsTests", ["DemoCommands", "RoundsDomain"]),
    ] + plugins.map { name in
        .target(
            name: name,
            dependencies: ["RoundsShell", "RoundsStorage", "RoundsDomain", "RoundsRouting", "RoundsPlanning", "RoundsExchange", "RoundsKPI", argumentParser],
            path: "Plugins/\(name)",
            swiftSettings: swiftSettings)
    } + backendPlugins
)
