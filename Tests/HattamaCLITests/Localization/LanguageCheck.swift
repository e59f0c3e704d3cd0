import Foundation

/// What a Kazakh or Russian line may hold in Latin letters: ids, commands, options, codes and
/// paths, never an English sentence.
enum LanguageCheck {
  /// The line without what is the same in every language: quoted text ('J.jsonl', 'correct
  /// 3.80', a quoted message of the tool), a `hattama …` command, options, finding codes and
  /// paths.
  static func translatable(_ line: String) -> String {
    let patterns = [
      "'[^']*'", "\"[^\"]*\"", "hattama( [a-z][a-z-]*)+", "--[a-z-]+", "/[^ ]*",
      "[a-z]+\\.[a-z.-]+",
    ]
    return patterns.reduce(line) {
      $0.replacingOccurrences(of: $1, with: " ", options: .regularExpression)
    }
  }

  /// Two Latin words side by side outside what ``translatable(_:)`` removes (the catalogue
  /// test's reading of prose).
  static func isEnglish(_ line: String) -> Bool {
    SourceLiterals.isProse(translatable(line))
  }

  /// Whether the text has Cyrillic letters.
  static func hasCyrillic(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
  }
}
