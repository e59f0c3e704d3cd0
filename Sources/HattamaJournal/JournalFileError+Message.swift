import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Every message about a journal file, in one place: what is wrong, with the path in single
// quotes and the line where there is one. What to type next belongs to the program that embeds
// the store (the CLI adds its commands in `JournalFileError+Advice.swift`; issue 15).

extension JournalFileError {
  /// One sentence, ending with a period, saying what is wrong and what it left on disk.
  public var message: Phrase {
    switch self {
    case .alreadyExists(let path):
      Phrase(
        kk:
          "'\(path)' бұрыннан бар; журнал үшін жаңа файл беріңіз немесе сол журналды жалғастырыңыз.",
        ru: "'\(path)' уже существует; укажите новый файл для журнала или продолжайте тот.",
        en: "'\(path)' already exists; give a new file for the journal, or go on with that one.")
    case .symbolicLink(let path):
      Phrase(
        kk: "'\(path)' — символдық сілтеме; журналдың нақты жолын беріңіз.",
        ru: "'\(path)' — символическая ссылка; укажите настоящий путь к журналу.",
        en: "'\(path)' is a symbolic link; give the real path of the journal.")
    case .notFound(let path):
      Phrase(
        kk: "'\(path)' журналы жоқ; жолды тексеріңіз.",
        ru: "Журнала '\(path)' не существует; проверьте путь.",
        en: "Journal '\(path)' does not exist; check the path.")
    case .notRegularFile(let path):
      Phrase(
        kk: "'\(path)' — кәдімгі файл емес; журналдың жолын беріңіз.",
        ru: "'\(path)' — не обычный файл; укажите путь к журналу.",
        en: "'\(path)' is not a regular file; give the path of a journal.")
    case .torn(let path, let tornTail):
      Phrase(
        kk: "'\(path)' журналының соңында ", ru: "Журнал '\(path)' заканчивается так: ",
        en: "Journal '\(path)' ends in ")
        + tornTail.message
        + Phrase(
          kk: ", сондықтан бұдан әрі ештеңе жазылмайды.",
          ru: ", поэтому больше ничего записать нельзя.",
          en: ", so nothing more can be recorded.")
    case .tampered(let path, let chainBreak):
      Phrase(
        kk: "'\(path)' журналы өзгертілген: ", ru: "Журнал '\(path)' изменён: ",
        en: "Journal '\(path)' has been altered: ")
        + chainBreak.message
        + Phrase(
          kk: "; ештеңе жазылған жоқ, файлды өзгертпей сақтаңыз.",
          ru: "; ничего не записано, сохраните файл как есть.",
          en: "; nothing was written, so keep the file as it is.")
    case .notTorn(let path):
      Phrase(
        kk: "'\(path)' журналы үзілген жолмен аяқталмайды; жөндейтін ештеңе жоқ.",
        ru: "Журнал '\(path)' не заканчивается оборванной строкой; исправлять нечего.",
        en: "Journal '\(path)' does not end in a torn line; there is nothing to repair.")
    case .brokenFileExists(let path):
      Phrase(
        kk: "'\(path)' бұрыннан бар және қазір сақталатын байттардан басқа байттарды сақтайды "
          + "(бұрынғы жөндеудікі); ештеңе өзгертілген жоқ: оны басқа жерге жылжытып, жөндеуді "
          + "қайталаңыз.",
        ru: "'\(path)' уже существует и содержит другие байты, чем те, что нужно сохранить сейчас "
          + "(от прежнего исправления); ничего не изменено: переместите его и повторите "
          + "исправление.",
        en: "'\(path)' already exists and holds other bytes than the ones to keep now (an "
          + "earlier repair's); nothing was changed: move it aside, then run the repair again.")
    case .linkedDirectory(let path, let directory):
      Phrase(
        kk: "'\(path)' журналының '\(directory)' каталогы — символдық сілтеме; журналдың жолын "
          + "нақты каталогы арқылы беріңіз.",
        ru: "Каталог '\(directory)' журнала '\(path)' — символическая ссылка; укажите путь к "
          + "журналу через его настоящий каталог.",
        en: "The directory '\(directory)' of journal '\(path)' is a symbolic link; give the "
          + "journal's path through its real directory.")
    case .lineTooLong(let path, let line, let limit):
      Phrase(
        kk: "'\(path)' журналының \(line)-жолы \(limit) байттан ұзын болар еді, журнал жолы "
          + "бұдан ұзын бола алмайды; ештеңе жазылған жоқ.",
        ru: "Строка \(line) журнала '\(path)' была бы длиннее \(limit) байт — наибольшей длины "
          + "строки журнала; ничего не записано.",
        en: "Line \(line) of journal '\(path)' would be longer than \(limit) bytes, the most a "
          + "journal line may have; nothing was written.")
    case .repairStopped(let path, let operation, let code):
      Phrase(
        kk: "'\(path)' жөндеуі тоқтады: ", ru: "Исправление '\(path)' остановлено: ",
        en: "Repairing '\(path)' stopped: ")
        + Self.cannot(operation) + Phrase(verbatim: " (\(Self.reason(code)))")
        + Phrase(
          kk: "; журнал бұрынғыдай, ал сақталып үлгерген үзілген байттар '\(path).broken' "
            + "файлында қалады: дискіні түзеңіз.",
          ru: "; журнал остался прежним, а уже сохранённые оборванные байты остаются в "
            + "'\(path).broken': исправьте диск.",
          en: "; the journal is as it was, and any torn bytes already kept stay in "
            + "'\(path).broken': fix the disk.")
    case .repairNotFlushed(let path, let code):
      Phrase(
        kk: "'\(path)' жөнделді, бірақ оның каталогын дискіге жазу сәтсіз аяқталды "
          + "(\(Self.reason(code))), сондықтан электр өшсе, жөндеу жойылуы мүмкін.",
        ru: "'\(path)' исправлен, но сбросить его каталог на диск не удалось "
          + "(\(Self.reason(code))), поэтому при отключении питания исправление может пропасть.",
        en: "'\(path)' was repaired, but flushing its directory failed (\(Self.reason(code))), "
          + "so a power cut could undo it.")
    case .system(let operation, let path, let code):
      Phrase.each { language in
        let cannot = Self.cannot(operation).text(in: language)
        let reason = Self.reason(code)
        // Kazakh puts the file before the verb: "'J.jsonl' — ашу мүмкін емес".
        return language == .kk
          ? "'\(path)' — \(cannot): \(reason)."
          : cannot.prefix(1).uppercased() + cannot.dropFirst() + " '\(path)': \(reason)."
      }
    case .writeFailed(let path, let code, let rolledBack):
      Phrase(
        kk: "'\(path)' файлына жазу сәтсіз аяқталды (\(Self.reason(code)))",
        ru: "Запись в '\(path)' не удалась (\(Self.reason(code)))",
        en: "Writing to '\(path)' failed (\(Self.reason(code)))") + Self.consequence(rolledBack)
    case .syncFailed(let path, let code, let rolledBack):
      Phrase(
        kk: "'\(path)' файлын дискіге жазу сәтсіз аяқталды (\(Self.reason(code)))",
        ru: "Сбросить '\(path)' на диск не удалось (\(Self.reason(code)))",
        en: "Flushing '\(path)' to disk failed (\(Self.reason(code)))")
        + Self.consequence(rolledBack)
    }
  }

  private static func consequence(_ rolledBack: Bool) -> Phrase {
    rolledBack
      ? Phrase(
        kk: "; оқиға жазылған жоқ: дискіні түзеп, оны қайта енгізіңіз.",
        ru: "; событие не записано: исправьте диск и введите его снова.",
        en: "; the event was not recorded: fix the disk, then enter it again.")
      : Phrase(
        kk: "; енді журнал үзілген жолмен аяқталуы мүмкін.",
        ru: "; теперь журнал может заканчиваться оборванной строкой.",
        en: "; the journal may now end in a torn line.")
  }

  /// "cannot open": the system call that failed, as a person would say it.
  private static func cannot(_ operation: JournalFileOperation) -> Phrase {
    switch operation {
    case .open: Phrase(kk: "ашу мүмкін емес", ru: "не удалось открыть", en: "cannot open")
    case .create: Phrase(kk: "жасау мүмкін емес", ru: "не удалось создать", en: "cannot create")
    case .chmod:
      Phrase(
        kk: "режимін орнату мүмкін емес", ru: "не удалось задать режим",
        en: "cannot set the mode of")
    case .lock:
      Phrase(kk: "құлыптау мүмкін емес", ru: "не удалось заблокировать", en: "cannot lock")
    case .read: Phrase(kk: "оқу мүмкін емес", ru: "не удалось прочитать", en: "cannot read")
    case .truncate:
      Phrase(
        kk: "үзілген жолды кесу мүмкін емес", ru: "не удалось отрезать оборванную строку",
        en: "cannot cut the torn line off")
    case .syncDirectory:
      Phrase(
        kk: "каталогты дискіге жазу мүмкін емес", ru: "не удалось сбросить каталог на диск",
        en: "cannot flush the directory")
    case .rename:
      Phrase(kk: "атын өзгерту мүмкін емес", ru: "не удалось переименовать", en: "cannot rename")
    case .write: Phrase(kk: "жазу мүмкін емес", ru: "не удалось записать", en: "cannot write")
    case .sync:
      Phrase(
        kk: "дискіге жазу мүмкін емес", ru: "не удалось сбросить на диск",
        en: "cannot flush to disk")
    }
  }

  /// The system's text for an `errno`, without a final period.
  private static func reason(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }  // l10n: ignore — errno
    return String(cString: text)
  }
}
