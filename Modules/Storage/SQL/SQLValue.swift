import Foundation
import RoundsDomain

/// A value as either database hands it over or takes it: days and timestamps are ISO text and
/// money integer yen on both, so four kinds are enough.
package enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

/// A Swift value that goes into a statement and comes back out of a row.
///
/// ```swift
/// let count = try db.value(Int.self, "SELECT count(*) FROM customer WHERE rank = ?", ["focus"]) ?? 0
/// ```
package protocol SQLValueConvertible {
    var sqlValue: SQLValue { get }
    /// Nil when the value does not fit (a NULL for a non-optional, text for a number).
    static func from(_ value: SQLValue) -> Self?
}

extension String: SQLValueConvertible {
    package var sqlValue: SQLValue { .text(self) }
    package static func from(_ value: SQLValue) -> String? {
        switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .null: nil
        }
    }
}

extension Int64: SQLValueConvertible {
    package var sqlValue: SQLValue { .integer(self) }
    package static func from(_ value: SQLValue) -> Int64? {
        switch value {
        case .integer(let number): number
        // PostgreSQL sums bigints as numeric, which arrives as a whole real or as text.
        case .real(let number): number.rounded() == number ? Int64(exactly: number) : nil
        case .text(let text): Int64(text)
        case .null: nil
        }
    }
}

extension Int: SQLValueConvertible {
    package var sqlValue: SQLValue { .integer(Int64(self)) }
    package static func from(_ value: SQLValue) -> Int? { Int64.from(value).map(Int.init) }
}

extension Double: SQLValueConvertible {
    package var sqlValue: SQLValue { .real(self) }
    package static func from(_ value: SQLValue) -> Double? {
        switch value {
        case .real(let number): number
        case .integer(let number): Double(number)
        case .text(let text): Double(text)
        case .null: nil
        }
    }
}

extension Bool: SQLValueConvertible {
    package var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    package static func from(_ value: SQLValue) -> Bool? { Int64.from(value).map { $0 != 0 } }
}

extension CalendarDate: SQLValueConvertible {
    package var sqlValue: SQLValue { .text(description) }
    package static func from(_ value: SQLValue) -> CalendarDate? {
        String.from(value).flatMap { try? CalendarDate(parsing: $0, field: "date") }
    }
}

extension SQLValue: SQLValueConvertible {
    package var sqlValue: SQLValue { self }
    package static func from(_ value: SQLValue) -> SQLValue? { value }
}

extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    package var sqlValue: SQLValue { self?.sqlValue ?? .null }
    /// A NULL is `.some(nil)`: present, and empty.
    package static func from(_ value: SQLValue) -> Wrapped?? {
        if case .null = value { return .some(nil) }
        return Wrapped.from(value).map { .some($0) }
    }
}

/// The values bound to a statement's `?` marks, in order.
package struct SQLArguments: ExpressibleByArrayLiteral, Sendable {
    package var values: [SQLValue]

    package init(_ values: [(any SQLValueConvertible)?]) {
        self.values = values.map { $0?.sqlValue ?? .null }
    }

    package init(values: [SQLValue]) {
        self.values = values
    }

    package init(arrayLiteral elements: (any SQLValueConvertible)?...) {
        self.init(elements)
    }

    package static func + (lhs: SQLArguments, rhs: SQLArguments) -> SQLArguments {
        SQLArguments(values: lhs.values + rhs.values)
    }

    package static func += (lhs: inout SQLArguments, rhs: SQLArguments) {
        lhs.values += rhs.values
    }
}
