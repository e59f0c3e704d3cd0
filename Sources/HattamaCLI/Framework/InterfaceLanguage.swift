import HattamaKit

/// The language messages, help and findings are written in (SPEC.md, "The interface language").
enum InterfaceLanguage {
  /// `HATTAMA_LANG=kk|ru|en`, else the locale the C library would use for messages — the first
  /// of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (POSIX's order) — read by its
  /// language part (`kk_KZ.UTF-8` → Kazakh, `ru_RU.UTF-8` → Russian), else English.
  ///
  /// A `HATTAMA_LANG` the tool does not speak is passed over rather than refused: the setting
  /// lives in a profile, and a command must not fail for it.
  static func from(environment: [String: String]) -> Language {
    if let chosen = environment["HATTAMA_LANG"].flatMap(language(of:)) { return chosen }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
      .compactMap { environment[$0] }.first { !$0.isEmpty }
    return locale.flatMap(language(of:)) ?? .en
  }

  /// `kk`, `ru_RU.UTF-8`, `en-GB` → the language; `C`, `POSIX` and the rest → `nil`.
  private static func language(of setting: String) -> Language? {
    let code = setting.prefix { $0.isLetter }.lowercased()
    return Language(rawValue: code)
  }
}
