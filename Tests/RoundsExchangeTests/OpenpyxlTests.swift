import Foundation
import RoundsExchange
import Testing

/// openpyxl, a reader and writer that shares no code with ours, checks our XLSX both ways.
/// These tests are skipped where `python3 -c 'import openpyxl'` fails (`pip install openpyxl`).
@Suite(.enabled(if: Python.hasOpenpyxl, "needs python3 with openpyxl (pip install openpyxl)"))
struct OpenpyxlTests {
    @Test func openpyxlReadsOurWorkbook() throws {
        let folder = ScratchFolder()
        let url = folder.file("ours.xlsx")
        var writer = try XLSXTableWriter(url: url, columns: Samples.columns)
        try writeAll(&writer, Samples.rows + Samples.unicodeOnly)
        let output = try Python.run("""
            import json, sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
            rows = [[c.value for c in row] for row in sheet.iter_rows()]
            print(json.dumps(rows, ensure_ascii=False))
            """, url.path)
        let rows = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [[Any]]
        let expected = [Samples.columns.map(\.name)] + Samples.rows + Samples.unicodeOnly
        #expect(rows.count == expected.count)
        for (row, values) in zip(rows, expected) {
            for (cell, value) in zip(row, values) {
                switch cell {
                case is NSNull: #expect(value.isEmpty)
                // openpyxl keeps _x000D_ as written; Excel shows a CR there.
                case let text as String: #expect(text.replacingOccurrences(of: "_x000D_", with: "\r") == value)
                case let number as NSNumber: #expect(Double(value) == number.doubleValue)
                default: Issue.record("unexpected cell \(cell)")
                }
            }
        }
    }

    @Test func weReadOpenpyxlsWorkbook() throws {
        let folder = ScratchFolder()
        let url = folder.file("theirs.xlsx")
        _ = try Python.run("""
            import datetime, sys, openpyxl
            book = openpyxl.Workbook()
            sheet = book.active
            sheet.title = "顧客"
            sheet.append(["顧客コード", "顧客名", "訪問日", "ポテンシャル", "有効", "比率", None])
            sheet.append(["C001", "①髙橋商店", datetime.date(2026, 11, 29), 1234000, True, 0.25])
            sheet.append(["C002", None, datetime.datetime(2019, 5, 1, 0, 0), -12, False, None])
            sheet["B3"].value = None
            sheet["F3"] = "=SUM(D2:D3)"
            sheet.append([])
            sheet.append(["'quoted", "=literal", None, None, None, None, None])
            sheet["B5"].data_type = "s"
            sheet.cell(row=6, column=1, value="C006")
            sheet.cell(row=6, column=3, value=datetime.date(1989, 1, 7)).number_format = "yyyy/m/d"
            book.save(sys.argv[1])
            """, url.path)
        var reader = try XLSXTableReader(url: url)
        #expect(reader.header == ["顧客コード", "顧客名", "訪問日", "ポテンシャル", "有効", "比率"])
        let rows = try readAll(&reader)
        #expect(rows.map(\.number) == [2, 3, 5, 6])
        #expect(rows.map(\.cells) == [
            ["C001", "①髙橋商店", "2026-11-29", "1234000", "TRUE", "0.25"],
            ["C002", "", "2019-05-01 00:00", "-12", "FALSE", ""],
            ["'quoted", "=literal", "", "", "", ""],
            ["C006", "", "1989-01-07", "", "", ""],
        ])
    }
}

enum Python {
    static let available: Bool = (try? run("pass")) != nil
    static let hasOpenpyxl: Bool = (try? run("import openpyxl")) != nil

    /// Runs a script with arguments and returns what it printed; throws when it fails.
    static func run(_ script: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonFailure(message: String(decoding: complaint, as: UTF8.self))
        }
        return String(decoding: printed, as: UTF8.self)
    }

    struct PythonFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
