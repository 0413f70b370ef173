/// Turns a worksheet's `<row>` and `<c>` elements into rows of cell text.
struct XLSXSheetScanner {
    private var scanner: XMLScanner<ChunkedInput>
    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let date1904: Bool
    private var lastRow = 0

    init(scanner: XMLScanner<ChunkedInput>, sharedStrings: [String], styles: XLSXStyles, date1904: Bool) {
        self.scanner = scanner
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
    }

    var progress: ReadProgress { scanner.progress }

    /// The next `<row>`, its cells placed by column with gaps left empty; nil after the last.
    mutating func nextRow() throws(ExchangeProblem) -> TableRow? {
        var cells: [String]?
        var cell = Cell()
        while let event = try scanner.next() {
            switch event {
            case let .start("row", attributes):
                lastRow = attributes["r"].flatMap(Int.init) ?? lastRow + 1
                cells = []
            case .end("row"):
                if let cells { return TableRow(number: lastRow, cells: cells) }
            case let .start("c", attributes):
                cell = Cell(column: attributes["r"].flatMap(XLSXCellReference.column(of:)) ?? cells?.count ?? 0,
                            type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init) ?? 0)
            case .end("c"):
                guard cells != nil else { break }
                let text = self.text(of: cell)
                if cell.column >= cells!.count { cells! += repeatElement("", count: cell.column - cells!.count + 1) }
                cells![cell.column] = text
            case .start("v", _), .start("t", _):
                cell.capturing = !cell.inReading
            case .end("v"), .end("t"):
                cell.capturing = false
            case .start("rPh", _):
                cell.inReading = true
            case .end("rPh"):
                cell.inReading = false
            case let .text(text) where cell.capturing:
                cell.value += text
            case .end("sheetData"):
                return nil
            default:
                break
            }
        }
        return nil
    }

    private struct Cell {
        var column = 0
        var type = "n"
        var style = 0
        var value = ""
        var capturing = false
        var inReading = false
    }

    private func text(of cell: Cell) -> String {
        switch cell.type {
        case "s":
            guard let index = Int(cell.value), sharedStrings.indices.contains(index) else { return cell.value }
            return sharedStrings[index]
        case "inlineStr", "str":
            return XLSXText.unescape(cell.value)
        case "b":
            return cell.value == "1" ? "TRUE" : "FALSE"
        case "d":
            // ISO 8601; a date at midnight reads as the date alone.
            return cell.value.hasSuffix("T00:00:00") ? String(cell.value.dropLast(9)) : cell.value
        case "n":
            let display = styles.display(ofStyle: cell.style)
            guard display != .number, !cell.value.isEmpty else { return cell.value }
            return ExcelSerialDate.text(cell.value, display: display, date1904: date1904) ?? cell.value
        default:
            return cell.value
        }
    }
}
