import HattamaKit

/// The one way every command finds the rules that govern a record (``GoverningRules``), and
/// the one place their problems become sentences with what to do.
extension Inputs {
  /// The methodology given with `--methodology-file`, if any.
  static func givenMethodology(_ invocation: Invocation?) throws(CLIError) -> Methodology? {
    guard let path = invocation?.value(methodologyOption.name) else { return nil }
    return try methodology(file: path)
  }

  /// The rules that govern `record`: a journal's pinned methodology, else the one given, else
  /// the built-in one the record names.
  ///
  /// - Throws: ``CLIError/input(file:message:)`` (exit 2) saying why none governs it.
  static func governing(
    _ record: Record, file: String, pinned: Methodology? = nil, _ invocation: Invocation
  ) throws(CLIError) -> GoverningRules {
    do {
      return try GoverningRules.resolve(
        for: record, pinned: pinned, given: try givenMethodology(invocation))
    } catch let error as RulesProblem {
      throw .input(file: file, message: message(error))
    } catch let error as CLIError {
      throw error
    } catch {
      preconditionFailure("unexpected error \(error)")  // l10n: ignore — for developers
    }
  }

  /// The rules of a sitting already read, under the methodology ``sitting(_:_:)`` resolved
  /// for it (a journal's pinned copy, the given file, or the built-in one): not resolved, nor
  /// the file read, a second time.
  ///
  /// - Throws: ``CLIError/input(file:message:)`` (exit 2) saying why none governs it.
  static func governing(_ sitting: LoadedSitting, file: String) throws(CLIError) -> GoverningRules {
    do throws(RulesProblem) {
      return try GoverningRules.resolve(for: sitting.record, pinned: sitting.methodology)
    } catch {
      throw .input(file: file, message: message(error))
    }
  }

  /// The methodology that governs `record`, or `nil` when it names one the tool does not know:
  /// the audit reports that as a finding. A methodology that differs from a journal's pinned
  /// one is an error.
  static func chosenMethodology(
    _ record: Record, file: String, pinned: Methodology? = nil, _ invocation: Invocation?
  ) throws(CLIError) -> Methodology? {
    let given = try givenMethodology(invocation)
    do throws(RulesProblem) {
      return try GoverningRules.choose(for: record, pinned: pinned, given: given)
    } catch {
      if case .unknown = error { return nil }
      throw .input(file: file, message: message(error))
    }
  }

  /// The problem's reason and what to type about it.
  static func message(_ problem: RulesProblem) -> Phrase {
    let advice =
      switch problem {
      case .unknown:
        Phrase(
          kk: ". Оның 'methodology' өрісін түзетіңіз ('hattama methodology list' қараңыз) немесе "
            + "ережелерді --methodology-file FILE арқылы беріңіз.",
          ru: ". Исправьте поле 'methodology' (см. 'hattama methodology list') или передайте "
            + "правила через --methodology-file FILE.",
          en: ". Correct its 'methodology' field (see 'hattama methodology list') or give the "
            + "rules with --methodology-file FILE.")
      case .kindUnsupported:
        Phrase(
          kk: ". Жазбаның 'kind' немесе 'methodology' өрісін түзетіңіз, не оған арналған "
            + "әдістемені --methodology-file FILE арқылы беріңіз.",
          ru: ". Исправьте поле 'kind' или 'methodology' записи либо передайте для неё методику "
            + "через --methodology-file FILE.",
          en: ". Correct the record's 'kind' or 'methodology', or give a methodology for it with "
            + "--methodology-file FILE.")
      case .differsFromPinned:
        Phrase(
          kk: ". --methodology-file опциясын алып тастаңыз: журналдың өз көшірмесі қолданылады.",
          ru: ". Уберите --methodology-file: действует собственная копия журнала.",
          en: ". Leave out --methodology-file: the journal's own copy governs.")
      }
    return problem.message + advice
  }
}
