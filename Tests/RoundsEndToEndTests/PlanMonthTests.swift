import Foundation
import Testing

/// `plan month|week`, `plan show`, `plan confirm` and `plan compare` through the real binary.
@Suite struct PlanMonthTests {
    /// A rep with six customers around the office and three that cannot be planned.
    static func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            rep add R1 --name 田中 --start 35.68,139.70 --hours 09:00-18:00 --lunch 12:00-13:00
            rep add R2 --name 鈴木
            customer add A --name 青木 --lat 35.69 --lon 139.70 --rank focus --rep R1
            customer add B --name 坂本 --lat 35.68 --lon 139.71 --rank focus --rep R1 --windows 09:00-11:00
            customer add C --name 千葉 --lat 35.67 --lon 139.70 --rank develop --rep R1 --closed-days mon,tue
            customer add D --name 大野 --lat 35.68 --lon 139.69 --rank develop --rep R1
            customer add E --name 江口 --lat 35.69 --lon 139.69 --rank maintain --rep R1
            customer add F --name 福田 --rank maintain --rep R1
            customer add G --name 後藤 --lat 35.70 --lon 139.70 --rank maintain --rep R1 --windows 19:00-20:00
            customer add H --name 原田 --lat 35.70 --lon 139.71 --rank focus --rep R1 --closed-days mon,tue,wed,thu,fri
            customer add K --name 菊池 --lat 35.66 --lon 139.70 --rank focus --rep R2
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        return rounds
    }

    @Test func aMonthPlannedWithWhatCouldNotBeSaidByName() throws {
        let rounds = try Self.company()
        let plan = try rounds.run(["plan", "month", "--all", "--from", "2026-12-01", "--iterations", "100"])
        #expect(plan.status == 0, "\(plan.stderr)")
        // Named one by one: no position, a window outside the hours, closed every working day, a rep without a start.
        #expect(plan.stdout.contains("left out: F (R1) 1 visit: no map position"), "\(plan.stdout)")
        #expect(plan.stdout.contains("left out: G (R1) 1 visit: its time windows cannot be reached"))
        #expect(plan.stdout.contains("left out: H (R1) 4 visits: closed on every working day"))
        #expect(plan.stdout.contains("left out: K (R2) 4 visits: the rep has no start"))

        let shown = try rounds.run(["plan", "show", "--rep", "R1", "--why", "--format", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        let visits = Dictionary(grouping: rows, by: { $0["customer"] as? String ?? "" })
        #expect(visits["A"]?.count == 4 && visits["B"]?.count == 4 && visits["C"]?.count == 2 && visits["D"]?.count == 2)
        #expect(visits["E"]?.count == 1)
        for row in visits["B"] ?? [] { #expect((row["arrive"] as? String ?? "99") <= "11:00") }
        for row in visits["C"] ?? [] {
            let date = row["date"] as? String ?? ""
            #expect(!["2026-12-07", "2026-12-08", "2026-12-14", "2026-12-15", "2026-12-21", "2026-12-22", "2026-12-28"].contains(date))
        }
        // Bound first: inside #expect the cast-and-default expands to a check that never runs.
        let why = visits["A"]?.first?["why"] as? String ?? ""
        #expect(why.contains("policy: focus, 4 in the period"), "\(why)")
        #expect(rows.allSatisfy { ($0["date"] as? String ?? "") < "2026-12-29" }, "12/29–12/31 are the year-end break")
    }

    @Test func replanningKeepsConfirmedVisitsAndConfirmingTwiceAddsNothing() throws {
        let rounds = try Self.company()
        #expect(try rounds.run(["plan", "month", "--rep", "R1", "--from", "2026-12-01", "--iterations", "100"]).status == 0)
        let confirmed = try rounds.run(["plan", "confirm"])
        #expect(confirmed.status == 0 && confirmed.stdout.contains("planned 13 visits for 1 rep"), "\(confirmed.stdout) \(confirmed.stderr)")
        let before = try rounds.run(["visit", "list", "--status", "planned", "--format", "csv", "--only", "customer,date"]).stdout
        // A different search seed: every confirmed visit stays on its day, and nothing is added twice.
        let again = try rounds.run(["plan", "month", "--rep", "R1", "--from", "2026-12-01", "--iterations", "100", "--seed", "9"])
        #expect(again.status == 0, "\(again.stderr)")
        let shown = try rounds.run(["plan", "show", "--why", "--format", "csv", "--only", "customer,date,why"]).stdout
        for line in before.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",")
            #expect(shown.contains("\(parts[0]),\(parts[1]),confirmed"), "\(line) moved:\n\(shown)")
        }
        #expect(try rounds.run(["plan", "confirm"]).stdout.contains("planned 0 visits"))
        #expect(try rounds.run(["visit", "list", "--status", "planned", "--count"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "13")
        let purpose = try rounds.run(["visit", "list", "--status", "planned", "--customer", "A", "--format", "csv", "--only", "purpose"])
        #expect(purpose.stdout.contains("routine visit (focus)"), "\(purpose.stdout)")
    }

    @Test func compareWithTheWeekdayRoutine() throws {
        let rounds = try Self.company()
        #expect(try rounds.run(["plan", "month", "--rep", "R1", "--from", "2026-12-01", "--iterations", "100"]).status == 0)
        let compared = try rounds.run(["plan", "compare", "--baseline", "weekday", "--format", "json"])
        #expect(compared.status == 0, "\(compared.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["rep"] as? String } == ["R1", "total"])
        let total = rows[1]
        #expect(total["plan_visits"] as? Int == 13)
        #expect((total["plan_travel_minutes"] as? Int ?? 0) > 0 && (total["baseline_travel_minutes"] as? Int ?? 0) > 0)
        #expect(total["saving_percent"] is Double)
        let chart = try rounds.run(["plan", "compare"])
        #expect(chart.stdout.contains("weekday  █"), "\(chart.stdout)")
        #expect(try rounds.run(["plan", "compare", "--baseline", "monthly"]).stderr.contains("weekday"))
    }

    @Test func weekPlanAndBadInput() throws {
        let rounds = try Self.company()
        let week = try rounds.run(["plan", "week", "--rep", "R1", "--from", "2026-12-07", "--iterations", "50", "--format", "csv"])
        #expect(week.status == 0, "\(week.stderr)")
        // Focus customers come once in a week; develop and maintain ones only when due (all are: never visited).
        let shown = try rounds.run(["plan", "show", "--format", "csv", "--only", "customer"]).stdout
        #expect(shown.split(separator: "\n").filter { $0 == "A" }.count == 1)
        #expect(try rounds.run(["plan", "month", "--from", "2026-12-01"]).stderr.contains("--rep R (one or more) or --all"))
        #expect(try rounds.run(["plan", "month", "--rep", "R9", "--from", "2026-12-01"]).stderr.contains("unknown rep 'R9'"))
        #expect(try rounds.run(["plan", "month", "--all", "--from", "2026-13-01"]).status != 0)
        let fresh = try RoundsProcess()
        #expect(try fresh.run(["plan", "show"]).stderr.contains("no plan yet"))
    }

    @Test func aRepDayOffIsNotPlanned() throws {
        let rounds = try Self.company()
        #expect(try rounds.run(["rep", "dayoff", "add", "R1", "2026-12-01..2026-12-04"]).status == 0)
        #expect(try rounds.run(["plan", "month", "--rep", "R1", "--from", "2026-12-01", "--iterations", "50"]).status == 0)
        let dates = try rounds.run(["plan", "show", "--format", "csv", "--only", "date"]).stdout
        for day in ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"] { #expect(!dates.contains(day), "\(dates)") }
        #expect(dates.split(separator: "\n").count == 13, "every visit still planned, after the days off")
    }
}
