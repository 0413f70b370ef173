import RoundsDomain
import Testing

/// The rules against the Cabinet Office's own list, and the rule-made days of later years.
@Suite struct JapaneseHolidaysTests {
    /// 内閣府「国民の祝日について」syukujitsu.csv (https://www8.cao.go.jp/chosei/shukujitsu/syukujitsu.csv),
    /// 2020–2027, as published: the CSV names every substitute and citizens' holiday just 休日.
    /// Copied from copies of the file quoted in public code, and for 2022–2025 checked against the
    /// Cabinet Office's yearly announcements as reported (2025: substitutes 2/24, 5/6, 11/24).
    static let official = """
        2020/1/1,元日
        2020/1/13,成人の日
        2020/2/11,建国記念の日
        2020/2/23,天皇誕生日
        2020/2/24,休日
        2020/3/20,春分の日
        2020/4/29,昭和の日
        2020/5/3,憲法記念日
        2020/5/4,みどりの日
        2020/5/5,こどもの日
        2020/5/6,休日
        2020/7/23,海の日
        2020/7/24,スポーツの日
        2020/8/10,山の日
        2020/9/21,敬老の日
        2020/9/22,秋分の日
        2020/11/3,文化の日
        2020/11/23,勤労感謝の日
        2021/1/1,元日
        2021/1/11,成人の日
        2021/2/11,建国記念の日
        2021/2/23,天皇誕生日
        2021/3/20,春分の日
        2021/4/29,昭和の日
        2021/5/3,憲法記念日
        2021/5/4,みどりの日
        2021/5/5,こどもの日
        2021/7/22,海の日
        2021/7/23,スポーツの日
        2021/8/8,山の日
        2021/8/9,休日
        2021/9/20,敬老の日
        2021/9/23,秋分の日
        2021/11/3,文化の日
        2021/11/23,勤労感謝の日
        2022/1/1,元日
        2022/1/10,成人の日
        2022/2/11,建国記念の日
        2022/2/23,天皇誕生日
        2022/3/21,春分の日
        2022/4/29,昭和の日
        2022/5/3,憲法記念日
        2022/5/4,みどりの日
        2022/5/5,こどもの日
        2022/7/18,海の日
        2022/8/11,山の日
        2022/9/19,敬老の日
        2022/9/23,秋分の日
        2022/10/10,スポーツの日
        2022/11/3,文化の日
        2022/11/23,勤労感謝の日
        2023/1/1,元日
        2023/1/2,休日
        2023/1/9,成人の日
        2023/2/11,建国記念の日
        2023/2/23,天皇誕生日
        2023/3/21,春分の日
        2023/4/29,昭和の日
        2023/5/3,憲法記念日
        2023/5/4,みどりの日
        2023/5/5,こどもの日
        2023/7/17,海の日
        2023/8/11,山の日
        2023/9/18,敬老の日
        2023/9/23,秋分の日
        2023/10/9,スポーツの日
        2023/11/3,文化の日
        2023/11/23,勤労感謝の日
        2024/1/1,元日
        2024/1/8,成人の日
        2024/2/11,建国記念の日
        2024/2/12,休日
        2024/2/23,天皇誕生日
        2024/3/20,春分の日
        2024/4/29,昭和の日
        2024/5/3,憲法記念日
        2024/5/4,みどりの日
        2024/5/5,こどもの日
        2024/5/6,休日
        2024/7/15,海の日
        2024/8/11,山の日
        2024/8/12,休日
        2024/9/16,敬老の日
        2024/9/22,秋分の日
        2024/9/23,休日
        2024/10/14,スポーツの日
        2024/11/3,文化の日
        2024/11/4,休日
        2024/11/23,勤労感謝の日
        2025/1/1,元日
        2025/1/13,成人の日
        2025/2/11,建国記念の日
        2025/2/23,天皇誕生日
        2025/2/24,休日
        2025/3/20,春分の日
        2025/4/29,昭和の日
        2025/5/3,憲法記念日
        2025/5/4,みどりの日
        2025/5/5,こどもの日
        2025/5/6,休日
        2025/7/21,海の日
        2025/8/11,山の日
        2025/9/15,敬老の日
        2025/9/23,秋分の日
        2025/10/13,スポーツの日
        2025/11/3,文化の日
        2025/11/23,勤労感謝の日
        2025/11/24,休日
        2026/1/1,元日
        2026/1/12,成人の日
        2026/2/11,建国記念の日
        2026/2/23,天皇誕生日
        2026/3/20,春分の日
        2026/4/29,昭和の日
        2026/5/3,憲法記念日
        2026/5/4,みどりの日
        2026/5/5,こどもの日
        2026/5/6,休日
        2026/7/20,海の日
        2026/8/11,山の日
        2026/9/21,敬老の日
        2026/9/22,休日
        2026/9/23,秋分の日
        2026/10/12,スポーツの日
        2026/11/3,文化の日
        2026/11/23,勤労感謝の日
        2027/1/1,元日
        2027/1/11,成人の日
        2027/2/11,建国記念の日
        2027/2/23,天皇誕生日
        2027/3/21,春分の日
        2027/3/22,休日
        2027/4/29,昭和の日
        2027/5/3,憲法記念日
        2027/5/4,みどりの日
        2027/5/5,こどもの日
        2027/7/19,海の日
        2027/8/11,山の日
        2027/9/20,敬老の日
        2027/9/23,秋分の日
        2027/10/11,スポーツの日
        2027/11/3,文化の日
        2027/11/23,勤労感謝の日
        """

    /// Each official line as `YYYY-MM-DD 名称`, 休日 standing for either kind the CSV does not tell apart.
    static func officialDays(in year: Int) throws -> [String] {
        try official.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ",")
            let date = try CalendarDate(parsing: String(parts[0]), field: "date")
            return date.year == year ? "\(date) \(parts[1])" : nil
        }
    }

    static func computedDays(in year: Int) -> [String] {
        JapaneseHolidays.holidays(in: year).map { holiday in
            let official = [Message.substituteHoliday, .citizensHoliday].contains(holiday.name) ? "休日" : holiday.name.ja
            return "\(holiday.date) \(official)"
        }
    }

    @Test(arguments: 2020...2027) func matchesTheCabinetOfficeList(year: Int) throws {
        let official = try Self.officialDays(in: year)
        #expect(Self.computedDays(in: year) == official)
        #expect(JapaneseHolidays.holidays(in: year).count == official.count)
    }

    func day(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text, field: "date")
    }

    func name(_ text: String) throws -> String? {
        JapaneseHolidays.holiday(on: try day(text))?.name.ja
    }

    @Test func tellsSubstituteFromCitizensHolidays() throws {
        #expect(try name("2026-05-06") == "振替休日")   // 5/3 fell on a Sunday; 5/4 and 5/5 are holidays themselves
        #expect(try name("2026-09-22") == "国民の休日") // between Respect for the Aged Day and the equinox
        #expect(try name("2021-08-09") == "振替休日")   // the Olympic Mountain Day on a Sunday
        #expect(JapaneseHolidays.holiday(on: try day("2026-09-22"))?.name.en == "Citizens' holiday")
    }

    /// The law's history, on days the Cabinet Office list shows (syukujitsu.csv covers 1955 on).
    @Test func followsTheLawsChanges() throws {
        #expect(try name("2018-12-23") == "天皇誕生日")
        #expect(try name("2019-12-23") == nil)
        #expect(try name("2019-02-23") == nil)
        #expect(try name("2006-04-29") == "みどりの日")
        #expect(try name("2007-04-29") == "昭和の日")
        #expect(try name("1988-04-29") == "天皇誕生日")
        #expect(try name("2015-08-11") == nil)
        #expect(try name("2016-08-11") == "山の日")
        #expect(try name("1999-01-15") == "成人の日")
        #expect(try name("2000-01-10") == "成人の日")
        #expect(try name("2002-09-15") == "敬老の日")
        #expect(try name("2003-09-15") == "敬老の日")   // the third Monday that year
        #expect(try name("2019-10-14") == "体育の日")
        #expect(try name("2008-05-06") == "振替休日")   // 5/4 on a Sunday: the next day not a holiday
        #expect(try name("2009-09-22") == "国民の休日")
        #expect(try name("2015-09-22") == "国民の休日")
        #expect(try name("1998-05-04") == "振替休日")   // before 2007 a Sunday's 5/3 moved to 5/4
        #expect(try name("1990-05-04") == "国民の休日")
    }

    @Test func theEnthronementYear() throws {
        let may = try (28...30).map { try name("2019-04-\($0)") } + (1...6).map { try name("2019-05-0\($0)") }
        #expect(may == [nil, "昭和の日", "国民の休日", "天皇の即位の日", "国民の休日", "憲法記念日", "みどりの日",
                        "こどもの日", "振替休日"])
        #expect(try name("2019-10-22") == "即位礼正殿の儀")
        // The days of 2019 in syukujitsu.csv, whose names there (休日（祝日扱い）, 体育の日（スポーツの日）) are its own.
        let official = ["01-01", "01-14", "02-11", "03-21", "04-29", "04-30", "05-01", "05-02", "05-03", "05-04",
                        "05-05", "05-06", "07-15", "08-11", "08-12", "09-16", "09-23", "10-14", "10-22", "11-03",
                        "11-04", "11-23"].map { "2019-\($0)" }
        #expect(JapaneseHolidays.holidays(in: 2019).map(\.date.description) == official)
    }

    /// 2028–2030 are past the Cabinet Office list (the equinoxes are gazetted each February for
    /// the next year). The equinox days below are the National Astronomical Observatory's
    /// computed dates (春分日 3/20 in all three; 秋分日 9/22, 9/23, 9/23), which the formula gives;
    /// the other days follow from the weekdays alone and are checked as the law's rules say.
    @Test func laterYearsByTheRules() throws {
        #expect(try (2028...2030).map { try name("\($0)-03-20") } == ["春分の日", "春分の日", "春分の日"])
        #expect(try name("2028-09-22") == "秋分の日")
        #expect(try name("2029-09-23") == "秋分の日")
        #expect(try name("2030-09-23") == "秋分の日")
        // 2028 has no holiday on a Sunday, hence no substitute, and no day between two holidays.
        #expect(JapaneseHolidays.holidays(in: 2028).allSatisfy { $0.name != .substituteHoliday && $0.name != .citizensHoliday })
        #expect(JapaneseHolidays.holidays(in: 2028).count == 16)
        // 2029: 2/11, 4/29 and 9/23 fall on Sundays.
        #expect(JapaneseHolidays.holidays(in: 2029).filter { $0.name == .substituteHoliday }.map(\.date.description)
                == ["2029-02-12", "2029-04-30", "2029-09-24"])
        // 2030: 5/5, 8/11 and 11/3 fall on Sundays.
        #expect(JapaneseHolidays.holidays(in: 2030).filter { $0.name == .substituteHoliday }.map(\.date.description)
                == ["2030-05-06", "2030-08-12", "2030-11-04"])
        // 2032: Respect for the Aged Day 9/20 and the equinox 9/22 (formula) hold 9/21 between them.
        #expect(try name("2032-09-21") == "国民の休日")
    }

    @Test func everySupportedYearIsWellFormed() {
        for year in JapaneseHolidays.supportedYears {
            let days = JapaneseHolidays.holidays(in: year)
            #expect(days.allSatisfy { $0.date.year == year })
            #expect(Set(days.map(\.date)).count == days.count, "a day twice in \(year)")
            #expect((12...22).contains(days.count), "\(year): \(days.count)")
        }
        #expect(JapaneseHolidays.holidays(in: 1979).isEmpty && JapaneseHolidays.holidays(in: 2100).isEmpty)
    }
}
