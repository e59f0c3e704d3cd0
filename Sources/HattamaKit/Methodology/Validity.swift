/// A day a methodology enters into or leaves force: one day the seed fixes, or a window of days
/// when it depends on a fact the seed lacks, such as a first official publication (SPEC, "The
/// force of a rule").
///
/// For ``Methodology/validFrom`` the first day of force falls somewhere from `earliest` through
/// `latest`; for ``Methodology/validThrough`` the last day of force does. A certain day has
/// `earliest == latest`.
public struct ValidityDay: Sendable, Equatable, CustomStringConvertible {
  /// The first day the boundary may fall on.
  public var earliest: Day
  /// The last day the boundary may fall on; equal to `earliest` for a day the seed fixes.
  public var latest: Day

  /// A day the seed fixes.
  ///
  /// - Parameter day: the day the seed fixes.
  public init(_ day: Day) {
    earliest = day
    latest = day
  }

  /// A window of days on one of which the boundary falls.
  ///
  /// - Parameters:
  ///   - earliest: the first day the boundary may fall on.
  ///   - latest: the last; not before `earliest`.
  public init(earliest: Day, latest: Day) {
    precondition(earliest <= latest, "a validity window runs forwards")  // l10n: ignore — for developers
    self.earliest = earliest
    self.latest = latest
  }

  /// The seed fixes the day: no window of uncertainty.
  public var isCertain: Bool { earliest == latest }

  /// `2025-10-09`, or `2023-07-10…2023-07-30` for a window.
  public var description: String { isCertain ? "\(earliest)" : "\(earliest)…\(latest)" }
}

/// Whether a methodology governs a day.
public enum InForce: Sendable, Equatable {
  /// Inside its certain days.
  case certainly
  /// Inside a window of uncertainty: it governs only under the assumption the bound's note
  /// names, so a breach is a warning.
  case assumed(bound: Cited<ValidityDay>)
  /// Outside every reading of its validity: a violation.
  case not(bound: Cited<ValidityDay>)
}

extension Methodology {
  /// Whether the methodology governs a day: certainly, only under the assumption a validity
  /// window makes, or not at all.
  ///
  /// - Parameter day: the sitting's day, or another day the rules are asked about.
  /// - Returns: `certainly`, `assumed` (a warning) or `not` (`methodology.not-in-force`).
  public func inForce(on day: Day) -> InForce {
    if day < validFrom.value.earliest { return .not(bound: validFrom) }
    if let through = validThrough, day > through.value.latest { return .not(bound: through) }
    if day < validFrom.value.latest { return .assumed(bound: validFrom) }
    if let through = validThrough, day > through.value.earliest { return .assumed(bound: through) }
    return .certainly
  }

  /// "from 2025-10-09"; "2020-10-12 – 2024-12-01 (at the widest 2020-09-22 – 2024-12-21)":
  /// the days it certainly governs, then those it may govern under the window's assumption.
  public var validityDescription: Phrase {
    func span(_ from: Day, _ through: Day?) -> Phrase {
      guard let through else {
        return Phrase(kk: "\(from) бастап", ru: "с \(from)", en: "from \(from)")
      }
      return Phrase(verbatim: "\(from) – \(through)")
    }
    let certain = span(validFrom.value.latest, validThrough?.value.earliest)
    guard !validFrom.value.isCertain || validThrough?.value.isCertain == false else {
      return certain
    }
    let widest = span(validFrom.value.earliest, validThrough?.value.latest)
    return certain
      + Phrase(
        kk: " (ең кең шегі: \(widest.kk))", ru: " (в самых широких пределах: \(widest.ru))",
        en: " (at the widest \(widest.en))")
  }
}
