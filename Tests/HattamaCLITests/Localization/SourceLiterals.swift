import Foundation

/// The string literals of a Swift source file that read as English prose and are not one of a
/// ``Phrase``'s labelled texts: what the catalogue test counts as a message left untranslated.
///
/// A reading of the source, not a Swift parser: it finds `"…"` literals (skipping what
/// interpolations hold) and multi-line `"""` blocks, and calls a literal prose when two Latin
/// words of two letters or more stand side by side. A literal given as `kk:`, `ru:` or `en:` —
/// or continuing one with `+` on the next line — is a phrase's text. A line may say
/// `// l10n: ignore` (an HTML class, a format name; a `"""` block on its closing line), a file
/// `// l10n: exempt` (with its reason).
struct SourceLiterals {
  struct Literal: Equatable {
    var line: Int
    var text: String
  }

  /// The untranslated prose literals of `source`, with their line numbers.
  static func untranslated(in source: String) -> [Literal] {
    var found: [Literal] = []
    var labelled = false
    var block: (start: Int, labelled: Bool, text: String)?
    for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let number = index + 1
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if var open = block {
        if trimmed.hasPrefix("\"\"\"") {
          // Swift allows nothing after an opening `"""`, so a block says ignore on its closing line.
          let ignored = line.contains("// l10n: ignore")
          if !open.labelled, !ignored, isProse(open.text) {
            found.append(Literal(line: open.start, text: open.text))
          }
          block = nil
        } else {
          open.text += " " + trimmed
          block = open
        }
        continue
      }
      if trimmed.hasPrefix("//") || line.contains("// l10n: ignore") { continue }
      if trimmed.hasSuffix("\"\"\"") {
        let before = trimmed.dropLast(3).trimmingCharacters(in: .whitespaces)
        block = (number, isLabel(before) || (labelled && before.isEmpty), "")
        continue
      }
      let continues = trimmed.hasPrefix("+") || trimmed.hasPrefix("\"")
      if !continues { labelled = false }
      for (prefix, text) in literals(in: String(line)) {
        let label = isLabel(prefix.trimmingCharacters(in: .whitespaces))
        if label { labelled = true }
        if !label && !(continues && labelled) && isProse(text) {
          found.append(Literal(line: number, text: text))
        }
      }
    }
    return found
  }

  private static func isLabel(_ prefix: String) -> Bool {
    ["kk:", "ru:", "en:"].contains { prefix.hasSuffix($0) }
  }

  /// Two Latin words side by side: "There is", "not met".
  static func isProse(_ text: String) -> Bool {
    text.range(of: "[A-Za-z]{2,} [A-Za-z]{2,}", options: .regularExpression) != nil
  }

  /// Each literal on the line with the code before it; interpolations read as `X`.
  static func literals(in line: String) -> [(prefix: String, text: String)] {
    var result: [(String, String)] = []
    let characters = Array(line)
    var index = 0
    var prefixStart = 0
    while index < characters.count {
      guard characters[index] == "\"" else {
        index += 1
        continue
      }
      let prefix = String(characters[prefixStart..<index])
      var text = ""
      index += 1
      while index < characters.count, characters[index] != "\"" {
        if characters[index] == "\\", index + 1 < characters.count {
          if characters[index + 1] == "(" {
            index = skipInterpolation(characters, from: index + 2)
            text += "X"
            continue
          }
          index += 2
          continue
        }
        text.append(characters[index])
        index += 1
      }
      index += 1
      prefixStart = index
      result.append((prefix, text))
    }
    return result
  }

  /// The index after the `)` that closes an interpolation opened before `start`.
  private static func skipInterpolation(_ characters: [Character], from start: Int) -> Int {
    var depth = 1
    var index = start
    var inString = false
    while index < characters.count, depth > 0 {
      let character = characters[index]
      if character == "\\" {
        index += 2
        continue
      }
      if character == "\"" { inString.toggle() }
      if !inString, character == "(" { depth += 1 }
      if !inString, character == ")" { depth -= 1 }
      index += 1
    }
    return index
  }
}
