// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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
  var sentence: String {
    switch self {
    case .broken:
      "is a '.broken' file, where 'session repair' keeps a torn line's bytes; it is never "
        + "replaced or created by an output."
    case .symbolicLink:
      "is a symbolic link, which hattama does not replace or write through. Give the path of "
        + "the file itself, or a new name."
    case .notRegular:
      "is not a regular file (a device, a FIFO or a socket); give the name of a file."
    case .input: "is an input of this command; give another name for the output."
    case .journal:
      "is a hattama journal (or a torn line kept from one); a journal is never replaced. Give "
        + "another name for the output."
    }
  }
}
