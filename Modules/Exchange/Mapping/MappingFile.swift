import Foundation
import RoundsDomain
import Yams

/// A `--map` file: which column holds which field, for layouts the built-in names do not cover,
/// and which columns to skip.
///
/// ```yaml
/// fields:
///   code: 得意先コード
///   name: 得意先名
///   phone: [TEL, 電話]      # several names for one field
/// ignore: [備考, 更新者]
/// ```
///
/// Its names take precedence over the built-in ones. Every entry keeps its line, so a mistake is
/// reported as `map.yaml:3: …`.
public struct MappingFile: Sendable {
    public struct Entry: Sendable, Equatable {
        /// The field's English name.
        public var field: String
        public var column: String
        public var line: Int
    }

    /// A column to skip.
    public struct Ignored: Sendable, Equatable {
        public var column: String
        public var line: Int
    }

    public let file: String
    public private(set) var fields: [Entry] = []
    public private(set) var ignore: [Ignored] = []

    /// Reads the file as UTF-8, or as Shift_JIS (CP932) when it is not UTF-8.
    public static func load(from url: URL) throws(ExchangeProblem) -> MappingFile {
        try MappingFile(root: YAMLFile.load(from: url, empty: .emptyMapping), file: url.relativePath)
    }

    public init(yaml: String, file: String) throws(ExchangeProblem) {
        try self.init(root: YAMLFile.compose(yaml, file: file, empty: .emptyMapping), file: file)
    }

    private init(root: Node, file: String) throws(ExchangeProblem) {
        self.file = file
        guard let top = root.mapping else { throw problem(root.mark?.line, .mappingShape) }
        for (key, value) in top {
            switch key.string {
            case "fields":
                guard let entries = value.mapping else { throw problem(value.mark?.line, .mappingShape) }
                for (field, columns) in entries {
                    for (column, line) in try names(columns, field: field.string ?? "") {
                        fields.append(Entry(field: field.string ?? "", column: column, line: line))
                    }
                }
            case "ignore":
                ignore += try names(value, field: "ignore").map { Ignored(column: $0.0, line: $0.1) }
            default:
                let name = key.string ?? ""
                throw problem(key.mark?.line,
                              .unknownMappingKey(name, suggestion: Suggestion.nearest(to: name, among: ["fields", "ignore"])))
            }
        }
    }

    /// A column name or a list of them, each with its line.
    private func names(_ node: Node, field: String) throws(ExchangeProblem) -> [(String, Int)] {
        let items = node.sequence.map(Array.init) ?? [node]
        return try items.map { item throws(ExchangeProblem) in
            guard let text = item.scalar?.string, item.null == nil, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw problem(item.mark?.line, .mappingValueNotText(field))
            }
            return (text, item.mark?.line ?? 0)
        }
    }

    private func problem(_ line: Int?, _ message: Message) -> ExchangeProblem {
        ExchangeProblem(file: file, row: line, message: message)
    }
}
