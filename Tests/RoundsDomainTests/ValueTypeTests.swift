import RoundsDomain
import Testing

@Suite struct ValueTypeTests {
    @Test func timeWindowsParseSortAndRejectOverlap() throws {
        let windows = try TimeWindow.list(parsing: "13:00-17:00, 09:00-12:00")
        #expect(TimeWindow.format(windows) == "09:00-12:00,13:00-17:00")
        #expect(try TimeWindow.list(parsing: "").isEmpty)
        #expect(try TimeWindow.list(parsing: "09:00-12:00,12:00-13:00").count == 2)
        let overlap = #expect(throws: RoundsError.self) { try TimeWindow.list(parsing: "09:00-12:00,11:00-13:00") }
        #expect(overlap?.message.en.contains("overlaps") == true)
        let backwards = #expect(throws: RoundsError.self) { try TimeWindow.list(parsing: "17:00-09:00") }
        #expect(backwards?.message.en == "invalid time_windows '17:00-09:00': the end is not after the start")
        #expect(throws: RoundsError.self) { try TimeWindow.list(parsing: "9-12") }
        #expect(throws: RoundsError.self) { try TimeWindow.list(parsing: "09:00-24:30") }
    }

    @Test func timesTakeFullWidthDigitsAndJapaneseRangeDashes() throws {
        let morning = try TimeWindow(start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12))
        for text in ["０９：００－１２：００", "09:00～12:00", "09:00〜12:00", "09:00ー12:00", "09:00−12:00"] {
            #expect(try TimeWindow.list(parsing: text) == [morning], "\(text)")
        }
        #expect(try TimeWindow.list(parsing: "09:00〜12:00，13:00〜17:00").count == 2)
        #expect(try TimeOfDay(parsing: "０９：３０", field: "time") == TimeOfDay(hour: 9, minute: 30))
    }

    @Test func coordinatesAreValidated() throws {
        #expect(try Coordinate(parsing: "35.6812, 139.7671").longitude == 139.7671)
        let error = #expect(throws: RoundsError.self) { try Coordinate(latitude: 91, longitude: 0) }
        #expect(error?.message.en == "invalid latitude '91': latitude must be between -90 and 90")
        #expect(throws: RoundsError.self) { try Coordinate(latitude: 0, longitude: -180.5) }
        #expect(throws: RoundsError.self) { try Coordinate(parsing: "35.6") }
        #expect(throws: RoundsError.self) { try Coordinate(parsing: "x,139") }
    }

    @Test func yenLiterals() throws {
        #expect(try Yen.parse("1200000") == 1_200_000)
        #expect(try Yen.parse("¥1,200,000") == 1_200_000)
        #expect(try Yen.parse("1,200,000円") == 1_200_000)
        #expect(try Yen.parse("120万") == 1_200_000)
        #expect(try Yen.parse("1.2億") == 120_000_000)
        #expect(try Yen.parse("5M") == 5_000_000)
        #expect(try Yen.parse("800k") == 800_000)
        #expect(try Yen.parse("１２３４５") == 12_345)
        #expect(try Yen.parse("￥１，２００，０００") == 1_200_000)
        #expect(try Yen.parse("－５００") == -500)
        #expect(throws: RoundsError.self) { try Yen.parse("1.5") }
        #expect(throws: RoundsError.self) { try Yen.parse("abc") }
        #expect(throws: RoundsError.self) { try Yen.parse("¥-") }
        #expect(throws: RoundsError.self) { try Yen.parse("万") }
        #expect(Yen.format(1_234_567) == "¥1,234,567")
        #expect(Yen.format(-500) == "-¥500")
        #expect(Yen.format(0) == "¥0")
    }

    @Test func weekdaysInEnglishAndJapanese() throws {
        #expect(try Weekday.set(parsing: "sun,sat") == [.saturday, .sunday])
        #expect(try Weekday.set(parsing: "土日") == [.saturday, .sunday])
        #expect(try Weekday.set(parsing: "水曜日") == [.wednesday])
        #expect(try Weekday.set(parsing: "Saturday") == [.saturday])
        #expect(throws: RoundsError.self) { try Weekday.set(parsing: "someday") }
    }

    @Test func ranksAcceptJapaneseNames() throws {
        #expect(try Rank(parsing: "重点") == .focus)
        #expect(try Rank(parsing: "Maintain") == .maintain)
        #expect(Rank.develop.label.ja == "育成")
        #expect(throws: RoundsError.self) { try Rank(parsing: "gold") }
    }

    @Test func lunchBreakInsideHours() throws {
        #expect(try LunchBreak(parsing: "11:30-13:30/60").minutes == 60)
        #expect(try LunchBreak(parsing: "12:00-13:00").description == "12:00-13:00")
        #expect(throws: RoundsError.self) { try LunchBreak(parsing: "12:00-13:00/90") }
        var rep = Rep(code: "R1", name: "佐藤")
        rep.lunch = try LunchBreak(parsing: "08:00-09:30")
        #expect(throws: RoundsError.self) { try rep.validate() }
    }

    @Test func customerValidation() throws {
        try Customer(code: "C-1.a_b", name: "山田商店").validate()
        #expect(throws: RoundsError.self) { try Customer(code: "C 1", name: "x").validate() }
        #expect(throws: RoundsError.self) { try Customer(code: "C1", name: " ").validate() }
        #expect(throws: RoundsError.self) { try Customer(code: "C1", name: "x", potentialYen: -1).validate() }
        #expect(throws: RoundsError.self) { try Customer(code: "C1", name: "x", serviceMinutes: 0).validate() }
        #expect(Customer.tags(parsing: "大口, 要フォロー,大口,") == ["大口", "要フォロー"])
    }

    @Test func languageFromLocale() {
        #expect(Language(environment: ["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language(environment: ["LC_ALL": "C", "LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language(environment: [:]) == .en)
        let message = Message(en: "hello", ja: "こんにちは")
        #expect(message.text(in: .ja) == "こんにちは")
    }
}
