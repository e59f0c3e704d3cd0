/// Parses a JSON document (RFC 8259) from UTF-8 bytes into a ``JSONValue`` that remembers
/// where each value and key stands.
///
/// The one parser of the package: records, methodology files, journal lines and the drafts
/// they embed are all read by it, so the same bytes get the same ``JSONSyntaxError`` whatever
/// they were meant to be.
///
/// The parser is iterative, with an explicit stack of open containers, so that no input can
/// exhaust the call stack; ``depthLimit`` bounds the nesting so that none can exhaust memory
/// through it either. It accepts exactly RFC 8259 (no comments, no trailing commas, no `NaN`),
/// skips a leading UTF-8 byte-order mark, and returns a typed error for anything else: it never
/// traps on any byte sequence.
package struct JSONParser: Sendable {
  /// How many objects and arrays may be open at once: a nesting no record, methodology or
  /// journal line comes near (a journal line holds its draft one level down).
  package static let depthLimit = 512

  /// The parser; it keeps nothing between documents.
  package init() {}

  /// Parses one JSON value, surrounded by optional white space.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  /// - Throws: ``JSONSyntaxError`` at the first byte that is not JSON.
  package func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var state = ParserState(bytes: bytes)
    return try state.parseDocument()
  }

  /// Parses a document held in a string.
  package func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}

/// An object or array the parser has opened and not yet closed.
private struct OpenContainer {
  var isObject: Bool
  var position: JSONPosition
  /// The byte offset of the opening bracket.
  var start: Int
  var elements: [JSONValue] = []
  var members: [JSONMember] = []
  /// The key whose value is being read, in an object.
  var key = ""
  var keyPosition = JSONPosition.none

  /// The container, closed by the bracket just before `end`.
  func value(end: Int) -> JSONValue {
    JSONValue(isObject ? .object(members) : .array(elements), at: position, bytes: start..<end)
  }
}

/// The parse in progress: the input, the place reached, and the open containers.
struct ParserState {
  var input: ByteCursor
  private var open: [OpenContainer] = []

  init(bytes: [UInt8]) {
    self.input = ByteCursor(bytes)
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    input.skipByteOrderMark()
    input.skipWhitespace()
    if input.isAtEnd { throw JSONSyntaxError(.empty, at: input.position) }
    var afterComma = false
    while true {
      // A value is expected here: a scalar completes at once, a container opens.
      input.skipWhitespace()
      var completed: JSONValue
      switch input.peek() {
      case UInt8(ascii: "{"):
        try openContainer(isObject: true)
        if input.peek() == UInt8(ascii: "}") {
          input.advance()
          completed = closeContainer()
        } else {
          try readKey(afterComma: false)
          afterComma = false
          continue
        }
      case UInt8(ascii: "["):
        try openContainer(isObject: false)
        if input.peek() == UInt8(ascii: "]") {
          input.advance()
          completed = closeContainer()
        } else {
          afterComma = false
          continue
        }
      default:
        completed = try readScalar(afterComma: afterComma)
      }
      // Hand the completed value to its container; closing one completes another.
      while true {
        guard !open.isEmpty else {
          input.skipWhitespace()
          guard input.isAtEnd else {
            throw JSONSyntaxError(.trailingContent(found: input.found), at: input.position)
          }
          return completed
        }
        let top = open.count - 1
        input.skipWhitespace()
        if open[top].isObject {
          open[top].members.append(
            JSONMember(open[top].key, completed, keyPosition: open[top].keyPosition))
          switch input.peek() {
          case UInt8(ascii: ","):
            input.advance()
            try readKey(afterComma: true)
            afterComma = false
          case UInt8(ascii: "}"):
            input.advance()
            completed = closeContainer()
            continue
          default:
            throw error(.expectedCommaOrObjectEnd(found: input.found))
          }
        } else {
          open[top].elements.append(completed)
          switch input.peek() {
          case UInt8(ascii: ","):
            input.advance()
            afterComma = true
          case UInt8(ascii: "]"):
            input.advance()
            completed = closeContainer()
            continue
          default:
            throw error(.expectedCommaOrArrayEnd(found: input.found))
          }
        }
        break
      }
    }
  }

  /// Opens the object or array at the cursor and skips the white space after its bracket.
  private mutating func openContainer(isObject: Bool) throws(JSONSyntaxError) {
    guard open.count < JSONParser.depthLimit else {
      throw error(.tooDeep(limit: JSONParser.depthLimit))
    }
    open.append(OpenContainer(isObject: isObject, position: input.position, start: input.index))
    input.advance()
    input.skipWhitespace()
  }

  private mutating func closeContainer() -> JSONValue {
    // Only called with a container open: the callers have just appended or checked one.
    open.popLast()?.value(end: input.index) ?? .null
  }

  /// Reads `"key" :` in the innermost object.
  private mutating func readKey(afterComma: Bool) throws(JSONSyntaxError) {
    input.skipWhitespace()
    let position = input.position
    guard input.peek() == UInt8(ascii: "\"") else {
      if afterComma, input.peek() == UInt8(ascii: "}") {
        throw error(.trailingComma(before: "}"))
      }
      throw error(.expectedKey(found: input.found))
    }
    let key = try readString(withPendingValue: false)
    open[open.count - 1].key = key
    open[open.count - 1].keyPosition = position
    input.skipWhitespace()
    guard input.peek() == UInt8(ascii: ":") else {
      throw error(.expectedColon(found: input.found), path: currentPath(withPendingValue: true))
    }
    input.advance()
  }

  /// Reads a string, number, `true`, `false` or `null`.
  private mutating func readScalar(afterComma: Bool) throws(JSONSyntaxError) -> JSONValue {
    let position = input.position
    let start = input.index
    guard let byte = input.peek() else {
      throw error(.endWhereValueExpected)
    }
    switch byte {
    case UInt8(ascii: "\""):
      let text = try readString(withPendingValue: true)
      return JSONValue(.string(text), at: position, bytes: start..<input.index)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let token = input.token()
      guard JSONNumberGrammar.matches(token) else {
        throw error(
          .invalidNumber(JSONNumberGrammar.quoted(token)), path: currentPath(withPendingValue: true)
        )
      }
      input.advance(by: token.count)
      return JSONValue(
        .number(String(decoding: token, as: UTF8.self)), at: position, bytes: start..<input.index)
    case UInt8(ascii: "]") where afterComma:
      throw error(.trailingComma(before: "]"))
    default:
      let token = input.token()
      let word = String(decoding: token, as: UTF8.self)
      let literal: JSONValue.Content? =
        switch word {
        case "true": .bool(true)
        case "false": .bool(false)
        case "null": .null
        default: nil
        }
      guard let literal else {
        let found = token.isEmpty ? input.found : "'\(JSONNumberGrammar.quoted(token))'"
        throw error(.expectedValue(found: found), path: currentPath(withPendingValue: true))
      }
      input.advance(by: token.count)
      return JSONValue(literal, at: position, bytes: start..<input.index)
    }
  }

  /// Reads the string whose opening quote is at the cursor; an error names the path
  /// ``currentPath(withPendingValue:)`` gives.
  ///
  /// The path is built only for an error: building it for every string cost O(depth²) a
  /// string, minutes for a large document nested deep (found while fuzzing).
  private mutating func readString(withPendingValue: Bool) throws(JSONSyntaxError) -> String {
    do throws(JSONSyntaxError) {
      return try input.readString()
    } catch {
      throw JSONSyntaxError(
        error.problem, at: error.position, path: currentPath(withPendingValue: withPendingValue))
    }
  }

  /// An error at the cursor, in the innermost open container.
  private func error(_ problem: JSONSyntaxProblem, path: JSONPath? = nil) -> JSONSyntaxError {
    JSONSyntaxError(problem, at: input.position, path: path ?? currentPath(withPendingValue: false))
  }

  /// The path of the innermost open container, and with `withPendingValue` of the value being
  /// read in it.
  private func currentPath(withPendingValue: Bool) -> JSONPath {
    var components: [JSONPath.Component] = []
    components.reserveCapacity(open.count)
    for (offset, container) in open.enumerated() {
      if offset == open.count - 1 && !withPendingValue { break }
      components.append(
        container.isObject ? .key(container.key) : .index(container.elements.count))
    }
    return JSONPath(components)
  }
}
