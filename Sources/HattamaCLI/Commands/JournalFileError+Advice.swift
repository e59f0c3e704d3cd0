import HattamaJournal
import HattamaKit

// What to type after a journal file's error: the store says what is wrong and where; the CLI
// names its own commands (issue 15).

extension JournalFileError {
  /// The store's sentence, then the command that goes on from it, if one does.
  var advised: Phrase {
    guard let advice else { return message }
    return message + Phrase(verbatim: " ") + advice
  }

  private var advice: Phrase? {
    switch self {
    case .notFound:
      Phrase(
        kk: "Жаңа журналды 'hattama session open' ашады.",
        ru: "Новый журнал начинает 'hattama session open'.",
        en: "Start one with 'hattama session open'.")
    case .torn(let path, _), .writeFailed(let path, _, false), .syncFailed(let path, _, false):
      Phrase(
        kk: "Ары қарай жазбас бұрын 'hattama session repair \(path)' орындаңыз: ол үзілген "
          + "байттарды '\(path).broken' файлында сақтайды.",
        ru: "Прежде чем продолжать, выполните 'hattama session repair \(path)': он сохранит "
          + "оборванные байты в '\(path).broken'.",
        en: "Run 'hattama session repair \(path)' before going on; it keeps the torn bytes in "
          + "'\(path).broken'.")
    case .tampered(let path, _):
      Phrase(
        kk: "Оны 'hattama verify \(path)' арқылы тексеріңіз.",
        ru: "Проверьте его командой 'hattama verify \(path)'.",
        en: "Check it with 'hattama verify \(path)'.")
    case .repairStopped(let path, _, _):
      Phrase(
        kk: "Содан кейін 'hattama session repair \(path)' қайта орындаңыз.",
        ru: "Затем снова выполните 'hattama session repair \(path)'.",
        en: "Then run 'hattama session repair \(path)' again.")
    case .repairNotFlushed(let path, _):
      Phrase(
        kk: "Оны дискіге жазу үшін 'hattama session repair \(path)' қайта орындаңыз.",
        ru: "Чтобы сбросить его на диск, снова выполните 'hattama session repair \(path)'.",
        en: "Run 'hattama session repair \(path)' again to flush it.")
    default: nil
    }
  }
}
