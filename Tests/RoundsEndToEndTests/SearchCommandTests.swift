import Foundation
import Testing

@Suite struct SearchCommandTests {
    @Test func findsJapaneseSubstringsWithSnippets() throws {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            customer add C1 --name 山田商店
            note add C1 "来月から値上げを検討しているとのこと" --kind request
            note add C1 "競合の東和冷機が港区で値引き攻勢" --kind competitor
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let csv = try rounds.run(["search", "値上", "--format", "csv"])
        #expect(csv.stdout == """
            kind,id,date,customer,name,snippet,text
            note,1,\(today()),C1,山田商店,来月から【値上】げを検討しているとのこと,来月から値上げを検討しているとのこと

            """)
        #expect(try rounds.run(["search", "港区", "--kind", "request", "--count"]).stdout == "0\n")
        #expect(try rounds.run(["search", "港区", "--kind", "competitor", "--only", "id"]).stdout == "2\n")
        let bad = try rounds.run(["search", "港区", "--kind", "memo"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("memo"))
        for kind in ["note", "visit", "deal", "competitor", "request", "general"] { #expect(bad.stderr.contains(kind), "\(kind)") }
    }

    @Test func countsEveryMatchNotJustTheLimit() throws {
        let rounds = try RoundsProcess()
        let notes = (1...3).map { "note add C1 \"値上げの件 その\($0)\"" }.joined(separator: "\n")
        let setup = try rounds.script("customer add C1 --name 山田商店\n" + notes)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(try rounds.run(["search", "値上げ", "--limit", "1", "--count"]).stdout == "3\n")
        #expect(try rounds.run(["search", "件", "--limit", "2", "--count"]).stdout == "3\n")
        #expect(try rounds.run(["search", "件", "--kind", "general", "--count"]).stdout == "3\n")
        #expect(try rounds.run(["search", "件", "--kind", "request", "--count"]).stdout == "0\n")
        #expect(try rounds.run(["search", "値上げ", "--limit", "1", "--format", "csv", "--only", "id"]).stdout.split(separator: "\n").count == 1)
    }

    func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
