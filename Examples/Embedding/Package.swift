// swift-tools-version:6.0
import PackageDescription

// An HR information system's view of Hattama: the libraries alone, no command line.
let package = Package(
  name: "embedding",
  dependencies: [.package(name: "hattama", path: "../..")],
  targets: [
    .executableTarget(
      name: "embedding",
      dependencies: [
        .product(name: "HattamaKit", package: "hattama"),
        .product(name: "HattamaJournal", package: "hattama"),
      ])
  ],
  swiftLanguageModes: [.v6]
)
