// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "hattama",
  products: [
    .library(name: "HattamaKit", targets: ["HattamaKit"]),
    // The crash-safe journal store: append under lock, sync, torn-tail repair, verify.
    .library(name: "HattamaJournal", targets: ["HattamaJournal"]),
    .executable(name: "hattama", targets: ["hattama"]),
  ],
  targets: [
    // The domain: decides, takes values, never reads a file or prints.
    .target(name: "HattamaKit", dependencies: ["CHattamaSHA256"]),
    // SHA-256's compression on the CPU's SHA extensions, which Swift cannot name; HattamaKit's
    // portable Swift loop is the fallback and the reference (README, Development).
    .target(name: "CHattamaSHA256"),
    // The journal on disk: the one place that opens, locks, appends to, syncs and repairs it.
    .target(name: "HattamaJournal", dependencies: ["HattamaKit"]),
    // The command line: arguments, files, output, exit codes.
    .target(name: "HattamaCLI", dependencies: ["HattamaKit", "HattamaJournal"]),
    .executableTarget(name: "hattama", dependencies: ["HattamaCLI"]),
    // The benchmark's deterministic data (bench/run.sh); not a product.
    .executableTarget(name: "hattama-bench", dependencies: ["HattamaKit"]),
    .testTarget(name: "HattamaKitTests", dependencies: ["HattamaKit"]),
    // Depends on the executable so that `swift test` builds the binary the process tests run.
    .testTarget(
      name: "HattamaCLITests", dependencies: ["HattamaCLI", "HattamaJournal", "hattama"]),
  ],
  swiftLanguageModes: [.v6]
)
