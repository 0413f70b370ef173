import Foundation

extension FieldCatalog.Field {
    /// Converts a literal to this field's type at parse time, so stores never re-parse user text.
    /// Bare `null` (and `none` for a rank, as `customer set` spells it) means "no value"; quoted
    /// text is always taken literally.
    func filterValue(_ literal: FilterToken) throws(RoundsError) -> FilterValue {
        if let keyword = literal.keyword, keyword == "null" || (type == .rank && keyword == "none") { return .null }
        let text = literal.value
        let ascii = text.halfwidth
        func invalid(_ reason: Message) -> RoundsError {
            .filter(at: literal.column, .invalidLiteral(text, field: self, reason))
        }
        switch type {
        case .text, .tags:
            return .text(text)
        case .integer:
            guard let number = Int(ascii) else { throw invalid(.wholeNumberFormat) }
            return .integer(number)
        case .yen:
            guard let amount = try? Yen.parse(ascii, field: name) else { throw invalid(.yenFormat) }
            return .integer(amount)
        case .real:
            // Double(_:) also reads "nan", "inf" and hex floats, which nobody means here.
            guard ascii.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
                  let number = Double(ascii), number.isFinite else { throw invalid(.realFormat) }
            return .real(number)
        case .date:
            return .date(try Self.calendarDate(ascii.lowercased(), invalid: invalid))
        case .rank:
            guard let rank = try? Rank(parsing: ascii) else {
                throw invalid(.oneOf(Rank.allCases.map { "\($0.rawValue) (\($0.label.ja))" } + ["none"]))
            }
            return .text(rank.rawValue)
        case .status:
            guard let status = try? CustomerStatus(parsing: ascii) else {
                throw invalid(.oneOf(CustomerStatus.allCases.map { "\($0.rawValue) (\($0.label.ja))" }))
            }
            return .text(status.rawValue)
        }
    }

    /// `2026-11-29`, `2026/1/5`, `2026年1月5日`, `today`, `today-7` as `YYYY-MM-DD`: what
    /// `CalendarDate` reads, with the filter's column-aware messages.
    private static func calendarDate(_ text: String, invalid: (Message) -> RoundsError) throws(RoundsError) -> String {
        do {
            return try CalendarDate(parsing: text, field: "date").description
        } catch {
            throw invalid(error.message == .invalidField("date", text, .noSuchDay) ? .noSuchDay : .dateFormat)
        }
    }
}
