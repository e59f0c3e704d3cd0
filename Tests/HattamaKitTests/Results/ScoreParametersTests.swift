import Testing

@testable import HattamaKit

@Suite("Score parameters (002 Appendices 1–2)") struct ScoreParametersTests {
  static func parameters(_ texts: String...) -> ScoreParameters {
    ScoreParameters(texts.map(Fixtures.score))
  }

  @Test("the average is the sum over five, rounded down or up to hundredths")
  func averages() {
    #expect(
      Self.parameters("4", "4", "4", "4", "4").averages == Score(
        validHundredths: 400)...Score(validHundredths: 400))
    // 4 + 4 + 4 + 4 + 3.99 = 19.99; / 5 = 3.998.
    #expect(
      Self.parameters("4", "4", "4", "4", "3.99").averages == Score(
        validHundredths: 399)...Score(validHundredths: 400))
    #expect(Self.parameters("4", "4", "4", "4", "5.01").averages == nil)
  }

  @Test("the highest average a capped parameter 5 allows: 4.60 under 2.99, 4.40 under 1.99")
  func highest() {
    #expect(
      ScoreParameters.highestAverage(withSanctionsAtMost: Score(validHundredths: 299)).hundredths
        == 460)
    #expect(
      ScoreParameters.highestAverage(withSanctionsAtMost: Score(validHundredths: 199)).hundredths
        == 440)
  }
}
