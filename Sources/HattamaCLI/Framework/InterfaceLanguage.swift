import HattamaKit

/// The interface language (SPEC.md, "The interface language"): `HATTAMA_LANG=kk|ru|en`, else
/// the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: `kk…` Kazakh, `ru…` Russian), else English.
///
/// Display texts a command prints outside the protocol and the report (names in `session`'s
/// lines, `roster compose`'s table) are shown in it: their own, else the Kazakh, else the first.
enum InterfaceLanguage {
  static func resolve(_ environment: [String: String]) -> Language {
    if let chosen = environment["HATTAMA_LANG"].flatMap(Language.init(rawValue:)) {
      return chosen
    }
    // The first locale variable set and not empty decides, as the C library's order has it.
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty }
    switch locale?.prefix(2) {
    case "kk": return .kk
    case "ru": return .ru
    default: return .en
    }
  }
}
