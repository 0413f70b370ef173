import Foundation
import RoundsDomain

/// Reads the dates Japanese files carry, in full-width or half-width digits.
///
/// ```swift
/// try JapaneseDate.parse("2026/1/5")          // 2026-01-05
/// try JapaneseDate.parse("R8.11.29")          // 2026-11-29
/// try JapaneseDate.parse("令和元年5月1日")      // 2019-05-01
/// try JapaneseDate.parse("Ｈ３１．４．３０")     // 2019-04-30
/// try JapaneseDate.parse("H31.5.1")           // throws: Heisei ended on 2019-04-30
/// ```
///
/// Accepted: `2026-11-29`, `2026/11/29`, `2026.11.29`, `2026年11月29日`, and the same with an era
/// in front — a letter (`R8.11.29`, `H31/4/30`, `S64-1-7`), its kanji (`令和8年11月29日`, `元年`
/// for the first year) or its sign (`㋿8.11.29`). Excel's `2026/11/29 0:00` is accepted too; a time
/// other than midnight is not, since it would be dropped.
public enum JapaneseDate {
    public static func parse(_ text: String, field: String = "date") throws(RoundsError) -> CalendarDate {
        if let date = isoDate(text) { return date }
        let invalid = { (reason: Message) in RoundsError(.invalidValue, .invalidField(field, text, reason)) }
        guard var rest = dropMidnight(Substring(HalfWidth.fold(text).trimmingCharacters(in: .whitespaces))) else {
            throw invalid(.dateFormat)
        }
        let era = takeEra(from: &rest)
        if era != nil { rest = rest.drop { $0 == " " } }
        guard let (year, month, day) = numbers(in: rest, era: era != nil) else { throw invalid(.dateFormat) }
        let gregorianYear = era?.gregorianYear(year) ?? year
        guard let date = try? CalendarDate(year: gregorianYear, month: month, day: day) else { throw invalid(.noSuchDate) }
        if let era, !era.contains(date) { throw invalid(.outsideEra(era)) }
        return date
    }

    /// `2026-11-29`, what exports write, without the general parse: a million-row import reads
    /// one per row. Nil for anything else, including days that do not exist (the general parse
    /// reports those).
    private static func isoDate(_ text: String) -> CalendarDate? {
        let bytes = text.utf8
        guard bytes.count == 10 else { return nil }
        var values = [0, 0, 0]
        var part = 0
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                part += 1
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                values[part] = values[part] * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        guard values[0] >= 1000 else { return nil }
        return try? CalendarDate(year: values[0], month: values[1], day: values[2])
    }

    /// Drops a time of 0:00 or 00:00:00 after the last space or `T`; nil when the time is anything
    /// else.
    private static func dropMidnight(_ text: Substring) -> Substring? {
        guard let split = text.lastIndex(where: { $0 == " " || $0 == "T" }), text[split...].contains(":") else { return text }
        let time = text[text.index(after: split)...].split(separator: ":")
        let midnight = (2...3).contains(time.count) && time.allSatisfy { part in
            !part.isEmpty && part.count <= 2 && part.allSatisfy { $0 == "0" }
        }
        return midnight ? text[..<split] : nil
    }

    private static func takeEra(from text: inout Substring) -> JapaneseEra? {
        for era in JapaneseEra.all {
            if text.hasPrefix(era.kanji) {
                text = text.dropFirst(era.kanji.count)
                return era
            }
            if let first = text.first, first == era.sign || first.uppercased() == String(era.letter),
               let next = text.dropFirst().first, next.isASCII && next.isNumber || next == "元" {
                text = text.dropFirst()
                return era
            }
        }
        return nil
    }

    /// `Y-M-D`, `Y/M/D`, `Y.M.D` (one separator throughout) or `Y年M月D日`. A Gregorian year has
    /// four digits; an era's year one or two, or `元`.
    private static func numbers(in text: Substring, era: Bool) -> (Int, Int, Int)? {
        var rest = text
        func number(maxDigits: Int) -> Int? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...maxDigits).contains(digits.count) else { return nil }
            rest = rest.dropFirst(digits.count)
            return Int(digits)
        }
        let year: Int
        if era, rest.first == "元" {
            rest = rest.dropFirst()
            year = 1
        } else if let value = number(maxDigits: era ? 2 : 4), era ? value >= 1 : String(value).count == 4 {
            year = value
        } else {
            return nil
        }
        guard let separator = rest.popFirst(), "-/.年".contains(separator), let month = number(maxDigits: 2) else { return nil }
        let second: Character = separator == "年" ? "月" : separator
        guard rest.popFirst() == second, let day = number(maxDigits: 2) else { return nil }
        if separator == "年", rest.first == "日" { rest = rest.dropFirst() }
        return rest.isEmpty ? (year, month, day) : nil
    }
}

extension JapaneseDate {
    /// A date as typed on the command line: `today`, `today-7` and the ISO forms first, then the
    /// Japanese forms paper schedules use (`R8.11.29`); the first form's error when neither fits.
    public static func parse(typed text: String, field: String) throws(RoundsError) -> CalendarDate {
        do {
            return try CalendarDate(parsing: text, field: field)
        } catch {
            guard let date = try? parse(text, field: field) else { throw error }
            return date
        }
    }
}
