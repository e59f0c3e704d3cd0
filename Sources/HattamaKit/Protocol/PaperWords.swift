/// The words only the printed HTML protocol uses, in each language: its page numbers and the
/// heading of the votes table's motion column.
struct PaperWords: Sendable {
  /// «бет », «стр. », "page " before the page's number.
  var page: String
  /// « / », « из », " of " between the page's number and the count of pages.
  var of: String
  /// «Ұсыныс», «Предложение», "Motion".
  var motionColumn: String

  static func words(_ language: Language) -> PaperWords {
    switch language {
    case .kk: PaperWords(page: "бет ", of: " / ", motionColumn: "Ұсыныс")
    case .ru: PaperWords(page: "стр. ", of: " из ", motionColumn: "Предложение")
    case .en: PaperWords(page: "page ", of: " of ", motionColumn: "Motion")
    }
  }
}
