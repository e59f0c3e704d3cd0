/// The Russian form of a noun after a count: 1, 21 «срок»; 2–4, 22 «срока»; 5–20, 25 «сроков».
///
/// Kazakh does not pluralise after a numeral and English has two forms, so only Russian needs
/// this when a count is interpolated into a sentence.
package enum RussianPlural {
  /// The form for `count`: `one` for 1, 21, 101; `few` for 2–4, 22–24; `many` for the rest.
  package static func form(_ count: Int, one: String, few: String, many: String) -> String {
    let (lastTwo, last) = (abs(count) % 100, abs(count) % 10)
    if (11...14).contains(lastTwo) { return many }
    if last == 1 { return one }
    if (2...4).contains(last) { return few }
    return many
  }
}
