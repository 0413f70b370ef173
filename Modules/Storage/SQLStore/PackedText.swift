import Foundation
import RoundsDomain

/// The space-separated numbers and days a scalar subquery packs into one text
/// ("1200000 3 2026-01-05 2026-10-28"), read in place: a company's worth of them is read per
/// rules run, and splitting each into strings cost as much as the seeks.
///
/// ```swift
/// let (sum, last) = try PackedText.read(row, 9) { text in (text.integer(), try text.day()) }
/// ```
struct PackedText {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// `body` over the row's column `index`; nil when it is NULL.
    static func read<Value>(_ row: SQLRow, _ index: Int, _ body: (inout PackedText) throws -> Value) throws -> Value? {
        guard var text: String = row.optional(index) else { return nil }
        return try text.withUTF8 { bytes in
            var packed = PackedText(UnsafeRawBufferPointer(bytes))
            return try body(&packed)
        }
    }

    /// The next field as a whole number; 0 when it is missing.
    mutating func integer() -> Int {
        var value = 0
        var sign = 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            sign = -1
            position += 1
        }
        while position < bytes.count, bytes[position] != UInt8(ascii: " ") {
            value = value * 10 + Int(bytes[position] &- UInt8(ascii: "0"))
            position += 1
        }
        position += 1
        return sign * value
    }

    /// The next field's leading `YYYY-MM-DD`; nil when the field is empty or missing.
    mutating func day() throws -> CalendarDate? {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: " ") { position += 1 }
        defer { position += 1 }
        guard position - start >= 10 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int {
            (from..<(from + count)).reduce(0) { $0 * 10 + Int(bytes[start + $1] &- UInt8(ascii: "0")) }
        }
        return try CalendarDate(year: number(0, 4), month: number(5, 2), day: number(8, 2))
    }
}
