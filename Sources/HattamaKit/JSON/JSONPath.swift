/// Where a value sits in a document, written `cases[0].score`.
///
/// Messages print it after the line and column so that a reader finds the field both in an
/// editor and in the record's structure. The root is the empty path, written `$`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step down from an object or an array.
  public enum Component: Sendable, Hashable {
    /// A member of an object, by its key.
    case key(String)
    /// An element of an array, from 0.
    case index(Int)
  }

  /// The steps from the root, outermost first.
  public var components: [Component]

  package init(_ components: [Component] = []) { self.components = components }

  /// The root of the document.
  package static let root = JSONPath()

  /// The path is the document's root, `$`.
  public var isRoot: Bool { components.isEmpty }

  /// The path of a member of the object at this path.
  package func appending(_ key: String) -> JSONPath { appending(component: .key(key)) }

  /// The path of an element of the array at this path.
  package func appending(index: Int) -> JSONPath { appending(component: .index(index)) }

  /// One allocation, of the exact size: decoders build a path for every field they read.
  private func appending(component: Component) -> JSONPath {
    var longer: [Component] = []
    longer.reserveCapacity(components.count + 1)
    longer.append(contentsOf: components)
    longer.append(component)
    return JSONPath(longer)
  }

  /// `cases[0].score`; `$` for the root; a key that is no plain name is quoted:
  /// `motions[0].votes["m 1"]`.
  public var description: String {
    if components.isEmpty { return "$" }
    var text = ""
    for component in components {
      switch component {
      case .index(let index):
        text += "[\(index)]"
      case .key(let key) where JSONPath.isPlainName(key):
        text += text.isEmpty ? key : "." + key
      case .key(let key):
        text += "[" + JSONWriter.quoted(key) + "]"
      }
    }
    return text
  }

  /// Letters, digits, `_` and `-`, not starting with a digit or `-`.
  private static func isPlainName(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, first != "-", !("0"..."9").contains(first)
    else { return false }
    return key.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
    }
  }
}
