import RoundsDomain

/// Gathers the problems of one import so a user sees many at once, not one per run, without a
/// file of a million bad rows filling the screen: the first `limit` are kept, the rest counted.
///
/// ```swift
/// var problems = ProblemCollector(limit: 20)
/// problems.record(ExchangeProblem(file: "a.csv", row: 3, column: "緯度", message: .latitudeRange))
/// print(problems.report())   // a.csv:3: 緯度: latitude must be between -90 and 90
/// ```
public struct ProblemCollector: Sendable {
    public let limit: Int
    /// The first `limit` problems, in the order they were recorded.
    public private(set) var problems: [ExchangeProblem] = []
    /// Every problem recorded, kept or not.
    public private(set) var count = 0

    public init(limit: Int = 20) {
        self.limit = limit
    }

    public var isEmpty: Bool { count == 0 }

    public mutating func record(_ problem: ExchangeProblem) {
        count += 1
        if problems.count < limit { problems.append(problem) }
    }

    public mutating func record(_ many: ExchangeProblems) {
        for problem in many.problems { record(problem) }
    }

    /// One `file:row: column: problem` line each, then `… and N more` when some were not kept.
    public func report(in language: Language = .current) -> String {
        var lines = problems.map { $0.text(in: language) }
        if count > problems.count { lines.append(Message.moreProblems(count - problems.count).text(in: language)) }
        return lines.joined(separator: "\n")
    }
}
