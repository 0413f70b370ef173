import RoundsDomain
import RoundsExchange

/// One row's cells by field name, turning value errors into `file:row: column: problem` lines.
struct CellReader {
    let file: String
    let columns: ResolvedColumns
    /// Cells as the file means them: `CSVTableReader` has already undone `CellSafety.neutralize`
    /// (undoing it twice would turn an exported `''=1` into `=1`, not `'=1`).
    let row: TableRow
    private(set) var problems: [ExchangeProblem] = []

    init(file: String, columns: ResolvedColumns, row: TableRow) {
        self.file = file
        self.columns = columns
        self.row = row
    }

    /// The trimmed cell, nil when empty or when the file has no such column.
    func text(_ field: String) -> String? {
        guard let cell = columns.value(field, in: row), let first = cell.unicodeScalars.first,
              let last = cell.unicodeScalars.last else { return nil }
        // Most cells have no space at either end; Foundation's trimming is slow enough to show in a million rows.
        let value = Self.isSpace(first) || Self.isSpace(last) ? cell.trimmingCharacters(in: .whitespaces) : cell
        return value.isEmpty ? nil : value
    }

    /// Whether the file has a column for the field at all (absent columns keep stored values).
    func has(_ field: String) -> Bool { columns.columns[field] != nil }

    /// A required cell; records a problem and returns "" when it is empty.
    mutating func required(_ field: String) -> String {
        guard let value = text(field) else {
            report(field, RoundsError(.invalidValue, .requiredField(field)))
            return ""
        }
        return value
    }

    /// The cell parsed by `parse`, nil when empty or invalid (the problem is recorded).
    mutating func parse<T>(_ field: String, _ parse: (String) throws(RoundsError) -> T) -> T? {
        guard let value = text(field) else { return nil }
        do {
            return try parse(value)
        } catch {
            report(field, error)
            return nil
        }
    }

    /// A whole number, full-width digits and `1,000` allowed.
    mutating func integer(_ field: String) -> Int? {
        parse(field) { text throws(RoundsError) in
            if let plain = PlainInteger.value(text) { return plain }
            guard let number = Int(HalfWidth.numeric(text).replacingOccurrences(of: ",", with: "")) else {
                throw RoundsError(.invalidValue, .invalidField(field, text, .notANumber))
            }
            return number
        }
    }

    /// A day in any form `JapaneseDate` reads (`2026-11-29`, `R8.11.29`, `令和8年11月29日`).
    mutating func date(_ field: String) -> CalendarDate? {
        parse(field) { text throws(RoundsError) in try JapaneseDate.parse(text, field: field) }
    }

    /// Amount in yen as `Amount` reads it (`1200000`, `¥1,200,000`, `120万`).
    mutating func yen(_ field: String) -> Int? {
        parse(field) { text throws(RoundsError) in try Amount.yen(text, field: field) }
    }

    /// A record id: a whole number above zero, nil when the cell is empty (a new record).
    mutating func id() -> Int? {
        guard let id = integer("id") else { return nil }
        guard id > 0 else {
            report("id", RoundsError(.invalidValue, .invalidField("id", "\(id)", .positiveID)))
            return nil
        }
        return id
    }

    /// A position from two columns, which must be both filled or both empty.
    mutating func coordinate(_ latitude: String, _ longitude: String) -> Coordinate? {
        let lat = parse(latitude) { text throws(RoundsError) in try Self.number(text, field: latitude) }
        let lon = parse(longitude) { text throws(RoundsError) in try Self.number(text, field: longitude) }
        if let lat, let lon {
            do { return try Coordinate(latitude: lat, longitude: lon) } catch { report(latitude, error) }
        } else if (text(latitude) == nil) != (text(longitude) == nil) {
            report(text(latitude) == nil ? latitude : longitude, RoundsError(.invalidValue, .coordinateHalf))
        }
        return nil
    }

    /// What `CharacterSet.whitespaces` holds: tab and the space separators (Zs), the ideographic space among them.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Records `error` at `field`'s column; without a field, at the one the error blames (a record's
    /// own validation), renamed by `fields` where the table's column names differ from the type's.
    /// A column the file lacks is named by its field, so the row still says what to fill in.
    mutating func report(_ field: String?, _ error: RoundsError, fields: [String: String] = [:]) {
        let field = field ?? error.field.map { fields[$0] ?? $0 }
        problems.append(ExchangeProblem(file: file, row: row.number, column: field.map { columns.column(of: $0) ?? $0 }, error: error))
    }

    private static func number(_ text: String, field: String) throws(RoundsError) -> Double {
        guard let value = Double(HalfWidth.numeric(text)) else {
            throw RoundsError(.invalidValue, .invalidField(field, text, .notANumber))
        }
        return value
    }
}
