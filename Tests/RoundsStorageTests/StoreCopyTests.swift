import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// `db copy`: a company from a file into either backend (multi-row inserts into SQLite, `COPY` into
/// PostgreSQL) and back out again.
@Suite struct StoreCopyTests {
    /// Text with the characters `COPY` escapes, reals and NULLs come over as they were, and the
    /// copy of the copy has the same rows and checksums as the first.
    @Test(arguments: Backend.all) func copiesEveryValueAsItWas(backend: Backend) throws {
        let source = try Backend.sqlite.makeStore()
        try sampleCompany(source)
        let start = try Coordinate(latitude: 35.681_236, longitude: 139.767_125)
        _ = try source.addRep(Rep(code: "R03", name: "高橋 翔", start: start), author: "t")
        let date = try CalendarDate(parsing: "2026-11-20", field: "date")
        let text = "tab\there, back\\slash \\N\nnext line\r\nend 東京"
        _ = try source.addNote(Note(customer: "C1", date: date, text: text), author: "t")
        _ = try source.addOrder(Order(customer: "C2", date: date, amountYen: 12_000), author: "t")

        let target = try backend.makeStore()
        let copied = try source.copy(to: target)
        #expect(try target.notes(HistoryQuery(), kind: nil).map(\.text) == [text])
        #expect(try target.rep(code: "R03")?.start == start)
        #expect(try target.orders(HistoryQuery()).map(\.product) == [nil])
        #expect(copied.first { $0.name == "customer" }?.rows == 4)

        let back = try Backend.sqlite.makeStore()
        #expect(try target.copy(to: back) == copied)
    }

    /// A table of 10,000 rows or more is loaded with its indexes (and on PostgreSQL its foreign
    /// keys) aside; they are all there after the copy.
    @Test(arguments: Backend.all) func aLargeTableKeepsItsIndexes(backend: Backend) throws {
        let source = try Backend.sqlite.makeStore()
        try sampleCompany(source)
        let date = try CalendarDate(parsing: "2026-11-20", field: "date")
        _ = try source.importRows(author: "t", dryRun: false) { writer in
            for amount in 0..<10_000 { try writer.addOrder(Order(customer: "C2", date: date, amountYen: amount)) }
        }
        let target = try backend.makeStore()
        let expected = try OrderTableShape(target)
        let copied = try source.copy(to: target)
        #expect(copied.first { $0.name == "sales_order" }?.rows == 10_000)
        #expect(try OrderTableShape(target) == expected)
        #expect(try target.check().isEmpty)
    }
}
