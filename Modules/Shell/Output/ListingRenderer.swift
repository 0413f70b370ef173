import Foundation
import RoundsExchange

/// Turns a listing into text in one of the three formats.
enum ListingRenderer {
    static func render(_ listing: Listing, as format: OutputFormat) -> String {
        switch format {
        case .table: table(listing)
        case .csv: csv(listing)
        case .json: json(listing)
        }
    }

    private static func table(_ listing: Listing) -> String {
        let headers = listing.columns.map { $0.header.text() }
        let cells = listing.rows.map { $0.map { $0.display.replacingOccurrences(of: "\n", with: " ") } }
        var widths = headers.map(DisplayWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        func line(_ row: [String]) -> String {
            zip(row, zip(widths, listing.columns)).map { cell, layout in
                DisplayWidth.pad(cell, to: layout.0, align: layout.1.align)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csv(_ listing: Listing) -> String {
        var text = CSVWriter.line(listing.columns.map(\.key)) + "\n"
        for row in listing.rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { text += "," }
                CSVWriter.append(cell.plain, to: &text)
            }
            text += "\n"
        }
        return text
    }

    private static func json(_ listing: Listing) -> String {
        let keys = listing.columns.map { JSON.string($0.key) }
        let objects = listing.rows.map { row in
            "  {" + zip(keys, row).map { "\($0): \(JSON.value($1))" }.joined(separator: ", ") + "}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}

/// JSON text written by hand, so keys keep the listing's column order and Japanese stays readable.
enum JSON {
    static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): string(text)
        case .integer(let number), .yen(let number): String(number)
        case .real(let number): number.isFinite ? String(number) : "null"
        case .bool(let flag): flag ? "true" : "false"
        case .label(let code, _): string(code)
        case .rate(let fraction): fraction.map { value(.real($0)) } ?? "null"
        case .null: "null"
        }
    }

    static func string(_ text: String) -> String {
        JSONTableWriter.quoted(text)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
