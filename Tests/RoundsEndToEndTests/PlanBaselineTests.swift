import Foundation
import Testing

/// `plan baseline`: the weekday routine on a company small enough to count by hand.
@Suite struct PlanBaselineTests {
    @Test func aMonthOfTheRoutineCountedByHand() throws {
        let rounds = try RoundsProcess()
        // Four focus customers north, east, south and west of the office, a maintain customer to
        // the north-west, and one without a position.
        let setup = try rounds.script("""
            rep add R1 --name 田中 --start 35.68,139.70 --hours 09:00-18:00 --lunch 12:00-13:00
            customer add A --name 青木 --lat 35.69 --lon 139.70 --rank focus --rep R1
            customer add B --name 坂本 --lat 35.68 --lon 139.71 --rank focus --rep R1
            customer add C --name 千葉 --lat 35.67 --lon 139.70 --rank focus --rep R1
            customer add D --name 大野 --lat 35.68 --lon 139.69 --rank focus --rep R1
            customer add E --name 江口 --lat 35.69 --lon 139.69 --rank maintain --rep R1
            customer add F --name 福田 --rep R1
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let result = try rounds.run(["plan", "baseline", "--month", "2026-12", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first)
        // By bearing from the office: A (north) Monday, B (east) Tuesday, C (south) Wednesday,
        // D (west) Thursday, E (north-west) Friday. December 2026 has no national holiday; 12/29–
        // 12/31 are the company's year-end break. Mondays 7, 14, 21, 28; Tuesdays 1, 8, 15, 22;
        // Wednesdays 2, 9, 16, 23; Thursdays 3, 10, 17, 24: four visits each to A–D. E (maintain,
        // first in its group) only on the first Friday, the 4th: 17 visits.
        #expect(row["customers"] as? Int == 6)
        #expect(row["skipped"] as? String == "F")
        #expect(row["visits"] as? Int == 17, "\(result.stdout)")
        #expect(row["late_windows"] as? Int == 0 && row["overtime_days"] as? Int == 0)
        #expect((row["travel_minutes"] as? Int ?? 0) > 0)
        let bad = try rounds.run(["plan", "baseline", "--month", "2026/13"])
        #expect(bad.status != 0 && bad.stderr.contains("use YYYY-MM"))
    }
}
