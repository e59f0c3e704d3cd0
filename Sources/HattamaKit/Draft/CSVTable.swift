/// A spreadsheet exported as CSV, as HR's Excel writes it: UTF-8 with or without a byte order
/// mark, comma- or semicolon-delimited (Excel's Kazakh and Russian locales write `;`), fields in
/// double quotes where they hold the delimiter, a quote or a line break (RFC 4180), CRLF or LF.
///
/// The delimiter is the one the header row uses: a `;` outside quotes there means semicolons.
package struct CSVTable: Sendable, Equatable {
  /// The header row's cells, trimmed.
  package var header: [String]
  /// The data rows, each with its 1-based line number in the file for messages.
  package var rows: [Row]

  package struct Row: Sendable, Equatable {
    package var line: Int
    package var cells: [String]
  }

  /// Parses a CSV file.
  ///
  /// - Throws: ``CSVError`` for text that is not UTF-8, an unterminated quote, or no header.
  /// - Complexity: O(n) in the bytes.
  package init(_ bytes: [UInt8]) throws(CSVError) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else { throw .notUTF8 }
    let delimiter = Self.delimiter(of: text)
    var records = try Self.records(text, delimiter: delimiter)
    records.removeAll { $0.cells.allSatisfy { $0.trimmingSpaces.isEmpty } }
    guard let first = records.first else { throw .empty }
    header = first.cells.map(\.trimmingSpaces)
    rows = Array(records.dropFirst())
  }

  /// `;` when the header line has one outside quotes, else `,`.
  static func delimiter(of text: String) -> Character {
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if quoted { continue }
      if character == "\n" || character == "\r" { break }
      if character == ";" { return ";" }
    }
    return ","
  }

  private static func records(_ text: String, delimiter: Character) throws(CSVError) -> [Row] {
    var rows: [Row] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var line = 1
    var rowLine = 1
    var characters = text.makeIterator()
    var pending: Character? = characters.next()
    while let character = pending {
      pending = characters.next()
      if quoted {
        if character == "\"" {
          if pending == "\"" {
            cell.append("\"")
            pending = characters.next()
          } else {
            quoted = false
          }
        } else {
          if character == "\n" || character == "\r\n" { line += 1 }
          cell.append(character)
        }
        continue
      }
      switch character {
      case "\"" where cell.trimmingSpaces.isEmpty: (quoted, cell) = (true, "")
      case delimiter: (cells, cell) = (cells + [cell], "")
      case "\n", "\r\n", "\r":
        rows.append(Row(line: rowLine, cells: cells + [cell]))
        (cells, cell) = ([], "")
        line += 1
        rowLine = line
      default: cell.append(character)
      }
    }
    if quoted { throw .unterminatedQuote(line: rowLine) }
    if !cells.isEmpty || !cell.isEmpty { rows.append(Row(line: rowLine, cells: cells + [cell])) }
    return rows
  }
}

/// Why a file is not a CSV table.
package enum CSVError: Error, Sendable, Equatable {
  case notUTF8
  case empty
  case unterminatedQuote(line: Int)
}

extension CSVError: CustomStringConvertible {
  public var description: String { message.en }

  /// Why, in each language, after the file's name.
  public var message: Phrase {
    switch self {
    case .notUTF8:
      Phrase(
        kk: "UTF-8 мәтіні емес; оны Excel-ден \"CSV UTF-8\" түрінде сақтаңыз",
        ru: "не текст UTF-8; сохраните его из Excel как \"CSV UTF-8\"",
        en: "is not UTF-8 text; save it from Excel as \"CSV UTF-8\"")
    case .empty: Phrase(kk: "тақырып жолы жоқ", ru: "нет строки заголовка", en: "has no header row")
    case .unterminatedQuote(let line):
      Phrase(
        kk: "\(line)-жол: тырнақшадағы ұяшық жабылмаған",
        ru: "строка \(line): ячейка в кавычках не закрыта",
        en: "line \(line): a quoted cell is never closed")
    }
  }
}

extension String {
  /// Without the spaces and tabs at either end.
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(scalars)
  }
}
