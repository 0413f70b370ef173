import Foundation
import Testing

/// `route day` on a small company laid out on one street, where the best order is known.
@Suite struct RouteDayTests {
    /// Office at 139.70; A, B, C at 139.72, .74, .76 going east. C only takes visits until 10:30,
    /// so the best day is C, B, A. D is closed on Tuesdays; E's hours end before the day starts.
    static let company = """
        rep add R1 --name 田中 --start 35.68,139.70 --hours 09:00-18:00 --lunch 12:00-13:00
        rep add R2 --name 佐藤
        customer add A --name 青木商店 --lat 35.68 --lon 139.72 --rep R1
        customer add B --name 坂本工業 --lat 35.68 --lon 139.74 --rep R1
        customer add C --name 千葉電機 --lat 35.68 --lon 139.76 --windows 09:00-10:30 --rep R1
        customer add D --name 大野印刷 --lat 35.68 --lon 139.73 --closed-days tue --rep R1
        customer add E --name 江口製作所 --lat 35.68 --lon 139.71 --windows 07:00-08:30 --rep R1
        customer add F --name 福田屋
        """

    func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let setup = try rounds.script(Self.company)
        #expect(setup.status == 0, "\(setup.stderr)")
        return rounds
    }

    @Test func theBestOrderWithTimesAndTheReasonsForWhoIsLeftOut() throws {
        let rounds = try company()
        // 2026-12-01 is a Tuesday.
        let day = try rounds.run(["route", "day", "--rep", "R1", "--date", "2026-12-01", "--customers", "A,B,C,D,E",
                                  "--format", "json", "--geojson", "day.geojson"])
        #expect(day.status == 0, "\(day.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(day.stdout.utf8)) as? [String: Any])
        let stops = try #require(json["stops"] as? [[String: Any]])
        #expect(stops.map { $0["customer"] as? String } == ["C", "B", "A"])
        #expect(json["proven_optimal"] as? Bool == true)
        #expect((stops[0]["arrive"] as? String).map { $0 <= "10:30" } == true)
        let dropped = try #require(json["dropped"] as? [[String: String]])
        #expect(dropped == [["customer": "D", "reason": "closed on tue"],
                            ["customer": "E", "reason": "cannot be reached within its visiting hours 07:00-08:30"]])
        let geo = try #require(try JSONSerialization.jsonObject(with: Data(try rounds.read("day.geojson").utf8)) as? [String: Any])
        let features = try #require(geo["features"] as? [[String: Any]])
        let kinds = features.compactMap { ($0["geometry"] as? [String: Any])?["type"] as? String }
        #expect(kinds.filter { $0 == "Point" }.count == 5 && kinds.filter { $0 == "LineString" }.count == 1)

        let table = try rounds.run(["route", "day", "--rep", "R1", "--date", "2026-12-01", "--customers", "A,B,C,D,E"])
        #expect(table.stdout.contains("(proven best order)"))
        #expect(table.stdout.contains("not visited: D 大野印刷: closed on tue"))
    }

    @Test func anAppointmentIsKeptToTheMinute() throws {
        let rounds = try company()
        let day = try rounds.run(["route", "day", "--rep", "R1", "--date", "2026-12-02", "--customers", "A,B,C",
                                  "--appointment", "A@15:00", "--format", "csv"])
        #expect(day.status == 0, "\(day.stderr)")
        let rowA = day.stdout.split(separator: "\n").first { $0.contains(",A,") }
        #expect(rowA.map { $0.contains(",15:00,") } == true, "\(day.stdout)")
    }

    @Test func maintainRankGoesBeforeFocusWhenTheDayIsShort() throws {
        let rounds = try company()
        // Until 10:30 the rep can serve C and one more: A (focus) stays, B (maintain) goes.
        _ = try rounds.script("""
            rep edit R1 --hours 09:00-10:30 --lunch none
            customer edit A --rank focus
            customer edit B --rank maintain
            """)
        let day = try rounds.run(["route", "day", "--rep", "R1", "--date", "2026-12-02", "--customers", "C",
                                  "--optional", "B,A", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(day.stdout.utf8)) as? [String: Any])
        let stops = (json["stops"] as? [[String: Any]])?.compactMap { $0["customer"] as? String }
        #expect(stops.map(Set.init) == ["A", "C"], "\(day.stdout)\(day.stderr)")
        #expect(json["dropped"] as? [[String: String]] == [["customer": "B", "reason": "no room left in the working day"]])
    }

    @Test func roadTimesFromAFileDecideTheOrder() throws {
        let rounds = try company()
        // One-way streets: only R1 → C → A → B → R1 is quick.
        var csv = "from,to,seconds\n"
        for from in ["R1", "A", "B", "C"] {
            for to in ["R1", "A", "B", "C"] where from != to {
                let quick = [("R1", "C"), ("C", "A"), ("A", "B"), ("B", "R1")].contains { $0 == (from, to) }
                csv += "\(from),\(to),\(quick ? 100 : 5000)\n"
            }
        }
        try rounds.write("times.csv", csv)
        let day = try rounds.run(["route", "day", "--rep", "R1", "--date", "2026-12-02", "--customers", "A,B,C",
                                  "--matrix", "times.csv", "--format", "csv", "--only", "customer"])
        #expect(day.stdout == "C\nA\nB\n", "\(day.stderr)")
        let missing = try rounds.run(["route", "day", "--rep", "R1", "--customers", "A,D", "--matrix", "times.csv"])
        #expect(missing.stderr.contains("times.csv: no travel times for D"))
    }

    @Test func mistakesAreNamed() throws {
        let rounds = try company()
        func error(_ arguments: [String]) throws -> String {
            let result = try rounds.run(["route", "day"] + arguments)
            #expect(result.status != 0)
            return result.stderr
        }
        #expect(try error(["--rep", "R1", "--customers", "A,Z"]).contains("unknown customer 'Z'"))
        #expect(try error(["--rep", "R9", "--customers", "A"]).contains("unknown rep 'R9'"))
        #expect(try error(["--rep", "R2", "--customers", "A"]).contains("rep R2 has no start location"))
        #expect(try error(["--rep", "R1", "--customers", "A,F"]).contains("customer F has no map position"))
        #expect(try error(["--rep", "R1", "--customers", "A", "--appointment", "A1500"]).contains("use CODE@HH:MM"))
        #expect(try error(["--rep", "R1", "--customers", "A", "--appointment", "B@15:00"]).contains("not in --customers"))
        #expect(try error(["--rep", "R1", "--customers", "A,A"]).contains("customer A is given twice"))
    }
}
