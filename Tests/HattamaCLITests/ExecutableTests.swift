import Testing

@testable import HattamaCLI
