import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// The change log's values as users type them, not as the records' JSON stores them.
@Suite struct ChangeLogTextTests {
    @Test(arguments: Backend.all) func customerValuesReadAsTyped(backend: Backend) throws {
        let store = try backend.makeStore()
        let customer = Customer(code: "C1", name: "山田商店", location: try Coordinate(latitude: 35.6, longitude: 139.7),
                                potentialYen: 1_200_000, timeWindows: try TimeWindow.list(parsing: "09:00-12:00,13:00-17:00"),
                                closedDays: [.saturday, .sunday], tags: ["冷蔵", "重点"])
        _ = try store.addCustomer(customer, author: "sato")
        _ = try store.updateCustomer(code: "C1", author: "sato") { $0.closedDays = [.wednesday] }
        let changes = try store.changes(code: "C1", entities: ["customer"])
        let added = changes[0].fields
        #expect(added["location"] == "35.6,139.7")
        #expect(added["time_windows"] == "09:00-12:00,13:00-17:00")
        #expect(added["closed_days"] == "sat,sun")
        #expect(added["tags"] == "冷蔵,重点")
        #expect(added["potential_yen"] == "1200000")
        #expect(changes[1].edits.filter { $0.name != "updated_at" } == [FieldEdit(name: "closed_days", old: "sat,sun", new: "wed")])
    }

    @Test(arguments: Backend.all) func repValuesReadAsTyped(backend: Backend) throws {
        let store = try backend.makeStore()
        var rep = Rep(code: "R01", name: "佐藤 健")
        rep.start = try Coordinate(latitude: 35.681236, longitude: 139.767125)
        rep.lunch = try LunchBreak(parsing: "11:30-13:30/60")
        _ = try store.addRep(rep, author: "sato")
        let fields = try #require(try store.changes(code: "R01", entities: ["rep"]).first).fields
        #expect(fields["start"] == "35.681236,139.767125")
        #expect(fields["lunch"] == "11:30-13:30/60")
        #expect(fields["working_hours"] == rep.workingHours.description)
    }
}
