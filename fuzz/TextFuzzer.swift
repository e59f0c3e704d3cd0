import HattamaKit

/// The small text parsers on arbitrary UTF-8: `Score(parsing:)`, `ScoreInput(text:)`,
/// `Day(iso:)` and the journal anchor `JournalAnchor(parsing:)`.
///
/// Checked: no input traps; a parsed score lies in 0.00–5.00 and reads back from its
/// description, with a point or a comma; `ScoreInput` is valid exactly when `Score` parses,
/// and reads back from its description; a parsed day is written exactly as the input (ISO
/// dates have one spelling), survives its ordinal, and has a weekday from 1 to 7; the days
/// two years around it are written (even past 9999) and, in years 1–9999, read back; an
/// anchor reads back from its description.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
  checkScore(text)
  checkDay(text)
  checkAnchor(text)
  return 0
}

func checkScore(_ text: String) {
  let parsed = try? Score(parsing: text)
  if let score = parsed {
    require((0...500).contains(score.hundredths), "a parsed score is within 0–500", text)
    require((try? Score(parsing: score.description)) == score, "a score reads back", text)
    let comma = score.formatted(decimalSeparator: ",")
    require((try? Score(parsing: comma)) == score, "a score with a comma reads back", text)
  }
  do {
    let input = try ScoreInput(text: text)
    require(input.score == parsed, "ScoreInput is valid exactly when Score parses", text)
    require(
      (try? ScoreInput(text: input.description)) == input, "a score input reads back", text)
  } catch {
    require(parsed == nil, "ScoreInput refuses only what Score refuses", text)
  }
}

func checkDay(_ text: String) {
  guard let day = Day(iso: text) else { return }
  require(day.description == text, "a day is written as it was read", text)
  require(Day(ordinal: day.ordinal) == day, "a day survives its ordinal", text)
  require((1...7).contains(day.weekday), "a weekday is 1–7", text)
  require(day.adding(days: 1) > day, "the next day is later", text)
  // Deadlines are counted past the last valid day (`calendar add 9999-12-31 5`): a day
  // outside years 1–9999 must still be written, and one inside them read back.
  for offset in [-800, -366, -1, 1, 366, 800] {
    let other = day.adding(days: offset)
    let written = other.description
    if (1...9999).contains(other.year) {
      require(Day(iso: written) == other, "a day near a parsed one reads back", written)
    }
  }
}

func checkAnchor(_ text: String) {
  do {
    let anchor = try JournalAnchor(parsing: text)
    require(anchor.events > 0, "an anchor counts at least one event", text)
    require(
      (try? JournalAnchor(parsing: anchor.description)) == anchor, "an anchor reads back", text)
  } catch {
    note("anchor: \(error)")
  }
}
