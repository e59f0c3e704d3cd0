/// The category an annual evaluation by targets gives (000 ¶55, 001 ¶49, 004 ¶18): 1 when all
/// five targets (НМИ) were met, 2 for four, 3 for three, 4 for fewer than three.
///
/// 000 ¶53 and 004 ¶14 fix the number of targets at five. The methodology words each category
/// in its own way (``TargetCategoryNames``); the numbers are SPEC's.
public enum TargetCategory: Int, CaseIterable, Sendable, Comparable, CustomStringConvertible {
  case first = 1
  case second = 2
  case third = 3
  case fourth = 4

  /// The number of targets an individual work plan has (000 ¶53, 001 ¶47, 004 ¶14).
  public static let targets = 5

  /// The category that follows from the number of targets met, 0–5.
  public init(kpiMet: Int) {
    switch kpiMet {
    case 5...: self = .first
    case 4: self = .second
    case 3: self = .third
    default: self = .fourth
    }
  }

  public var description: String { String(rawValue) }

  public static func < (lhs: TargetCategory, rhs: TargetCategory) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
