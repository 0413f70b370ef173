import Foundation
import RoundsDomain

/// A text file split into lines of whitespace-separated fields, so every reader in this folder
/// reports a problem as `path:line` with the field to fix, never by crashing on bad input.
///
/// ```swift
/// let text = try BenchmarkText(path: "berlin52.tsp")
/// let x = try text.number(text.lines[6].fields[1], field: "NODE_COORD_SECTION", line: text.lines[6].number)
/// ```
struct BenchmarkText {
    struct Line {
        /// 1-based, counting blank lines, as an editor shows it.
        let number: Int
        let text: Substring
        let fields: [Substring]
    }

    let path: String
    /// The non-blank lines.
    let lines: [Line]
    /// One past the last line, where a missing trailing section would have gone.
    let endLine: Int
    /// Every whitespace-separated value in the file: no format lists more nodes than this, so a
    /// larger DIMENSION is refused before anything is sized by it.
    let fieldCount: Int

    init(path: String) throws(RoundsError) {
        self.init(path: path, contents: try Self.contents(of: path))
    }

    init(path: String, contents: String) {
        self.path = path
        // Solomon files end lines with CRLF, which Swift reads as one newline character.
        let raw = contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        lines = raw.enumerated().compactMap { index, text in
            let fields = text.split(whereSeparator: \.isWhitespace)
            return fields.isEmpty ? nil : Line(number: index + 1, text: text, fields: fields)
        }
        endLine = raw.count + 1
        fieldCount = lines.reduce(0) { $0 + $1.fields.count }
    }

    static func contents(of path: String) throws(RoundsError) -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RoundsError(.notFound, .fileNotFound(path))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RoundsError(.io, .unreadableFile(path))
        }
        var text = String(decoding: data, as: UTF8.self)
        // Excel writes a byte order mark before a UTF-8 CSV's header.
        if text.first == "\u{FEFF}" { text.removeFirst() }
        return text
    }

    /// The file name without folder and extension, the name of an instance that names none.
    var stem: String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    func error(_ message: Message, line: Int, field: String?) -> RoundsError {
        RoundsError(.invalidValue, message, location: RoundsError.Location(file: path, line: line), field: field)
    }

    func invalid(_ field: String, _ value: some StringProtocol, _ reason: Message, line: Int) -> RoundsError {
        error(.invalidField(field, String(value), reason), line: line, field: field)
    }

    func number(_ text: Substring, field: String, line: Int) throws(RoundsError) -> Double {
        guard let value = Double(text), value.isFinite else { throw invalid(field, text, .notANumber, line: line) }
        return value
    }

    /// Accepts `10` and `10.0`: some generators print every value as a float.
    func integer(_ text: Substring, field: String, line: Int) throws(RoundsError) -> Int {
        let value = try number(text, field: field, line: line)
        guard value == value.rounded(), abs(value) < 9e15 else { throw invalid(field, text, .wholeNumber, line: line) }
        return Int(value)
    }

    func nonNegative(_ text: Substring, field: String, line: Int) throws(RoundsError) -> Int {
        let value = try integer(text, field: field, line: line)
        guard value >= 0 else { throw invalid(field, text, .notNegative, line: line) }
        return value
    }
}
