// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Rebound",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "rebound", targets: ["rebound"]),
    .library(name: "ReboundCore", targets: ["ReboundCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
    .target(
      name: "ReboundCore",
      dependencies: ["CStemmer", .product(name: "Yams", package: "Yams")]),
    .executableTarget(
      name: "rebound",
      dependencies: [
        "ReboundCore", "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "rebound-benchmark", dependencies: ["ReboundCore"]),
    // A libFuzzer target per reader when built by Scripts/fuzz.sh; otherwise it replays inputs.
    .executableTarget(name: "rebound-fuzz", dependencies: ["ReboundCore"]),
    .executableTarget(
      name: "rebound-evaluate",
      dependencies: ["ReboundCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .testTarget(
      name: "ReboundCoreTests", dependencies: ["ReboundCore"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "ReboundEndToEndTests", dependencies: ["ReboundCore"]),
  ]
)
