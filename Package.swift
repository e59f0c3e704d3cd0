// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "hattama",
  products: [
    .library(name: "HattamaKit", targets: ["HattamaKit"]),
    .executable(name: "hattama", targets: ["hattama"]),
  ],
  targets: [
    // The domain: decides, takes values, never reads a file or prints.
    .target(name: "HattamaKit"),
    // The command line: arguments, files, locks, output, exit codes.
    .target(name: "HattamaCLI", dependencies: ["HattamaKit"]),
    .executableTarget(name: "hattama", dependencies: ["HattamaCLI"]),
    // The benchmark's deterministic data (bench/run.sh); not a product.
    .executableTarget(name: "hattama-bench", dependencies: ["HattamaKit"]),
    .testTarget(name: "HattamaKitTests", dependencies: ["HattamaKit"]),
    // Depends on the executable so that `swift test` builds the binary the process tests run.
    .testTarget(name: "HattamaCLITests", dependencies: ["HattamaCLI", "hattama"]),
  ],
  swiftLanguageModes: [.v6]
)
