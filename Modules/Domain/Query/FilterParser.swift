extension FilterExpression {
    /// Parses a `--where` expression, converting every value to its field's type.
    ///
    /// ```swift
    /// let filter = try FilterExpression(parsing: "rank = 重点 and (potential >= 100万 or tags contains vip)",
    ///                                   fields: .customer)
    /// ```
    ///
    /// Keywords ignore case; `&&`, `||` and `!` work too. `not` binds tighter than `and`, `and`
    /// tighter than `or`:
    ///
    ///     expression := and-expr ("or" and-expr)*
    ///     and-expr   := unary ("and" unary)*
    ///     unary      := "not" unary | "(" expression ")" | condition
    ///     condition  := FIELD ("=" | "!=" | "<>" | "<" | "<=" | ">" | ">=") VALUE
    ///                 | FIELD ["not"] "contains" VALUE
    ///                 | FIELD ["not"] "in" "(" VALUE ("," VALUE)* ")"
    ///                 | FIELD "is" ["not"] "null"
    ///
    /// A VALUE is a bare word or a quoted string ('…', "…" or 「…」, `\` escaping the next
    /// character); bare `null` means "no value".
    ///
    /// - Throws: `RoundsError(.usage, …)` whose message starts with the 1-based column.
    public init(parsing text: String, fields: FieldCatalog) throws(RoundsError) {
        var parser = FilterParser(tokens: try FilterLexer.tokens(text), fields: fields)
        self = try parser.parse()
    }
}

/// A recursive-descent parser with one token of lookahead.
struct FilterParser {
    private let tokens: [FilterToken]
    private let fields: FieldCatalog
    private var index = 0
    /// Open parentheses, to tell a stray ')' from one that closes a group.
    private var depth = 0

    init(tokens: [FilterToken], fields: FieldCatalog) {
        self.tokens = tokens
        self.fields = fields
    }

    mutating func parse() throws(RoundsError) -> FilterExpression {
        guard current.kind != .end else { throw RoundsError(.usage, .emptyFilter) }
        let expression = try disjunction()
        guard current.kind == .end else { throw unexpectedAfterCondition() }
        return expression
    }

    private var current: FilterToken { tokens[index] }

    private mutating func take(_ symbol: FilterSymbol?, or keyword: String? = nil) -> Bool {
        let matches = symbol.map { current.kind == .symbol($0) } == true || keyword.map(current.isKeyword) == true
        if matches { index += 1 }
        return matches
    }

    private mutating func disjunction() throws(RoundsError) -> FilterExpression {
        var expression = try conjunction()
        while take(.or, or: "or") { expression = .or(expression, try conjunction()) }
        return expression
    }

    private mutating func conjunction() throws(RoundsError) -> FilterExpression {
        var expression = try unary()
        while take(.and, or: "and") { expression = .and(expression, try unary()) }
        return expression
    }

    private mutating func unary() throws(RoundsError) -> FilterExpression {
        if take(.not, or: "not") { return .not(try unary()) }
        guard take(.open) else { return try condition() }
        let open = tokens[index - 1]
        depth += 1
        let inner = try disjunction()
        guard take(.close) else {
            throw current.kind == .end ? .filter(at: open.column, .unclosedParenthesis) : unexpectedAfterCondition()
        }
        depth -= 1
        return inner
    }

    private mutating func condition() throws(RoundsError) -> FilterExpression {
        let name = current
        guard name.kind == .word, !name.isKeyword("and"), !name.isKeyword("or") else { throw expected(.condition) }
        index += 1
        let field = try fields.field(named: name.value, at: name.column)
        let operatorToken = current
        if case .symbol(let symbol) = operatorToken.kind, let comparison = symbol.comparison {
            index += 1
            let ordering = comparison != .equal && comparison != .notEqual
            if ordering, [.rank, .status, .tags].contains(field.type) {
                throw .filter(at: operatorToken.column, .orderingNotAllowed(operatorToken.source, field: field))
            }
            let value = try field.filterValue(try literal())
            if ordering, value == .null { throw .filter(at: operatorToken.column, .nullOrdering(operatorToken.source)) }
            return .compare(field: field.name, comparison, value)
        }
        if take(nil, or: "is") {
            let negated = take(.not, or: "not")
            guard take(nil, or: "null") else { throw expected(.null) }
            return .compare(field: field.name, negated ? .notEqual : .equal, .null)
        }
        let negated = take(.not, or: "not")
        if take(nil, or: "in") { return try list(field, negated: negated) }
        guard take(nil, or: "contains") else { throw expected(negated ? .inOrContains : .comparison) }
        guard field.type == .text || field.type == .tags else {
            throw .filter(at: tokens[index - 1].column, .containsNotAllowed(field: field))
        }
        let token = try literal()
        let value = try field.filterValue(token)
        guard value != .null else { throw .filter(at: token.column, .nullContains) }
        return negated ? .not(.contains(field: field.name, value)) : .contains(field: field.name, value)
    }

    private mutating func list(_ field: FieldCatalog.Field, negated: Bool) throws(RoundsError) -> FilterExpression {
        guard take(.open) else { throw expected(.openParenthesis) }
        let open = tokens[index - 1]
        var values: [FilterValue] = []
        repeat {
            values.append(try field.filterValue(try literal(inList: true)))
        } while take(.comma)
        guard take(.close) else {
            throw current.kind == .end ? .filter(at: open.column, .unclosedParenthesis) : expected(.listSeparator)
        }
        // SQL's IN never matches NULL, so a null in the list becomes a comparison of its own.
        let present = values.filter { $0 != .null }
        var parts: [FilterExpression] = present.isEmpty ? [] : [.isIn(field: field.name, present, negated: negated)]
        if present.count < values.count { parts.append(.compare(field: field.name, negated ? .notEqual : .equal, .null)) }
        return parts.dropFirst().reduce(parts[0]) { negated ? .and($0, $1) : .or($0, $1) }
    }

    /// Reads one value. Outside a list a comma could mean nothing else, so `¥1,200,000` and
    /// `sat,sun` stay whole; inside one it separates values unless a ¥ amount goes on in digits.
    private mutating func literal(inList: Bool = false) throws(RoundsError) -> FilterToken {
        let first = current
        guard first.kind == .word || first.kind == .quoted else { throw expected(.value) }
        index += 1
        guard first.kind == .word, !inList || first.value.hasPrefix("¥") || first.value.hasPrefix("￥") else { return first }
        var glued = first
        while current.kind == .symbol(.comma), current.column == glued.endColumn, let next = tokens.dropFirst(index + 1).first,
              next.kind == .word, next.column == current.endColumn,
              !inList || next.value.first.map({ $0.halfwidth.isASCII && $0.isNumber }) == true {
            let source = glued.source + current.source + next.source
            glued = FilterToken(kind: .word, value: source, source: source, column: first.column)
            index += 2
        }
        return glued
    }

    private func expected(_ what: FilterExpectation) -> RoundsError {
        guard index > 0 else { return .filter(at: current.column, .unexpected(current.shown)) }
        let found = current.kind == .end ? nil : current.shown
        return .filter(at: current.column, .expected(what, after: tokens[index - 1].shown, found: found))
    }

    private func unexpectedAfterCondition() -> RoundsError {
        if depth == 0, current.kind == .symbol(.close) { return .filter(at: current.column, .unmatchedClose) }
        return .filter(at: current.column, .expectedConnective(before: current.shown, insideParentheses: depth > 0))
    }
}

extension SortKey {
    /// Parses a `--sort` list: field names separated by commas, each ascending unless it starts
    /// with `-` or ends with `desc`.
    ///
    /// ```swift
    /// let order = try SortKey.list(parsing: "rank,-potential", fields: .customer)
    /// // [SortKey(field: "rank"), SortKey(field: "potential", descending: true)]
    /// ```
    ///
    /// - Throws: `RoundsError(.usage, …)` whose message starts with the 1-based column.
    public static func list(parsing text: String, fields: FieldCatalog) throws(RoundsError) -> [SortKey] {
        let characters = Array(text)
        guard characters.contains(where: { !$0.isWhitespace }) else { throw RoundsError(.usage, .emptySort) }
        var keys: [SortKey] = []
        var start = 0
        for end in Array(characters.indices) + [characters.count]
        where end == characters.count || characters[end].halfwidth == "," || characters[end] == "、" {
            let key = try key(words(characters, in: start..<end), at: start + 1, fields: fields)
            guard !keys.contains(where: { $0.field == key.field }) else {
                throw .filter(at: start + 1 + characters[start..<end].prefix(while: \.isWhitespace).count,
                              .duplicateSortField(key.field))
            }
            keys.append(key)
            start = end + 1
        }
        return keys
    }

    /// One entry: `name`, `-name`, `+name`, `name desc` or `name asc`.
    private static func key(_ words: [(text: String, column: Int)], at column: Int,
                            fields: FieldCatalog) throws(RoundsError) -> SortKey {
        guard let first = words.first else { throw .filter(at: column, .expectedFieldName) }
        let sign = first.text.first.map(\.halfwidth).flatMap { "+-".contains($0) ? $0 : nil }
        let name = sign == nil ? first.text : String(first.text.dropFirst())
        guard !name.isEmpty else {
            throw .filter(at: first.column + 1, .expected(.fieldName, after: "'\(first.text)'", found: words.dropFirst().first.map { "'\($0.text)'" }))
        }
        let field = try fields.field(named: name, at: first.column + (sign == nil ? 0 : 1))
        var descending = sign == "-"
        if words.count > 1 {
            let direction = words[1].text.halfwidth.lowercased()
            guard direction == "asc" || direction == "desc" else {
                throw .filter(at: words[1].column, .expected(.sortDirection, after: "'\(first.text)'", found: "'\(words[1].text)'"))
            }
            if let sign { throw .filter(at: words[1].column, .conflictingDirection(field.name, sign, words[1].text)) }
            descending = direction == "desc"
        }
        if words.count > 2 {
            throw .filter(at: words[2].column, .expected(.sortDirection, after: "'\(words[1].text)'", found: "'\(words[2].text)'"))
        }
        return SortKey(field: field.name, descending: descending)
    }

    /// The whitespace-separated words of one entry, with their 1-based columns.
    private static func words(_ characters: [Character], in range: Range<Int>) -> [(text: String, column: Int)] {
        var words: [(text: String, column: Int)] = []
        for index in range where !characters[index].isWhitespace {
            if index > range.lowerBound, !characters[index - 1].isWhitespace {
                words[words.count - 1].text.append(characters[index])
            } else {
                words.append((String(characters[index]), index + 1))
            }
        }
        return words
    }
}

extension FieldCatalog {
    /// The field a user named, in any case or width; an unknown name suggests the nearest one.
    func field(named name: String, at column: Int) throws(RoundsError) -> Field {
        let key = name.halfwidth.lowercased()
        if let field = field(named: key) { return field }
        throw .filter(at: column, .unknownField(name, suggestion: Suggestion.nearest(to: key, among: fields.map(\.name)), entity: entity))
    }
}
