// l10n: pending — messages not yet in the catalogue (Tests/HattamaCLITests/Localization)
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

/// The words of a draft's mark and of an extract's title, in each language.
package struct DraftWords: Sendable {
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

  package static func words(_ language: Language) -> DraftWords {
    switch language {
    case .kk:
      DraftWords(
        mark: "ЖОБА", notForSignature: "Қол қоюға жатпайды", unclosed: "журнал жабылмаған",
        findingsHeading: "Анықталған бұзушылықтар", extractTitle: "Хаттамадан үзінді")
    case .ru:
      DraftWords(
        mark: "ПРОЕКТ", notForSignature: "Не для подписи", unclosed: "журнал не закрыт",
        findingsHeading: "Выявленные нарушения", extractTitle: "Выписка из протокола")
    case .en:
      DraftWords(
        mark: "DRAFT", notForSignature: "Not for signature",
        unclosed: "the journal is not closed", findingsHeading: "Violations found",
        extractTitle: "Extract from the protocol")
    }
  }

  /// The lines that list why a draft is one: "the journal is not closed", then each finding.
  package func reasons(_ draft: ProtocolDocument.Draft) -> [String] {
    (draft.unclosed ? [unclosed] : [])
      + draft.findings.map { "\($0.code.rawValue) (\($0.clause)) · \($0.subject): \($0.message)" }
  }
}
