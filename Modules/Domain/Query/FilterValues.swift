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

    /// `2026-11-29`, `2026/1/5`, `2026年1月5日`, `today`, `today-7` as `YYYY-MM-DD`.
    private static func calendarDate(_ text: String, invalid: (Message) -> RoundsError) throws(RoundsError) -> String {
        if text.hasPrefix("today") {
            let offset = text.dropFirst("today".count)
            guard offset.isEmpty || (offset.first == "+" || offset.first == "-"),
                  let days = offset.isEmpty ? 0 : Int(offset), abs(days) <= 100_000,
                  let day = Calendar.company.date(byAdding: .day, value: days, to: Date())
            else { throw invalid(.dateFormat) }
            let parts = Calendar.company.dateComponents([.year, .month, .day], from: day)
            return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        let body = text.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
        let parts = (body.hasSuffix("日") ? String(body.dropLast()) : body)
            .split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        guard parts.count == 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw invalid(.dateFormat) }
        guard year > 0, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { throw invalid(.noSuchDay) }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

}
