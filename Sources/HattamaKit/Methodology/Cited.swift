/// A rule value with the clause that sets it, and a note where the text is silent and the
/// value is the tool's documented choice.
public struct Cited<Value: Sendable & Equatable>: Sendable, Equatable {
  public var value: Value
  /// `"002 ¶20"`; a choice made by analogy says so: `"000 ¶66 (by analogy)"`.
  public var clause: String
  public var note: String?

  public init(_ value: Value, _ clause: String, note: String? = nil) {
    self.value = value
    self.clause = clause
    self.note = note
  }
}
