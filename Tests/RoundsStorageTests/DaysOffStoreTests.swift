import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

private func days(_ texts: String...) throws -> [CalendarDate] {
    try texts.map(day)
}

/// A rep's own days off: added, listed, removed, logged, and refused for unknown reps.
@Suite struct DaysOffStoreTests {
    @Test(arguments: Backend.all) func addListAndRemove(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        #expect(try store.addDaysOff(rep: "R01", dates: days("2026-12-25", "2026-12-24"), note: "有給", author: "sato") == 2)
        #expect(try store.addDaysOff(rep: "R02", dates: days("2026-12-24"), note: nil, author: "sato") == 1)
        #expect(try store.daysOff(rep: nil, from: nil, to: nil) == [
            RepDayOff(rep: "R01", date: try day("2026-12-24"), note: "有給"),
            RepDayOff(rep: "R01", date: try day("2026-12-25"), note: "有給"),
            RepDayOff(rep: "R02", date: try day("2026-12-24")),
        ])
        #expect(try store.daysOff(rep: "R01", from: day("2026-12-25"), to: nil).map(\.date.description) == ["2026-12-25"])
        #expect(try store.daysOff(rep: nil, from: nil, to: day("2026-12-24")).map(\.rep) == ["R01", "R02"])

        #expect(try store.removeDaysOff(rep: "R01", dates: days("2026-12-25", "2026-12-26"), author: "sato") == 1)
        #expect(try store.daysOff(rep: "R01", from: nil, to: nil).map(\.date.description) == ["2026-12-24"])
        #expect(try store.removeDaysOff(rep: "R01", dates: days("2026-12-26"), author: "sato") == 0)
    }

    @Test(arguments: Backend.all) func aDayAlreadyOffIsNoErrorAndANoteReplacesItsNote(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        _ = try store.addDaysOff(rep: "R01", dates: days("2026-12-24"), note: "有給", author: "sato")
        #expect(try store.addDaysOff(rep: "R01", dates: days("2026-12-24", "2026-12-24"), note: nil, author: "sato") == 0)
        #expect(try store.daysOff(rep: "R01", from: nil, to: nil).map(\.note) == ["有給"], "no note keeps the old one")
        #expect(try store.addDaysOff(rep: "R01", dates: days("2026-12-24", "2026-12-25"), note: "研修", author: "sato") == 1)
        #expect(try store.daysOff(rep: "R01", from: nil, to: nil).map(\.note) == ["研修", "研修"])
    }

    @Test(arguments: Backend.all) func writesGoThroughTheChangeLog(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        _ = try store.addDaysOff(rep: "R01", dates: days("2026-12-24", "2026-12-25"), note: "有給", author: "sato")
        _ = try store.addDaysOff(rep: "R01", dates: days("2026-12-24"), note: nil, author: "sato")  // nothing changes, nothing logged
        _ = try store.removeDaysOff(rep: "R01", dates: days("2026-12-25"), author: "suzuki")
        let changes = try store.changes(code: "R01", entities: ["rep"]).filter { $0.action.hasPrefix("day-off") }
        #expect(changes.map(\.action) == ["day-off-add", "day-off-remove"])
        #expect(changes.map(\.author) == ["sato", "suzuki"])
        #expect(changes[0].fields["dates"] == "2026-12-24,2026-12-25")
        #expect(changes[0].fields["note"] == "有給")
        #expect(changes[1].fields["dates"] == "2026-12-25")
    }

    @Test(arguments: Backend.all) func anUnknownRepIsRefusedAndNothingIsStored(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let error = #expect(throws: RoundsError.self) {
            try store.addDaysOff(rep: "R99", dates: days("2026-12-24"), note: nil, author: "sato")
        }
        #expect(error?.message.en.contains("R99") == true)
        #expect(throws: RoundsError.self) { try store.removeDaysOff(rep: "R99", dates: days("2026-12-24"), author: "sato") }
        #expect(throws: RoundsError.self) { try store.daysOff(rep: "R99", from: nil, to: nil) }
        #expect(try store.daysOff(rep: nil, from: nil, to: nil).isEmpty)
        #expect(try store.info().rowCounts.first { $0.table == "rep_day_off" }?.rows == 0)
    }
}
