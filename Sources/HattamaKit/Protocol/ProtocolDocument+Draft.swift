extension ProtocolDocument {
  /// Why a protocol is written as a draft, not as a paper to sign (SPEC, "The protocol"): the
  /// violations its audit finds, and whether its journal is still open.
  public struct Draft: Sendable, Equatable {
    /// The violations the audit found, listed on the draft's first page.
    public var findings: [Finding]
    /// The journal records no `close`: the sitting may still record events.
    public var unclosed: Bool

    /// The reasons a protocol is a draft; neither by default.
    public init(findings: [Finding] = [], unclosed: Bool = false) {
      self.findings = findings
      self.unclosed = unclosed
    }
  }

  /// The extract (үзінді / выписка) for one case: the body, the sitting, the composition and
  /// attendance, that case's row and motions, the signatures and the anchor — no other
  /// employee's result, and no conclusion, which may speak of them (000 ¶21: results are
  /// confidential). `nil` when the protocol has no such case.
  ///
  /// - Parameter caseID: the case of the employee who asks for the extract.
  /// - Returns: the extract, or `nil` when the protocol has no such case.
  public func extract(case caseID: CaseID) -> ProtocolDocument? {
    guard let row = results.first(where: { $0.caseID == caseID }) else { return nil }
    var extract = self
    extract.extractOf = caseID
    extract.results = [row]
    extract.motions = motions.filter { $0.caseID == caseID }
    extract.conclusion = nil
    return extract
  }
}

/// The words of a draft's mark and of an extract's title, in one language.
package struct DraftWords: Sendable {
  /// The language the words are in.
  package var language: Language
  /// «ЖОБА» / «ПРОЕКТ» / "DRAFT", on every page.
  package var mark: String
  /// "Not for signature".
  package var notForSignature: String
  /// "the journal is not closed".
  package var unclosed: String
  /// "Violations found".
  package var findingsHeading: String
  /// "Extract from the protocol".
  package var extractTitle: String

  /// The words in `language`.
  package static func words(_ language: Language) -> DraftWords {
    DraftWords(
      language: language,
      mark: Phrase(kk: "ЖОБА", ru: "ПРОЕКТ", en: "DRAFT").text(in: language),
      notForSignature: Phrase(
        kk: "Қол қоюға жатпайды", ru: "Не для подписи", en: "Not for signature"
      )
      .text(in: language),
      unclosed: Phrase(
        kk: "журнал жабылмаған", ru: "журнал не закрыт", en: "the journal is not closed"
      )
      .text(in: language),
      findingsHeading: Phrase(
        kk: "Анықталған бұзушылықтар", ru: "Выявленные нарушения", en: "Violations found"
      ).text(in: language),
      extractTitle: Phrase(
        kk: "Хаттамадан үзінді", ru: "Выписка из протокола", en: "Extract from the protocol"
      ).text(in: language))
  }

  /// The lines that list why a draft is one: "the journal is not closed", then each finding in
  /// the protocol's language.
  package func reasons(_ draft: ProtocolDocument.Draft) -> [String] {
    (draft.unclosed ? [unclosed] : [])
      + draft.findings.map {
        "\($0.code.rawValue) (\($0.clause.text(in: language))) · \($0.subject): "
          + $0.message.text(in: language)
      }
  }
}
