import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

/// A visit's agreed start time: stored, changed, cleared, kept when the visit is logged, logged in the change log.
@Suite struct VisitAppointmentStoreTests {
    let rules = VisitRequirements.standard

    @Test(arguments: Backend.all) func theAppointmentRoundTripsThroughAddEditAndLog(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let planned = try store.addVisit(Visit(customer: "C1", status: .planned, date: day("2026-12-01"),
                                               appointment: TimeOfDay(hour: 10, minute: 30), purpose: "発注量の確認"),
                                         requirements: rules, author: "sato")
        #expect(planned.appointment == TimeOfDay(hour: 10, minute: 30))
        #expect(try store.visit(id: planned.id!)?.appointment?.description == "10:30")

        let moved = try store.updateVisit(id: planned.id!, requirements: rules, author: "sato") { $0.appointment = TimeOfDay(hour: 14) }
        #expect(moved.appointment?.description == "14:00")
        #expect(moved.status == .planned)
        let done = try store.logVisit(id: planned.id!, requirements: rules, author: "sato") { $0.nextAction = "見積送付" }
        #expect(done.appointment?.description == "14:00", "a done visit keeps its appointment")
        let cleared = try store.updateVisit(id: planned.id!, requirements: rules, author: "sato") { $0.appointment = nil }
        #expect(cleared.appointment == nil)
        #expect(cleared.status == .done)
        #expect(try store.visits(HistoryQuery(customer: "C1"), status: nil).map(\.appointment) == [nil])

        let edits = try store.changes(code: "C1", entities: ["visit"]).filter { $0.action == "edit" }
        #expect(edits.map { $0.edits.first { $0.name == "appointment" }?.new } == ["14:00", nil])
        #expect(edits.last?.edits.first { $0.name == "appointment" }?.old == "14:00")
    }

    @Test(arguments: Backend.all) func updateVisitChecksTheRulesAndKnowsItsVisits(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let planned = try store.addVisit(Visit(customer: "C1", status: .planned, date: day("2026-12-01"), purpose: "確認"),
                                         requirements: rules, author: "sato")
        #expect(throws: RoundsError.self) {
            try store.updateVisit(id: planned.id!, requirements: rules, author: "sato") { $0.purpose = nil }
        }
        #expect(try store.visit(id: planned.id!)?.purpose == "確認", "nothing stored")
        #expect(throws: RoundsError.self) { try store.updateVisit(id: 999, requirements: rules, author: "sato") { _ in } }
    }
}
