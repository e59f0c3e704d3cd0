/// The category an annual evaluation by targets gives (000 ¶55, 001 ¶49, 004 ¶18): 1 when all
/// five targets (НМИ) were met, 2 for four, 3 for three, 4 for fewer than three.
///
/// 000 ¶53 and 004 ¶14 fix the number of targets at five. The methodology words each category
/// in its own way (``TargetCategoryNames``); the numbers are SPEC's.
public enum TargetCategory: Int, CaseIterable, Sendable, Comparable, CustomStringConvertible {
  /// All five targets met: «тиімді орындайды» (000 ¶55), «өте жақсы» (004 ¶18).
  case first = 1
  /// Four targets met: «тиісті түрде орындайды» (000 ¶55), «тиімді» (004 ¶18).
  case second = 2
  /// Three targets met: «қанағаттанарлық орындайды».
  case third = 3
  /// Fewer than three targets met: «қанағаттанарлықсыз орындайды».
  case fourth = 4

  /// The number of targets an individual work plan has (000 ¶53, 001 ¶47, 004 ¶14).
  public static let targets = 5

  /// The category that follows from the number of targets met, 0–5.
  ///
  /// - Parameter kpiMet: the targets met, 0–5.
  public init(kpiMet: Int) {
    switch kpiMet {
    case 5...: self = .first
    case 4: self = .second
    case 3: self = .third
    default: self = .fourth
    }
  }

  /// The category's number, `"1"` to `"4"`.
  public var description: String { String(rawValue) }

  /// By number: the first (best) category comes first.
  public static func < (lhs: TargetCategory, rhs: TargetCategory) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
