import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// Stored timestamps are the company's wall-clock time as text, worked out without a `Calendar`.
@Suite struct TimestampTests {
    @Test func timestampsAreCompanyWallClockText() throws {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        #expect(Timestamp.text(Date(timeIntervalSince1970: 1_795_966_205), timeZone: tokyo) == "2026-11-30 00:30:05")
        #expect(Timestamp.text(Date(timeIntervalSince1970: -1), timeZone: TimeZone(identifier: "America/New_York")!)
                == "1969-12-31 18:59:59")
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        #expect(Timestamp.text(now).prefix(10) == CalendarDate.today(at: now).description)
    }
}
