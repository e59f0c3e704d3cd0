import HattamaKit

/// Why ``OutputFile`` will not put its text at a path: each refusal is exit 2, nothing changed.
enum OutputRefusal: Sendable {
  /// `J.jsonl.broken`, where `session repair` keeps a torn line's bytes.
  case broken
  /// The file, or the folder it is named in, is a symbolic link.
  case symbolicLink
  /// A device, a FIFO or a socket.
  case notRegular
  /// One of the command's own inputs.
  case input
  /// A journal, or a torn line kept from one.
  case journal

  /// The sentence after the file's name.
  var sentence: Phrase {
    switch self {
    case .broken:
      Phrase(
        kk: "'.broken' файлы, онда 'session repair' үзілген жолдың байттарын сақтайды; шығыс оны "
          + "ешқашан ауыстырмайды және жасамайды.",
        ru: "это файл '.broken', где 'session repair' хранит байты оборванной строки; вывод "
          + "никогда не заменяет и не создаёт его.",
        en: "is a '.broken' file, where 'session repair' keeps a torn line's bytes; it is never "
          + "replaced or created by an output.")
    case .symbolicLink:
      Phrase(
        kk: "символдық сілтеме, hattama оны ауыстырмайды және ол арқылы жазбайды. Файлдың өз "
          + "жолын немесе жаңа атау беріңіз.",
        ru: "это символическая ссылка, которую hattama не заменяет и через которую не пишет. "
          + "Укажите путь к самому файлу или новое имя.",
        en: "is a symbolic link, which hattama does not replace or write through. Give the path "
          + "of the file itself, or a new name.")
    case .notRegular:
      Phrase(
        kk: "кәдімгі файл емес (құрылғы, FIFO немесе сокет); файлдың атауын беріңіз.",
        ru: "это не обычный файл (устройство, FIFO или сокет); укажите имя файла.",
        en: "is not a regular file (a device, a FIFO or a socket); give the name of a file.")
    case .input:
      Phrase(
        kk: "бұл команданың кірісі; шығысқа басқа атау беріңіз.",
        ru: "это вход этой команды; укажите другое имя для вывода.",
        en: "is an input of this command; give another name for the output.")
    case .journal:
      Phrase(
        kk: "hattama журналы (немесе одан сақталған үзілген жол); журнал ешқашан ауыстырылмайды. "
          + "Шығысқа басқа атау беріңіз.",
        ru: "это журнал hattama (или сохранённая из него оборванная строка); журнал никогда не "
          + "заменяется. Укажите другое имя для вывода.",
        en: "is a hattama journal (or a torn line kept from one); a journal is never replaced. "
          + "Give another name for the output.")
    }
  }
}
