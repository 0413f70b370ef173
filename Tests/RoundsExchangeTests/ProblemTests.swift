import RoundsDomain
import RoundsExchange
import Testing

@Suite struct ProblemTests {
    @Test func problemsRenderAsFileRowColumnMessage() {
        let problem = ExchangeProblem(file: "customers.csv", row: 7, column: "緯度", message: .latitudeRange)
        #expect(problem.text(in: .en) == "customers.csv:7: 緯度: latitude must be between -90 and 90")
        #expect(problem.text(in: .ja) == "customers.csv:7: 緯度: 緯度は -90 から 90 の範囲で指定してください")
        #expect(ExchangeProblem(file: "a.csv", message: .emptyFile).text(in: .en) == "a.csv: the file has no header row and no data")
        let error = problem.roundsError
        #expect(error.location == RoundsError.Location(file: "customers.csv", line: 7))
        #expect(error.description.hasPrefix("customers.csv:7: 緯度: "))
    }

    @Test func valueErrorsArePlacedAtTheirCell() {
        do {
            _ = try Amount.yen("abc", field: "potential_yen")
        } catch {
            let problem = ExchangeProblem(file: "c.csv", row: 3, column: "ポテンシャル", error: error)
            #expect(problem.text(in: .en).hasPrefix("c.csv:3: ポテンシャル: invalid potential_yen 'abc': "))
        }
    }

    @Test func collectorKeepsTheFirstAndCountsTheRest() {
        var collector = ProblemCollector(limit: 2)
        #expect(collector.isEmpty)
        for row in 2...6 {
            collector.record(ExchangeProblem(file: "c.csv", row: row, column: "code", message: .requiredField("code")))
        }
        #expect(collector.count == 5)
        #expect(collector.report(in: .en) == """
            c.csv:2: code: code is required
            c.csv:3: code: code is required
            … and 3 more
            """)
        #expect(collector.report(in: .ja).hasSuffix("…ほか 3 件"))
    }
}
