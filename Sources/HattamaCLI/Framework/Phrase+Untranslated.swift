// l10n: pending — a bridge while the catalogue is filled; removed when no file is pending
import HattamaKit

/// A literal where a ``Phrase`` is expected: the same text in every language. Only while
/// messages are being moved into the catalogue; `CatalogueTests` lists the literals left.
extension Phrase: ExpressibleByStringInterpolation {
  public init(stringLiteral value: String) { self.init(verbatim: value) }
  public init(stringInterpolation: DefaultStringInterpolation) {
    self.init(verbatim: String(stringInterpolation: stringInterpolation))
  }
}

extension Phrase {
  /// A text that is not yet a phrase (the Kit's message still a `String`): the same in every
  /// language until its owner gives it three.
  init(untranslated text: String) { self.init(verbatim: text) }
}
