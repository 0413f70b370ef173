import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// The monthly report's own reads: rank counts per rep and the month's visits with positions.
@Suite struct ReportStoreTests {
    let rules = VisitRequirements.standard

    @Test(arguments: Backend.all) func rankMixCountsActiveCustomersPerRepAndRank(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let mix = try store.rankMix()
        // C4 is archived, so R02 keeps only its unranked C3.
        #expect(mix == [
            RankCount(rep: "R01", rank: .develop, customers: 1),
            RankCount(rep: "R01", rank: .focus, customers: 1),
            RankCount(rep: "R02", rank: nil, customers: 1),
        ])
    }

    @Test(arguments: Backend.all) func visitPointsAreTheDoneVisitsOfThePeriodWithAPosition(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        _ = try store.updateCustomer(code: "C1", author: "t") { $0.location = try Coordinate(latitude: 35.69, longitude: 139.70) }
        func visit(_ customer: String, _ status: VisitStatus, _ date: String) throws {
            _ = try store.addVisit(Visit(customer: customer, status: status, date: CalendarDate(parsing: date, field: "date"),
                                         purpose: "定期訪問", nextAction: status == .done ? "見積" : nil, report: status == .done ? "済" : nil),
                                   requirements: rules, author: "t")
        }
        try visit("C1", .done, "2026-11-02")
        try visit("C1", .done, "2026-12-01")     // after the period
        try visit("C1", .planned, "2026-11-20")  // not done
        try visit("C2", .done, "2026-11-05")     // no position
        let points = try store.visitPoints(from: CalendarDate(parsing: "2026-11-01", field: "d"),
                                           through: CalendarDate(parsing: "2026-11-30", field: "d"))
        #expect(points.map(\.customer) == ["C1"])
        #expect(points.first?.rep == "R01")
        #expect(points.first?.position.latitude == 35.69)
    }

    @Test(arguments: Backend.all) func rankMovementsCountTheMonthsMovesFromEachRankToEachRank(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        // C1 focus → develop, C2 stays develop, C3 had no rank.
        try store.applyRanks([RankAssignment(code: "C1", rank: .develop, reasons: []),
                              RankAssignment(code: "C2", rank: .develop, reasons: []),
                              RankAssignment(code: "C3", rank: .focus, reasons: [])], month: "2026-12", author: "t")
        #expect(try store.rankMovements(month: "2026-12") == [
            RankMove(from: nil, to: .focus, customers: 1),
            RankMove(from: .develop, to: .develop, customers: 1),
            RankMove(from: .focus, to: .develop, customers: 1),
        ])
        #expect(try store.rankMovements(month: "2026-11").isEmpty)
    }
}
