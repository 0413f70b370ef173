import RoundsDomain

/// The eras Japanese business documents date by, with the days each one covers.
///
/// ```swift
/// JapaneseEra.heisei.gregorianYear(31)   // 2019
/// ```
public struct JapaneseEra: Sendable, Equatable {
    /// The letter of the abbreviated form, as in `R8.11.29`.
    public let letter: Character
    public let kanji: String
    /// The romanized name, for English messages.
    public let name: String
    public let first: CalendarDate
    /// Nil for the current era.
    public let last: CalendarDate?

    public static let reiwa = JapaneseEra(letter: "R", kanji: "令和", name: "Reiwa",
                                          first: try! CalendarDate(year: 2019, month: 5, day: 1), last: nil)
    public static let heisei = JapaneseEra(letter: "H", kanji: "平成", name: "Heisei",
                                           first: try! CalendarDate(year: 1989, month: 1, day: 8),
                                           last: try! CalendarDate(year: 2019, month: 4, day: 30))
    public static let showa = JapaneseEra(letter: "S", kanji: "昭和", name: "Showa",
                                          first: try! CalendarDate(year: 1926, month: 12, day: 25),
                                          last: try! CalendarDate(year: 1989, month: 1, day: 7))
    public static let all = [reiwa, heisei, showa]

    /// The single-character era signs (㋿ ㍻ ㍼) people paste from other documents.
    var sign: Character {
        switch letter {
        case "R": "㋿"
        case "H": "㍻"
        default: "㍼"
        }
    }

    /// The Gregorian year of the era's `year`th year (the first year, 元年, is 1).
    public func gregorianYear(_ year: Int) -> Int {
        first.year + year - 1
    }

    public func contains(_ day: CalendarDate) -> Bool {
        day >= first && last.map { day <= $0 } ?? true
    }
}
