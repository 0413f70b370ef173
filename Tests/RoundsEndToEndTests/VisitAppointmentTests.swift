import Foundation
import Testing

/// A visit's appointment time (`--at`) through plan, edit, log, listings, `customer show` and import/export.
@Suite struct VisitAppointmentTests {
    func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["-c", "rep add R01 --name 佐藤; customer add C1 --name 山田商店 --rep R01"])
        #expect(result.status == 0, "\(result.stderr)")
        return rounds
    }

    @Test func planEditAndLogKeepTheAppointment() throws {
        let rounds = try company()
        let plan = try rounds.run(["visit", "plan", "C1", "--date", "2099-01-10", "--purpose", "見積の説明", "--at", "10:30"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(try rounds.run(["visit", "plan", "C1", "--date", "2099-01-11", "--purpose", "下見"]).status == 0)
        #expect(try rounds.run(["visit", "list", "--format", "csv", "--only", "appointment"]).stdout == "\n10:30\n")

        let edit = try rounds.run(["visit", "edit", "2", "--at", "１４：００"])
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stdout == "updated visit 2 to C1 on 2099-01-11\n")
        let show = try rounds.run(["visit", "show", "2", "--format", "json"])
        let record = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(record["appointment"] as? String == "14:00")
        #expect(record["status"] as? String == "planned")
        let table = try rounds.run(["visit", "list"])
        #expect(table.stdout.split(separator: "\n").first?.contains(" at ") == true, "\(table.stdout)")
        #expect(table.stdout.contains("14:00") && table.stdout.contains("10:30"))

        let overview = try rounds.run(["customer", "show", "C1"])
        #expect(overview.stdout.contains("2099-01-10  10:30  見積の説明"), "\(overview.stdout)")
        let json = try rounds.run(["customer", "show", "C1", "--format", "json"])
        let view = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((view["next_visit"] as? [String: Any])?["appointment"] as? String == "10:30")

        let logged = try rounds.run(["visit", "log", "1", "--next-action", "見積送付"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(try rounds.run(["visit", "show", "1", "--format", "csv"]).stdout.contains("appointment,10:30"))
        #expect(try rounds.run(["visit", "edit", "1", "--at", "none"]).status == 0)
        #expect(try rounds.run(["visit", "list", "--status", "done", "--format", "csv", "--only", "appointment"]).stdout == "\n")
        let log = try rounds.run(["customer", "log", "C1"])
        #expect(log.stdout.contains("appointment: – → 14:00") && log.stdout.contains("appointment: 10:30 → –"), "\(log.stdout)")
    }

    @Test func aBadTimeNamesTheOptionAndStoresNothing() throws {
        let rounds = try company()
        let plan = try rounds.run(["visit", "plan", "C1", "--date", "2099-01-10", "--purpose", "x", "--at", "25:00"])
        #expect(plan.status == 1)
        #expect(plan.stderr.contains("invalid --at '25:00'"), "\(plan.stderr)")
        #expect(try rounds.run(["visit", "list", "--count"]).stdout == "0\n")
        #expect(try rounds.run(["visit", "plan", "C1", "--date", "2099-01-10", "--purpose", "x", "--at", "9:00"]).status == 0)
        let edit = try rounds.run(["visit", "edit", "1", "--at", "10時", "--purpose", "変更"])
        #expect(edit.status == 1)
        #expect(edit.stderr.contains("invalid --at '10時'"), "\(edit.stderr)")
        #expect(try rounds.run(["visit", "list", "--format", "csv", "--only", "purpose"]).stdout == "x\n", "nothing changed")
        let unknown = try rounds.run(["visit", "edit", "9", "--at", "10:00"])
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown visit 9"), "\(unknown.stderr)")
    }

    @Test func importAndExportRoundTripTheAppointment() throws {
        let rounds = try company()
        let file = try rounds.write("visits.csv", """
            顧客コード,訪問日,約束時刻,状態,目的
            C1,2099-01-10,9:15,予定,見積の説明
            C1,2099-01-11,,予定,下見

            """)
        let imported = try rounds.run(["import", "visits", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try rounds.run(["export", "visits", "out.csv", "--encoding", "utf8"]).status == 0)
        let exported = try rounds.read("out.csv").replacingOccurrences(of: "\r\n", with: "\n")
        #expect(exported.hasPrefix("id,customer,rep,date,appointment,status,"), "\(exported)")
        #expect(exported.contains("1,C1,R01,2099-01-10,09:15,planned,見積の説明"), "\(exported)")
        #expect(exported.contains("2,C1,R01,2099-01-11,,planned,下見"), "\(exported)")

        // Round trip: the exported file changes nothing; a changed time updates the visit.
        let again = try rounds.run(["import", "visits", try rounds.write("again.csv", exported)])
        #expect(again.stdout.contains("0 added, 0 updated, 2 unchanged"), "\(again.stdout)")
        let moved = exported.replacingOccurrences(of: "2099-01-11,,planned", with: "2099-01-11,13:45,planned")
        #expect(try rounds.run(["import", "visits", try rounds.write("moved.csv", moved)]).status == 0)
        #expect(try rounds.run(["visit", "show", "2", "--only", "appointment"]).stdout == "13:45\n")
    }

    @Test func aBadTimeInAFileNamesTheFileRowAndColumnAndImportsNothing() throws {
        let rounds = try company()
        let file = try rounds.write("bad.csv", """
            customer,date,appointment,status,purpose
            C1,2099-01-10,10:00,planned,ok
            C1,2099-01-11,25:99,planned,bad

            """)
        let result = try rounds.run(["import", "visits", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:3: appointment: invalid appointment '25:99'"), "\(result.stderr)")
        #expect(try rounds.run(["visit", "list", "--count"]).stdout == "0\n")
    }
}
