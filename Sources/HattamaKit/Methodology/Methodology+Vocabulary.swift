extension Methodology {
  /// Every clause this methodology cites, in the order of its properties, repeats included.
  public var citations: [Citation] { Self.values(of: Citation.self, in: self) }

  /// Every other reading its ambiguous rules name, in the order of its properties, repeats
  /// included.
  public var readings: [Reading] { Self.values(of: Reading.self, in: self) }

  /// The values of type `T` anywhere inside `value`, depth first. Reflection rather than a walk
  /// by hand: a rule added to the model is covered without a second list of the rules to forget.
  private static func values<T>(of type: T.Type, in value: Any) -> [T] {
    if let found = value as? T { return [found] }
    return Mirror(reflecting: value).children.flatMap { values(of: type, in: $0.value) }
  }
}

extension Citation {
  /// The built-in methodologies' citations by canonical form.
  private static let builtIn: [String: Citation] = Dictionary(
    Methodology.builtIn.flatMap(\.citations).map { ($0.canonical, $0) },
    uniquingKeysWith: { first, _ in first })

  /// The citation a methodology file's `clause` names: a built-in's own, in every language, when
  /// the text is one of theirs (a file written by `methodology show --json`), else the text as
  /// it is. An exact match, never a guess at the parts of a body's own text.
  ///
  /// - Parameter canonical: the clause as the file writes it.
  init(canonical: String) {
    self = Self.builtIn[canonical] ?? Citation(verbatim: canonical)
  }
}

extension Reading {
  /// The built-in methodologies' other readings by name.
  private static let builtIn: [String: Reading] = Dictionary(
    Methodology.builtIn.flatMap(\.readings).map { ($0.name, $0) },
    uniquingKeysWith: { first, _ in first })

  /// The reading a methodology file's `readings` names: a built-in's own, in every language,
  /// when the name is one of theirs, else the name as it is.
  ///
  /// - Parameter name: the reading's name as the file writes it.
  init(name: String) {
    self = Self.builtIn[name] ?? Reading(verbatim: name)
  }
}
