import Testing

@testable import HattamaKit

/// SPEC.md, "The record": the protocol takes a display text in its own language, else the
/// Kazakh, else the first one given — in every format.
@Suite("Protocol display texts per language") struct ProtocolLanguagesTests {
  /// The fixture with the body, the chair and the conclusion in three languages, one member's
  /// name in Kazakh and Russian, and one position in English and Russian only.
  static func record() -> Record {
    var record = ProtocolFixture.record()
    record.body = texts(
      kk: "Сауда министрлігі", ru: "Министерство торговли", en: "Ministry of Trade")
    record.conclusion = texts(kk: "Қаралды.", ru: "Рассмотрено.", en: "Reviewed.")
    for index in record.people.indices {
      switch record.people[index].id {
      case "m1":
        record.people[index].name = texts(
          kk: "Серікбаев Нұрлан Асқарұлы", ru: "Серикбаев Нурлан Аскарович",
          en: "Nurlan Serikbayev")
        record.people[index].position = .of(
          (.en, "Director of Department"), (.ru, "Директор департамента"))
      case "m2":
        record.people[index].name = .of(
          (.ru, "Жумабекова Сауле Ганиевна"), (.kk, "Жұмабекова Сәуле Ғаниқызы"))
      default: break
      }
    }
    return record
  }

  static func texts(kk: String, ru: String, en: String) -> DisplayText {
    .of((.kk, kk), (.ru, ru), (.en, en))
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var language: Language
    /// Texts the protocol must show in this language.
    var shown: [String]
    /// Texts of other languages it must not show.
    var hidden: [String]
    var testDescription: String { language.rawValue }
  }

  static let cases: [Case] = [
    Case(
      language: .ru,
      shown: [
        "Министерство торговли", "Серикбаев Нурлан Аскарович", "Директор департамента",
        "Жумабекова Сауле Ганиевна", "Рассмотрено.",
      ],
      hidden: ["Сауда министрлігі", "Серікбаев Нұрлан", "Жұмабекова Сәуле", "Director of"]),
    // English: m2 has no English name, so the Kazakh one; m1's position its own English.
    Case(
      language: .en,
      shown: [
        "Ministry of Trade", "Nurlan Serikbayev", "Director of Department",
        "Жұмабекова Сәуле Ғаниқызы", "Reviewed.",
      ],
      hidden: ["Министерство", "Жумабекова Сауле"]),
    // Kazakh: m1's position has no Kazakh text, so the first one given (English).
    Case(
      language: .kk,
      shown: [
        "Сауда министрлігі", "Серікбаев Нұрлан Асқарұлы", "Director of Department",
        "Жұмабекова Сәуле Ғаниқызы", "Қаралды.",
      ],
      hidden: ["Министерство", "Nurlan", "Жумабекова", "Директор департамента"]),
  ]

  @Test(
    "each format shows the protocol's language, else Kazakh, else the first given",
    arguments: cases, ProtocolFormat.allCases)
  func perLanguage(_ item: Case, format: ProtocolFormat) {
    let document = ProtocolFixture.document(Self.record())
    let text = ProtocolRenderer.render(document, language: item.language, format: format)
    for shown in item.shown {
      #expect(text.contains(shown), "\(format): \(shown)")
    }
    for hidden in item.hidden { #expect(!text.contains(hidden), "\(format): \(hidden)") }
  }

  @Test("the approval block gives the official's surname and initials in each language")
  func initialsPerLanguage() {
    var record = Self.record()
    record.kind = .commission
    record.methodology = "kz-justice-2023"
    let index = record.people.firstIndex { $0.id == "o1" } ?? 0
    record.people[index].name = Self.texts(
      kk: "Омаров Ерлан Сәкенұлы", ru: "Омаров Ерлан Сакенович", en: "Omarov Yerlan")
    let document = ProtocolFixture.document(record)
    #expect(document.approval?.surnameAndInitials.text(in: .ru) == "Омаров Е.С.")
    #expect(document.approval?.surnameAndInitials.text(in: .en) == "Omarov Y.")
  }
}
