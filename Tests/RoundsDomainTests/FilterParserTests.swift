import Foundation
import RoundsDomain
import Testing

private func parse(_ text: String) throws(RoundsError) -> FilterExpression {
    try FilterExpression(parsing: text, fields: .customer)
}

private func failure(_ text: String) -> RoundsError? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error
    }
}

private func sortFailure(_ text: String) -> RoundsError? {
    do {
        _ = try SortKey.list(parsing: text, fields: .customer)
        return nil
    } catch {
        return error
    }
}

private func equal(_ field: String, _ value: FilterValue) -> FilterExpression {
    .compare(field: field, .equal, value)
}

private let focus = equal("rank", .text("focus"))
private let develop = equal("rank", .text("develop"))
private let vip = FilterExpression.contains(field: "tags", .text("vip"))

@Suite struct FilterParserStructureTests {
    @Test func notBindsTighterThanAndWhichBindsTighterThanOr() throws {
        #expect(try parse("rank = focus or rank = develop and tags contains vip") == .or(focus, .and(develop, vip)))
        #expect(try parse("rank = focus and rank = develop or tags contains vip") == .or(.and(focus, develop), vip))
        #expect(try parse("not rank = focus and tags contains vip") == .and(.not(focus), vip))
        #expect(try parse("not not rank = focus") == .not(.not(focus)))
    }

    @Test func sameOperatorsGroupFromTheLeft() throws {
        #expect(try parse("rank = focus or rank = develop or tags contains vip") == .or(.or(focus, develop), vip))
        #expect(try parse("rank = focus and rank = develop and tags contains vip") == .and(.and(focus, develop), vip))
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try parse("(rank = focus or rank = develop) and tags contains vip") == .and(.or(focus, develop), vip))
        #expect(try parse("not (rank = focus or ((rank = develop)))") == .not(.or(focus, develop)))
        #expect(try parse("!(rank=focus)") == .not(focus))
    }

    @Test func symbolsAndKeywordsInAnyCaseMeanTheSame() throws {
        let words = try parse("NOT (rank = focus AND rank = develop) Or tags CONTAINS vip")
        #expect(words == .or(.not(.and(focus, develop)), vip))
        #expect(try parse("!(rank = focus && rank = develop) || tags contains vip") == words)
    }

    @Test func fieldNamesIgnoreCaseAndAreNormalized() throws {
        let filter = try parse("RANK = Focus and Potential >= 1")
        #expect(filter == .and(focus, .compare(field: "potential", .greaterOrEqual, .integer(1))))
        #expect(filter.fieldNames == ["rank", "potential"])
    }

    @Test func spacesAreOptionalAroundSymbols() throws {
        #expect(try parse("rank=focus&&(potential>=100万)") == .and(focus, .compare(field: "potential", .greaterOrEqual, .integer(1_000_000))))
    }

    @Test func fullWidthSyntaxFromAJapaneseIME() throws {
        let filter = try parse("ｒａｎｋ　＝　重点　ＡＮＤ　（ｐｏｔｅｎｔｉａｌ　＞＝　１２０万）")
        #expect(filter == .and(focus, .compare(field: "potential", .greaterOrEqual, .integer(1_200_000))))
        #expect(try parse("potential ≧ 100万") == .compare(field: "potential", .greaterOrEqual, .integer(1_000_000)))
        #expect(try parse("rank ≠ 重点") == .compare(field: "rank", .notEqual, .text("focus")))
    }
}

@Suite struct FilterParserOperatorTests {
    @Test(arguments: [
        ("=", ComparisonOperator.equal), ("==", .equal), ("!=", .notEqual), ("<>", .notEqual),
        ("<", .less), ("<=", .lessOrEqual), (">", .greater), (">=", .greaterOrEqual),
    ])
    func comparisons(symbol: String, expected: ComparisonOperator) throws {
        #expect(try parse("service_minutes \(symbol) 30") == .compare(field: "service_minutes", expected, .integer(30)))
    }

    @Test func inAndNotIn() throws {
        #expect(try parse("rank in (focus, 育成)") == .isIn(field: "rank", [.text("focus"), .text("develop")], negated: false))
        #expect(try parse("rank not in (maintain)") == .isIn(field: "rank", [.text("maintain")], negated: true))
        #expect(try parse("code IN (C0001,C0002)") == .isIn(field: "code", [.text("C0001"), .text("C0002")], negated: false))
        #expect(try parse("potential in (100, 200)") == .isIn(field: "potential", [.integer(100), .integer(200)], negated: false))
    }

    @Test func nullInAListBecomesItsOwnComparison() throws {
        #expect(try parse("rank in (focus, null)") == .or(.isIn(field: "rank", [.text("focus")], negated: false), equal("rank", .null)))
        #expect(try parse("rank not in (focus, none)")
            == .and(.isIn(field: "rank", [.text("focus")], negated: true), .compare(field: "rank", .notEqual, .null)))
        #expect(try parse("rank in (null)") == equal("rank", .null))
    }

    @Test func contains() throws {
        #expect(try parse("name contains 山田") == .contains(field: "name", .text("山田")))
        #expect(try parse("tags contains vip") == vip)
        #expect(try parse("tags not contains vip") == .not(vip))
        #expect(try parse("address CONTAINS '千代田区 丸の内'") == .contains(field: "address", .text("千代田区 丸の内")))
    }

    @Test func nullComparisons() throws {
        #expect(try parse("phone = null") == equal("phone", .null))
        #expect(try parse("phone != NULL") == .compare(field: "phone", .notEqual, .null))
        #expect(try parse("rep is null") == equal("rep", .null))
        #expect(try parse("rep is not null") == .compare(field: "rep", .notEqual, .null))
        #expect(try parse("rank = none") == equal("rank", .null))
    }
}

@Suite struct FilterParserValueTests {
    @Test func quotedStringsWithEscapes() throws {
        #expect(try parse(#"name = "say \"hi\"""#) == equal("name", .text(#"say "hi""#)))
        #expect(try parse(#"name = 'it\'s'"#) == equal("name", .text("it's")))
        #expect(try parse(#"name = 'a\\b'"#) == equal("name", .text(#"a\b"#)))
        #expect(try parse("name = 「山田 商店」") == equal("name", .text("山田 商店")))
        #expect(try parse("name = ''") == equal("name", .text("")))
    }

    @Test func quotesTakeKeywordsLiterally() throws {
        #expect(try parse("name = 'null'") == equal("name", .text("null")))
        #expect(try parse(#"name = "and" or name = 'a,b'"#) == .or(equal("name", .text("and")), equal("name", .text("a,b"))))
    }

    @Test func bareWordsKeepTheirText() throws {
        #expect(try parse("name = O'Brien") == equal("name", .text("O'Brien")))
        #expect(try parse("code = 0012") == equal("code", .text("0012")))
        #expect(try parse("closed_days = sat,sun") == equal("closed_days", .text("sat,sun")))
    }

    @Test func japaneseValues() throws {
        #expect(try parse("name = 山田商店 and rank = 重点") == .and(equal("name", .text("山田商店")), focus))
        #expect(try parse("rank in (重点, 育成, 維持)")
            == .isIn(field: "rank", [.text("focus"), .text("develop"), .text("maintain")], negated: false))
        #expect(try parse("status = 休眠") == equal("status", .text("dormant")))
        #expect(try parse("status in (取引中、アーカイブ)") == .isIn(field: "status", [.text("active"), .text("archived")], negated: false))
    }

    @Test(arguments: [
        ("1200000", 1_200_000), ("¥1,200,000", 1_200_000), ("￥1,200,000", 1_200_000), ("1,200,000", 1_200_000),
        ("1,200,000円", 1_200_000), ("120万", 1_200_000), ("1.2億", 120_000_000), ("5M", 5_000_000),
        ("800k", 800_000), ("100万円", 1_000_000), ("'¥1,200,000'", 1_200_000), ("１２０万", 1_200_000),
    ])
    func yenLiterals(literal: String, amount: Int) throws {
        #expect(try parse("potential >= \(literal)") == .compare(field: "potential", .greaterOrEqual, .integer(amount)))
    }

    @Test func yenSeparatorsInsideAListNeedTheYenSign() throws {
        #expect(try parse("potential in (¥1,200,000, 5M)") == .isIn(field: "potential", [.integer(1_200_000), .integer(5_000_000)], negated: false))
        #expect(try parse("potential in (1,200)") == .isIn(field: "potential", [.integer(1), .integer(200)], negated: false))
    }

    @Test func numbers() throws {
        #expect(try parse("lat > 35.5 and lon < -139") == .and(.compare(field: "lat", .greater, .real(35.5)), .compare(field: "lon", .less, .real(-139))))
        #expect(try parse("service_minutes <= ６０") == .compare(field: "service_minutes", .lessOrEqual, .integer(60)))
    }

    @Test(arguments: [
        ("2026-11-29", "2026-11-29"), ("2026/11/29", "2026-11-29"), ("2026/1/5", "2026-01-05"),
        ("2026年1月5日", "2026-01-05"), ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"), ("'2026-11-29'", "2026-11-29"),
    ])
    func dates(literal: String, normalized: String) throws {
        #expect(try parse("created >= \(literal)") == .compare(field: "created", .greaterOrEqual, .date(normalized)))
    }

    @Test func todayIsTheCompanyCalendarDay() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ProcessInfo.processInfo.environment["ROUNDS_TZ"].flatMap(TimeZone.init(identifier:))
            ?? TimeZone(identifier: "Asia/Tokyo")!
        func day(_ offset: Int) -> String {
            let date = calendar.date(byAdding: .day, value: offset, to: Date())!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        }
        #expect(try parse("updated = today") == equal("updated", .date(day(0))))
        #expect(try parse("updated < TODAY-30") == .compare(field: "updated", .less, .date(day(-30))))
        #expect(try parse("created <= today+7") == .compare(field: "created", .lessOrEqual, .date(day(7))))
    }
}

@Suite struct FilterParserErrorTests {
    @Test(arguments: ["", "   ", "　"])
    func emptyExpression(text: String) {
        let error = failure(text)
        #expect(error?.code == .usage)
        #expect(error?.message.en == "empty expression; write a condition such as rank = focus")
    }

    @Test(arguments: [
        // Fields
        ("rank = focus and rnak = focus", "column 18: unknown field 'rnak' (did you mean 'rank'?)"),
        ("Potental > 1", "column 1: unknown field 'Potental' (did you mean 'potential'?)"),
        ("service = 30", "column 1: unknown field 'service' (did you mean 'service_minutes'?)"),
        ("colour = red", "column 1: unknown field 'colour' ('help fields customer' lists them)"),
        ("name = 山田商店 and rnak = focus", "column 17: unknown field 'rnak' (did you mean 'rank'?)"),
        ("name = '👨‍👩‍👧' and rnak = focus", "column 16: unknown field 'rnak' (did you mean 'rank'?)"),
        // Structure
        (")rank = focus", "column 1: unexpected ')'; expected a condition such as rank = focus"),
        ("and rank = focus", "column 1: unexpected 'and'; expected a condition such as rank = focus"),
        ("'rank' = focus", "column 1: unexpected 'rank'; expected a condition such as rank = focus"),
        ("rank = focus)", "column 13: unexpected ')' without a matching '('"),
        ("(rank = focus", "column 1: '(' is not closed"),
        ("((rank = focus)", "column 1: '(' is not closed"),
        ("rank = focus potential > 1", "column 14: expected 'and' or 'or' before 'potential'"),
        ("(rank = focus potential > 1)", "column 15: expected 'and', 'or' or ')' before 'potential'"),
        ("rank = focus, develop", "column 13: expected 'and' or 'or' before ','"),
        ("rank = focus and", "column 17: expected a condition after 'and'"),
        ("rank = focus and )", "column 18: expected a condition after 'and', found ')'"),
        ("not", "column 4: expected a condition after 'not'"),
        ("()", "column 2: expected a condition after '(', found ')'"),
        ("rank = focus & rank = develop", "column 14: unexpected '&'; use '&&' or 'and'"),
        ("rank = focus | rank = develop", "column 14: unexpected '|'; use '||' or 'or'"),
        // Operators
        ("rank", "column 5: expected an operator (=, !=, <, <=, >, >=, in, contains, is null) after 'rank'"),
        ("rank focus", "column 6: expected an operator (=, !=, <, <=, >, >=, in, contains, is null) after 'rank', found 'focus'"),
        ("rank is focus", "column 9: expected 'null' or 'not null' after 'is', found 'focus'"),
        ("rank not focus", "column 10: expected 'in' or 'contains' after 'not', found 'focus'"),
        ("rank < focus", "column 6: '<' does not apply to rank, which has no order; use =, != or in"),
        ("status >= active", "column 8: '>=' does not apply to status, which has no order; use =, != or in"),
        ("tags > vip", "column 6: '>' does not apply to tags, which has no order; use contains"),
        ("potential contains 5", "column 11: 'contains' applies to text and tags, not to potential (yen)"),
        ("potential > null", "column 11: '>' cannot compare with null; use = null or != null"),
        ("name contains null", "column 15: 'contains' needs a value, not null"),
        // Values
        ("rank = ", "column 7: expected a value after '='"),
        ("potential >=", "column 13: expected a value after '>='"),
        ("potential >= )", "column 14: expected a value after '>=', found ')'"),
        ("name = 'abc", "column 8: unterminated string; close it with '"),
        (#"name = "abc\""#, #"column 8: unterminated string; close it with ""#),
        ("name = 「山田", "column 8: unterminated string; close it with 」"),
        // Lists
        ("rank in focus", "column 9: expected '(' after 'in', found 'focus'"),
        ("rank in (focus develop)", "column 16: expected ',' or ')' after 'focus', found 'develop'"),
        ("rank in (focus,", "column 16: expected a value after ','"),
        ("rank in (focus", "column 9: '(' is not closed"),
        ("rank in ()", "column 10: expected a value after '(', found ')'"),
        // Typed literals
        ("potential > 12x", "column 13: invalid yen amount '12x' for potential: use whole yen such as 1200000, ¥1,200,000, 120万 or 1.2億"),
        ("potential in (¥1,200,000, 12x)", "column 27: invalid yen amount '12x' for potential: use whole yen such as 1200000, ¥1,200,000, 120万 or 1.2億"),
        ("rank = fcous", "column 8: invalid rank 'fcous' for rank: use one of: focus (重点), develop (育成), maintain (維持), none"),
        ("status = gone", "column 10: invalid status 'gone' for status: use one of: active (取引中), dormant (休眠), archived (アーカイブ)"),
        ("service_minutes = 1.5", "column 19: invalid whole number '1.5' for service_minutes: use a whole number such as 30"),
        ("lat > north", "column 7: invalid number 'north' for lat: use a number such as 35.6812"),
        ("lat > nan", "column 7: invalid number 'nan' for lat: use a number such as 35.6812"),
        ("created = 2026-02-30", "column 11: invalid date '2026-02-30' for created: there is no such day"),
        ("created = 2100-02-29", "column 11: invalid date '2100-02-29' for created: there is no such day"),
        ("created = 2026-13-01", "column 11: invalid date '2026-13-01' for created: there is no such day"),
        ("created = 29/11/2026", "column 11: invalid date '29/11/2026' for created: use YYYY-MM-DD, YYYY/MM/DD, today or today-7"),
        ("updated > today+x", "column 11: invalid date 'today+x' for updated: use YYYY-MM-DD, YYYY/MM/DD, today or today-7"),
    ])
    func errorNamesTheColumn(text: String, message: String) {
        let error = failure(text)
        #expect(error?.code == .usage)
        #expect(error?.message.en == message)
        #expect(error?.message.ja.hasPrefix(message.prefix { $0 != ":" }.dropFirst("column ".count) + " 文字目: ") == true)
    }

    @Test func japaneseMessages() {
        #expect(failure("potential >=")?.message.ja == "13 文字目: '>=' の後に値が必要です")
        #expect(failure("rank = focus and rnak = focus")?.message.ja == "18 文字目: 項目 'rnak' はありません（'rank' のことですか？）")
        #expect(failure("potential > 12x")?.message.ja
            == "13 文字目: potential の金額 '12x' が不正です: 1200000・¥1,200,000・120万・1.2億 のように円の整数で指定してください")
        #expect(failure("")?.message.ja == "条件式が空です。rank = focus のように条件を書いてください")
    }
}

@Suite struct SortKeyListTests {
    private func keys(_ text: String) throws(RoundsError) -> [SortKey] {
        try SortKey.list(parsing: text, fields: .customer)
    }

    @Test func singleAndSeveralKeys() throws {
        #expect(try keys("name") == [SortKey(field: "name")])
        #expect(try keys("-potential") == [SortKey(field: "potential", descending: true)])
        #expect(try keys("rank,-potential") == [SortKey(field: "rank"), SortKey(field: "potential", descending: true)])
    }

    @Test func spacingCaseWordsAndFullWidth() throws {
        let expected = [SortKey(field: "rank"), SortKey(field: "potential", descending: true)]
        #expect(try keys(" Rank , -POTENTIAL ") == expected)
        #expect(try keys("+rank, potential DESC") == expected)
        #expect(try keys("rank asc,potential desc") == expected)
        #expect(try keys("ｒａｎｋ、－potential") == expected)
    }

    @Test(arguments: [
        ("rank,,name", "column 6: expected a field name, as in rank,-potential"),
        ("rank,", "column 6: expected a field name, as in rank,-potential"),
        (",rank", "column 1: expected a field name, as in rank,-potential"),
        ("rnak", "column 1: unknown field 'rnak' (did you mean 'rank'?)"),
        ("rank,-potental", "column 7: unknown field 'potental' (did you mean 'potential'?)"),
        ("colour", "column 1: unknown field 'colour' ('help fields customer' lists them)"),
        ("-", "column 2: expected a field name after '-'"),
        ("rank up", "column 6: expected 'asc', 'desc' or ',' after 'rank', found 'up'"),
        ("name desc x", "column 11: expected 'asc', 'desc' or ',' after 'desc', found 'x'"),
        ("-rank desc", "column 7: '-' and 'desc' both set the direction of rank; give one"),
        ("rank,name, -Rank", "column 12: 'rank' is already in the sort list"),
    ])
    func errorNamesTheColumn(text: String, message: String) {
        let error = sortFailure(text)
        #expect(error?.code == .usage)
        #expect(error?.message.en == message)
    }

    @Test func emptyList() {
        #expect(sortFailure(" ")?.message.en == "empty sort list; write fields such as rank,-potential")
    }
}
