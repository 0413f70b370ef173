/// The national holidays of Japan (国民の祝日 and the 休日 the law adds), worked out from the
/// rules of the Act on National Holidays (国民の祝日に関する法律) and the special laws of 2019–2021,
/// so no list needs updating each February.
///
/// ```swift
/// JapaneseHolidays.holidays(in: 2026).first         // 2026-01-01 元日 / New Year's Day
/// JapaneseHolidays.holiday(on: try CalendarDate(year: 2026, month: 9, day: 22))?.name.ja  // "国民の休日"
/// ```
///
/// The equinox days are the law's only dates not fixed by rule: each February the National
/// Astronomical Observatory gazettes the next year's. The standard approximation used here
/// agrees with every year announced so far; later years hold until an announcement differs.
public enum JapaneseHolidays {
    public struct Holiday: Sendable, Equatable {
        public let date: CalendarDate
        public let name: Message
    }

    /// The years the rules here are exact for (the equinox approximation's range).
    public static let supportedYears = 1980...2099

    /// Every holiday of `year` in date order; empty outside `supportedYears`.
    public static func holidays(in year: Int) -> [Holiday] {
        guard supportedYears.contains(year) else { return [] }
        // Substitutes are reckoned from the national holidays, citizens' holidays from both.
        var days = nationalHolidays(in: year)
        days += substitutes(for: days)
        days += citizensHolidays(in: year, among: days)
        return days.sorted { $0.date < $1.date }
    }

    /// The holiday on `date`, if it is one.
    public static func holiday(on date: CalendarDate) -> Holiday? {
        holidays(in: date.year).first { $0.date == date }
    }

    public static func isHoliday(_ date: CalendarDate) -> Bool {
        holiday(on: date) != nil
    }

    // MARK: The law's days

    /// The 国民の祝日 proper (and the one-off days the special laws treat as such): the days a
    /// substitute or a citizens' holiday is reckoned from.
    private static func nationalHolidays(in year: Int) -> [Holiday] {
        var days: [(Int, Int, Message)] = [(1, 1, .newYearsDay)]
        days.append(year < 2000 ? (1, 15, .comingOfAgeDay) : (1, monday(2, of: 1, in: year), .comingOfAgeDay))
        days.append((2, 11, .foundationDay))
        if year >= 2020 { days.append((2, 23, .emperorsBirthday)) }
        days.append((3, vernalEquinox(year), .vernalEquinoxDay))
        days.append((4, 29, year < 1989 ? .emperorsBirthday : year < 2007 ? .greeneryDay : .showaDay))
        days.append((5, 3, .constitutionDay))
        // 5/4 became a holiday in its own right in 2007; before, it was a citizens' holiday by the sandwich rule.
        if year >= 2007 { days.append((5, 4, .greeneryDay)) }
        days.append((5, 5, .childrensDay))
        switch year {
        case 1996...2002: days.append((7, 20, .marineDay))
        case 2020: days.append((7, 23, .marineDay))
        case 2021: days.append((7, 22, .marineDay))
        case 2003...: days.append((7, monday(3, of: 7, in: year), .marineDay))
        default: break
        }
        switch year {
        case 2020: days.append((8, 10, .mountainDay))
        case 2021: days.append((8, 8, .mountainDay))
        case 2016...: days.append((8, 11, .mountainDay))
        default: break
        }
        days.append(year < 2003 ? (9, 15, .respectForTheAgedDay) : (9, monday(3, of: 9, in: year), .respectForTheAgedDay))
        days.append((9, autumnalEquinox(year), .autumnalEquinoxDay))
        switch year {
        case ..<2000: days.append((10, 10, .healthAndSportsDay))
        case ..<2020: days.append((10, monday(2, of: 10, in: year), .healthAndSportsDay))
        // The Olympic years moved Sports Day next to the opening ceremony.
        case 2020: days.append((7, 24, .sportsDay))
        case 2021: days.append((7, 23, .sportsDay))
        default: days.append((10, monday(2, of: 10, in: year), .sportsDay))
        }
        days.append((11, 3, .cultureDay))
        days.append((11, 23, .labourThanksgivingDay))
        if (1989...2018).contains(year) { days.append((12, 23, .emperorsBirthday)) }
        days += imperialDays.filter { $0.0 == year }.map { ($0.1, $0.2, $0.3) }
        return days.map { Holiday(date: date(year, $0.0, $0.1), name: $0.2) }
    }

    /// Days made holidays once by their own laws. 2019-04-30 and 05-02 need no entry: they fall
    /// between two of these days and holidays, so the citizens' holiday rule makes them.
    private static let imperialDays: [(Int, Int, Int, Message)] = [
        (1989, 2, 24, .funeralOfEmperorShowa),
        (1990, 11, 12, .enthronementCeremony),
        (1993, 6, 9, .crownPrincesWedding),
        (2019, 5, 1, .enthronementDay),
        (2019, 10, 22, .enthronementCeremony),
    ]

    /// 振替休日: a holiday on a Sunday gives the next day that is not a holiday (since 2007; from
    /// 1973 to 2006 only the Monday, which the calendar never made a holiday itself then).
    private static func substitutes(for days: [Holiday]) -> [Holiday] {
        let dates = Set(days.map(\.date))
        return days.filter { $0.date.weekday == .sunday }.map { sunday in
            var next = sunday.date.adding(days: 1)
            while dates.contains(next) { next = next.adding(days: 1) }
            return Holiday(date: next, name: .substituteHoliday)
        }
    }

    /// 国民の休日 (since 1986): a weekday between two national holidays is a holiday too.
    /// Sundays are left out, as the law did until 2006 (and none has fallen so since).
    private static func citizensHolidays(in year: Int, among days: [Holiday]) -> [Holiday] {
        guard year >= 1986 else { return [] }
        let taken = Set(days.map(\.date))
        let national = Set(days.filter { $0.name != .substituteHoliday }.map(\.date))
        return national.sorted().compactMap { before in
            let between = before.adding(days: 1)
            guard between.year == year, !taken.contains(between), between.weekday != .sunday,
                  national.contains(between.adding(days: 1)) else { return nil }
            return Holiday(date: between, name: .citizensHoliday)
        }
    }

    // MARK: Arithmetic

    /// The standard approximation (valid 1980–2099): the equinox drifts 0.242194 days a year and
    /// jumps back a day every leap year.
    private static func vernalEquinox(_ year: Int) -> Int {
        Int(20.8431 + 0.242194 * Double(year - 1980)) - (year - 1980) / 4
    }

    private static func autumnalEquinox(_ year: Int) -> Int {
        Int(23.2488 + 0.242194 * Double(year - 1980)) - (year - 1980) / 4
    }

    /// The day of the `nth` Monday of `month` (the Happy Monday rule).
    private static func monday(_ nth: Int, of month: Int, in year: Int) -> Int {
        let first = date(year, month, 1).weekday.rawValue
        return 1 + (8 - first) % 7 + (nth - 1) * 7
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        // Every month-day above exists in every year.
        try! CalendarDate(year: year, month: month, day: day)
    }
}

extension Message {
    static let newYearsDay = Message(en: "New Year's Day", ja: "元日")
    static let comingOfAgeDay = Message(en: "Coming of Age Day", ja: "成人の日")
    static let foundationDay = Message(en: "National Foundation Day", ja: "建国記念の日")
    static let emperorsBirthday = Message(en: "The Emperor's Birthday", ja: "天皇誕生日")
    static let vernalEquinoxDay = Message(en: "Vernal Equinox Day", ja: "春分の日")
    static let showaDay = Message(en: "Showa Day", ja: "昭和の日")
    static let greeneryDay = Message(en: "Greenery Day", ja: "みどりの日")
    static let constitutionDay = Message(en: "Constitution Memorial Day", ja: "憲法記念日")
    static let childrensDay = Message(en: "Children's Day", ja: "こどもの日")
    static let marineDay = Message(en: "Marine Day", ja: "海の日")
    static let mountainDay = Message(en: "Mountain Day", ja: "山の日")
    static let respectForTheAgedDay = Message(en: "Respect for the Aged Day", ja: "敬老の日")
    static let autumnalEquinoxDay = Message(en: "Autumnal Equinox Day", ja: "秋分の日")
    static let healthAndSportsDay = Message(en: "Health and Sports Day", ja: "体育の日")
    static let sportsDay = Message(en: "Sports Day", ja: "スポーツの日")
    static let cultureDay = Message(en: "Culture Day", ja: "文化の日")
    static let labourThanksgivingDay = Message(en: "Labor Thanksgiving Day", ja: "勤労感謝の日")
    static let funeralOfEmperorShowa = Message(en: "Funeral of Emperor Showa", ja: "昭和天皇の大喪の礼")
    static let enthronementCeremony = Message(en: "Enthronement Ceremony", ja: "即位礼正殿の儀")
    static let crownPrincesWedding = Message(en: "Wedding of the Crown Prince", ja: "皇太子徳仁親王の結婚の儀")
    static let enthronementDay = Message(en: "Enthronement Day", ja: "天皇の即位の日")
    public static let substituteHoliday = Message(en: "Substitute holiday", ja: "振替休日")
    public static let citizensHoliday = Message(en: "Citizens' holiday", ja: "国民の休日")
}
