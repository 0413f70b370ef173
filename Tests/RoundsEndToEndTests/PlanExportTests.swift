import Foundation
import Testing

/// `plan export ics|geojson|csv|json FILE`: a small demo company planned for December 2026, its
/// files checked for shape here and for feasibility by the independent Python checker
/// (`Tests/PlanCheck/plan_check.py`, its own travel formula and holiday table).
@Suite struct PlanExportTests {
    static let checker = RoundsProcess.repository.appendingPathComponent("Tests/PlanCheck/plan_check.py")

    /// CI installs python3 and the checker's PyPI packages; elsewhere their absence skips the test.
    static let hasChecker = (try? InteractiveTests.run(["python3", "-c", "import holidays, icalendar, geojson"]).status) == 0

    /// A demo company of 2 reps and 40 customers with history up to mid-November, planned for December.
    static func planned() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let created = try rounds.run(["demo", "create", "--reps", "2", "--customers", "40", "--seed", "3", "--until", "2026-11-15"])
        #expect(created.status == 0, "\(created.stderr)")
        let planned = try rounds.run(["plan", "month", "--all", "--from", "2026-12-01", "--iterations", "200"])
        #expect(planned.status == 0, "\(planned.stderr)")
        return rounds
    }

    static func export(_ rounds: RoundsProcess, _ arguments: [String]) throws {
        let result = try rounds.run(["plan", "export"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(result.stdout.hasPrefix("exported "), "\(result.stdout)")
    }

    @Test func fourFormatsOfOnePlan() throws {
        let rounds = try Self.planned()
        for format in ["ics", "geojson", "csv", "json"] { try Self.export(rounds, [format, "plan.\(format)"]) }

        // JSON: reps → days → stops with arrive/depart, travel minutes adding up, dropped visits.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(rounds.read("plan.json").utf8)) as? [String: Any])
        let reps = try #require(json["reps"] as? [[String: Any]])
        #expect(reps.map { $0["rep"] as? String } == ["R01", "R02"])
        var visits = 0, minutes = 0
        for rep in reps {
            let days = try #require(rep["days"] as? [[String: Any]])
            #expect(!days.isEmpty)
            for day in days {
                let date = try #require(day["date"] as? String)
                #expect(date.hasPrefix("2026-12-") && date.count == 10)
                minutes += try #require(day["travel_minutes"] as? Int)
                let stops = try #require(day["stops"] as? [[String: Any]])
                #expect(!stops.isEmpty)
                for stop in stops {
                    let customer = try #require(stop["customer"] as? String)
                    let arrive = try #require(stop["arrive"] as? String), depart = try #require(stop["depart"] as? String)
                    #expect(customer.hasPrefix("C"))
                    #expect(arrive.count == 5 && depart.count == 5 && arrive < depart, "\(arrive)-\(depart)")
                    visits += 1
                }
            }
        }
        #expect(visits > 20)
        #expect(json["travel_minutes_total"] as? Int == minutes)
        let dropped = try #require(json["dropped"] as? [[String: Any]])
        for visit in dropped {
            #expect(visit["customer"] is String && visit["rep"] is String && visit["visits"] is Int && visit["reason"] is String)
        }

        // CSV: one row per visit after the header, UTF-8 with the byte order mark.
        let csvBytes = try Data(contentsOf: rounds.directory.appendingPathComponent("plan.csv"))
        #expect(Array(csvBytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = String(decoding: csvBytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(rows.first == "rep,date,seq,customer,name,arrive,depart,drive_minutes,why")
        #expect(rows.count == visits + 1)

        // ICS: CRLF lines of at most 75 octets, one VEVENT per visit, each with a unique UID.
        let ics = try Data(contentsOf: rounds.directory.appendingPathComponent("plan.ics"))
        let text = String(decoding: ics, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == visits)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == visits)
        #expect(lines.contains("TZID:Asia/Tokyo") && lines.contains { $0.hasPrefix("DTSTART;TZID=Asia/Tokyo:202612") })

        // GeoJSON: a line per rep-day and a point per visit.
        let geo = try #require(try JSONSerialization.jsonObject(with: Data(rounds.read("plan.geojson").utf8)) as? [String: Any])
        #expect(geo["type"] as? String == "FeatureCollection")
        let features = try #require(geo["features"] as? [[String: Any]])
        let kinds = features.map { ($0["geometry"] as? [String: Any])?["type"] as? String }
        #expect(kinds.filter { $0 == "Point" }.count == visits)
        #expect(kinds.filter { $0 == "LineString" }.count == reps.reduce(0) { $0 + (($1["days"] as? [Any])?.count ?? 0) })

        // --rep: that rep's visits only; the written file is complete, nothing temporary is left.
        try Self.export(rounds, ["json", "r01.json", "--rep", "R01"])
        let one = try #require(try JSONSerialization.jsonObject(with: Data(rounds.read("r01.json").utf8)) as? [String: Any])
        #expect((one["reps"] as? [[String: Any]])?.map { $0["rep"] as? String } == ["R01"])
        let names = try FileManager.default.contentsOfDirectory(atPath: rounds.directory.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
    }

    @Test func errors() throws {
        let fresh = try RoundsProcess()
        let none = try fresh.run(["plan", "export", "json", "plan.json"])
        #expect(none.status == 1 && none.stderr.contains("no plan yet: run plan week or plan month first"), "\(none.stderr)")

        let rounds = try Self.planned()
        let format = try rounds.run(["plan", "export", "pdf", "plan.pdf"])
        #expect(format.status == 2 && format.stderr.contains("unknown format 'pdf': use ics, geojson, csv, json or svg"), "\(format.stderr)")
        let rep = try rounds.run(["plan", "export", "csv", "plan.csv", "--rep", "R09"])
        #expect(rep.status == 1 && rep.stderr.contains("rep 'R09' is not in the plan"), "\(rep.stderr)")
        for format in ["ics", "geojson", "csv", "json"] {
            let unwritable = try rounds.run(["plan", "export", format, "missing/plan.\(format)"])
            #expect(unwritable.status == 1 && unwritable.stderr.contains("missing/plan.\(format): cannot write the file"),
                    "\(unwritable.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: rounds.directory.appendingPathComponent("plan.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: rounds.directory.appendingPathComponent("plan.csv").path))
    }

    @Test(.enabled(if: hasChecker, "needs python3 with holidays, icalendar and geojson (pip install -r Tests/PlanCheck/requirements.txt)"))
    func theIndependentCheckerAcceptsThePlan() throws {
        let rounds = try Self.planned()
        for format in ["ics", "geojson", "json"] { try Self.export(rounds, [format, "plan.\(format)"]) }
        for (entity, file) in [("customer", "c.json"), ("rep", "r.json")] {
            let listed = try rounds.run([entity, "list", "--format", "json", "--output", file])
            #expect(listed.status == 0, "\(listed.stderr)")
        }
        let visits = try rounds.run(["visit", "list", "--format", "json", "--output", "v.json"])
        #expect(visits.status == 0, "\(visits.stderr)")
        let path = { (name: String) in rounds.directory.appendingPathComponent(name).path }
        let check = try InteractiveTests.run([
            "python3", Self.checker.path, "--plan", path("plan.json"), "--customers", path("c.json"), "--reps", path("r.json"),
            "--ics", path("plan.ics"), "--geojson", path("plan.geojson"), "--month", "2026-12", "--visits", path("v.json"),
        ])
        #expect(check.status == 0, "plan_check.py found:\n\(check.output)")
        #expect(check.output.hasPrefix("OK: 2 reps"), "\(check.output)")
    }
}
