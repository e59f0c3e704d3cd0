import Foundation

/// A quarterly evaluation score, 0.00–5.00, held exactly as a whole number of hundredths.
///
/// 000 ¶13 and 002 ¶8 write scores with two decimals ("3,99"); decisions compare hundredths,
/// never floating-point values.
public struct Score: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The score times one hundred: `3.40` is `340`.
  public let hundredths: Int

  /// 0.00, the lowest score.
  public static let minimum = Score(validHundredths: 0)
  /// 5.00, the highest score.
  public static let maximum = Score(validHundredths: 500)

  /// A score from hundredths, or `nil` outside 0...500.
  ///
  /// - Parameter hundredths: the score times one hundred.
  public init?(hundredths: Int) {
    guard (0...500).contains(hundredths) else { return nil }
    self.hundredths = hundredths
  }

  /// For constants of the library whose range is evident at the call site.
  init(validHundredths hundredths: Int) {
    assert((0...500).contains(hundredths))
    self.hundredths = hundredths
  }

  /// Parses `"3.40"`, `"3,40"`, `"3.4"` or `"4"`.
  ///
  /// - Throws: ``ScoreError/notANumber(_:)`` for text that is no decimal number,
  ///   ``ScoreError/tooManyDecimals(_:)`` for `"3.405"`, ``ScoreError/outOfRange(_:)`` for
  ///   `"5.01"`.
  ///
  /// - Parameter text: the score as a record or a person writes it.
  public init(parsing text: String) throws(ScoreError) {
    if let score = Score(written: text) {
      self = score
      return
    }
    let decimal = try ScoreDecimal(parsing: text)
    guard decimal.fractionDigits.count <= 2 else { throw .tooManyDecimals(text) }
    let fraction = decimal.fractionDigits.padding(toLength: 2, withPad: "0", startingAt: 0)
    // The integer part is bounded before multiplying so that no text can overflow.
    guard decimal.integerDigits.count <= 3, let whole = Int(decimal.integerDigits),
      let part = Int(fraction), let value = Score(hundredths: whole * 100 + part)
    else { throw .outOfRange(text) }
    self = value
  }

  /// `"3.40"` exactly as ``description`` writes it, read without the general parser (a long
  /// sitting's journal holds one a proposal); `nil` for any other text, a valid one included.
  private init?(written text: String) {
    let value: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes in
      func digit(_ index: Int) -> Int? {
        let value = bytes[index] &- UInt8(ascii: "0")
        return value < 10 ? Int(value) : nil
      }
      guard bytes.count == 4, bytes[1] == UInt8(ascii: "."), let units = digit(0),
        let tenths = digit(2), let hundredths = digit(3)
      else { return nil }
      return units * 100 + tenths * 10 + hundredths
    }
    guard let hundredths = value ?? nil, hundredths <= 500 else { return nil }
    self.hundredths = hundredths
  }

  /// `"3.40"`: the form records use.
  public var description: String { formatted(decimalSeparator: ".") }

  /// The score with two decimals and the given separator (`","` in Kazakh and Russian).
  ///
  /// - Parameter decimalSeparator: `"."` or `","`.
  /// - Returns: `"3,80"` or `"3.80"`.
  public func formatted(decimalSeparator: String) -> String {
    let fraction = hundredths % 100
    return "\(hundredths / 100)\(decimalSeparator)\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// Scores compare by their hundredths.
  public static func < (lhs: Score, rhs: Score) -> Bool { lhs.hundredths < rhs.hundredths }
}

/// Why a text is not a valid score.
public enum ScoreError: Error, Equatable, Sendable {
  /// Text that is no decimal number: `"abc"`, `"3.4.5"`.
  case notANumber(String)
  /// More than two decimals: `"3.405"` (000 ¶13).
  case tooManyDecimals(String)
  /// Outside 0.00–5.00: `"5.01"` (000 ¶13, 002 ¶8).
  case outOfRange(String)
}

/// The digits of a non-negative decimal written with a point or a comma.
private struct ScoreDecimal {
  let integerDigits: Substring
  var fractionDigits: String

  init(parsing text: String) throws(ScoreError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    // A minus before a number is a negative score; checked without recursing, so that a run
    // of minus signs costs neither stack nor quadratic memory (fuzzing: `---…-5`).
    if trimmed.hasPrefix("-"),
      ScoreDecimal.parts(of: trimmed.dropFirst().trimmingCharacters(in: .whitespaces)) != nil
    {
      throw .outOfRange(text)
    }
    guard let (integer, fraction) = ScoreDecimal.parts(of: trimmed) else {
      throw .notANumber(text)
    }
    let leading = integer.drop(while: { $0 == "0" })
    integerDigits = leading.isEmpty ? "0" : leading
    fractionDigits = fraction.map(String.init) ?? ""
  }

  /// The digits before and after the point or comma, or `nil` when the text is no
  /// non-negative decimal number.
  private static func parts(of text: String) -> (Substring, Substring?)? {
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
    let isDigits = { (s: Substring) in s.allSatisfy { $0.isASCII && $0.isNumber } }
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy(isDigits),
      parts.count == 1 || !parts[1].isEmpty
    else { return nil }
    return (parts[0], parts.count == 2 ? parts[1] : nil)
  }
}
