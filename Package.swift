// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "frontdesk",
    products: [
        .executable(name: "frontdesk", targets: ["frontdesk"]),
        .executable(name: "frontdesk-bench", targets: ["frontdesk-bench"]),
    ],
    dependencies: [],
    targets: [
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),

        .target(name: "FrontDeskCore"),
        .target(name: "FrontDeskOutput"),
        .target(name: "FrontDeskExchange", dependencies: ["FrontDeskCore"]),
        .target(name: "SQLStore", dependencies: ["FrontDeskCore"]),
        .target(name: "SQLiteStore", dependencies: ["FrontDeskCore", "SQLStore", "CSQLite"]),
        .target(name: "PostgresStore", dependencies: ["FrontDeskCore", "SQLStore", "CLibPQ"]),
        .target(name: "FrontDeskStores", dependencies: ["FrontDeskCore", "SQLiteStore", "PostgresStore"]),
        .target(name: "FrontDeskUI", dependencies: ["FrontDeskCore", "FrontDeskOutput"]),
        .target(name: "CursesFrontEnd", dependencies: ["FrontDeskUI", "CNCursesW"]),
        .executableTarget(
            name: "frontdesk",
            dependencies: ["FrontDeskCore", "FrontDeskOutput", "FrontDeskExchange", "FrontDeskStores", "FrontDeskUI", "CursesFrontEnd", "CCrypt"]),
        .executableTarget(
            name: "frontdesk-bench",
            dependencies: ["FrontDeskCore", "FrontDeskStores", "FrontDeskUI", "CursesFrontEnd"]),

        .target(name: "StoreContract", dependencies: ["FrontDeskCore"], path: "Tests/StoreContract"),
        .testTarget(name: "FrontDeskCoreTests", dependencies: ["FrontDeskCore"]),
        .testTarget(name: "FrontDeskOutputTests", dependencies: ["FrontDeskOutput"]),
        .testTarget(name: "FrontDeskExchangeTests", dependencies: ["FrontDeskExchange", "FrontDeskCore"]),
        .testTarget(name: "SQLiteStoreTests", dependencies: ["SQLiteStore", "SQLStore", "StoreContract"]),
        .target(name: "PostgresTestServer", path: "Tests/PostgresTestServer"),
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "SQLiteStore", "SQLStore", "StoreContract", "PostgresTestServer"]),
        .testTarget(name: "FrontDeskStoresTests", dependencies: ["FrontDeskStores", "StoreContract"]),
        .testTarget(name: "FrontDeskUITests", dependencies: ["FrontDeskUI", "FrontDeskCore", "FrontDeskStores"],
                    exclude: ["ExpectedScreens"]),
        .testTarget(name: "CursesFrontEndTests", dependencies: ["CursesFrontEnd", "FrontDeskUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["frontdesk", "FrontDeskUI", "PostgresTestServer"]),
    ]
)
