import RoundsDomain

/// One thing wrong with a file being imported or exported, pointing where a user can find it:
/// the file, the row as Excel numbers it (the header is row 1), and the column's header.
///
/// ```swift
/// let problem = ExchangeProblem(file: "customers.csv", row: 7, column: "顧客名",
///                               message: .requiredField("name"))
/// problem.text(in: .en)   // "customers.csv:7: 顧客名: name is required"
/// ```
public struct ExchangeProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// Nil for problems with the whole file (it cannot be opened, its header is wrong).
    public var row: Int?
    /// The column's header as the file spells it; nil when the problem is the whole row or file.
    public var column: String?
    public var message: Message
    /// `.io` when the file could not be read or written, else `.invalidValue`.
    public var code: RoundsError.Code

    public init(file: String, row: Int? = nil, column: String? = nil, message: Message,
                code: RoundsError.Code = .invalidValue) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
        self.code = code
    }

    /// Places a value error (from `Yen.parse`, `JapaneseDate.parse`, …) at a cell.
    public init(file: String, row: Int?, column: String?, error: RoundsError) {
        self.init(file: file, row: row, column: column, message: error.message, code: error.code)
    }

    /// `file:row: column: problem`, leaving out the parts that are unknown.
    public func text(in language: Language = .current) -> String {
        var place = file
        if let row { place += ":\(row)" }
        return [place, column, message.text(in: language)].compactMap { $0 }.joined(separator: ": ")
    }

    public var description: String { text() }

    /// The same problem as the shell reports every error.
    public var roundsError: RoundsError {
        let located = Message(en: [column, message.en].compactMap { $0 }.joined(separator: ": "),
                              ja: [column, message.ja].compactMap { $0 }.joined(separator: ": "))
        return RoundsError(code, row == nil ? Message(en: "\(file): \(located.en)", ja: "\(file): \(located.ja)") : located,
                           location: row.map { RoundsError.Location(file: file, line: $0) })
    }
}

/// Several problems found at once, such as every unknown column of a header.
public struct ExchangeProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [ExchangeProblem]

    public init(_ problems: [ExchangeProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
