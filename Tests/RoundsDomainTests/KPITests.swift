import RoundsDomain
import Testing

/// Periods as users type them, and every KPI formula on figures worked out by hand.
@Suite struct KPIPeriodTests {
    @Test(arguments: [
        ("2026-11", 4, "2026-11-01", "2026-11-30", 1),
        ("2028-02", 4, "2028-02-01", "2028-02-29", 1),
        ("2026Q3", 4, "2026-07-01", "2026-09-30", 3),
        ("2026q4", 4, "2026-10-01", "2026-12-31", 3),
        ("FY2026", 4, "2026-04-01", "2027-03-31", 12),
        ("FY2026Q1", 4, "2026-04-01", "2026-06-30", 3),
        ("FY2026Q4", 4, "2027-01-01", "2027-03-31", 3),
        ("fy2026", 1, "2026-01-01", "2026-12-31", 12),
        ("FY2026Q2", 10, "2027-01-01", "2027-03-31", 3),
    ])
    func periodsSpanWholeMonths(text: String, start: Int, first: String, last: String, months: Int) throws {
        let period = try KPIPeriod(parsing: text, fiscalYearStart: start)
        #expect(period.first.description == first)
        #expect(period.last.description == last)
        #expect(period.monthCount == months)
    }

    @Test func monthsAreTheTargetKeysAndNamesAreNormalized() throws {
        let quarter = try KPIPeriod(parsing: "fy2026q4")
        #expect(quarter.description == "FY2026Q4")
        #expect(quarter.months == ["2027-01", "2027-02", "2027-03"])
        #expect(KPIPeriod.monthBefore(try CalendarDate(parsing: "2026-01-15", field: "d")).description == "2025-12")
    }

    @Test(arguments: ["2026-13", "2026-1", "2026Q5", "2026Q", "FY26", "FY2026Q0", "Q3", "2026", "november", "2026-11-01", ""])
    func anythingElseIsAUsageErrorNamingTheForms(text: String) {
        #expect {
            try KPIPeriod(parsing: text)
        } throws: { error in
            let error = error as? RoundsError
            return error?.code == .usage && error?.message.en.contains("FY2026Q1") == true
        }
    }
}

@Suite struct KPIFiguresTests {
    /// R01's November: 20 visits planned of which 17 done; 25 visits done (8 unplanned), 6 with a
    /// proposal, 24 with a purpose, 20 with a next action, 10 at focus customers; 5 deals
    /// created; 3 won and 1 lost; ¥4,500,000 sold against ¥5,000,000 and 30 visits.
    static var november: KPIFigures {
        var figures = KPIFigures()
        figures.visitsPlanned = 20
        figures.plannedDone = 17
        figures.visitsDone = 25
        figures.proposals = 6
        figures.withPurpose = 24
        figures.withNextAction = 20
        figures.visitsDoneByRank = [.focus: 10, .develop: 5]
        figures.dealsCreated = 5
        figures.dealsWon = 3
        figures.dealsLost = 1
        figures.salesYen = 4_500_000
        figures.targetSalesYen = 5_000_000
        figures.targetVisits = 30
        return figures
    }

    @Test func ratesFromHandComputedCounts() {
        let figures = Self.november
        #expect(figures.planAdherence == 0.85)        // 17 ÷ 20
        #expect(figures.conversion == 0.2)            // 5 ÷ 25
        #expect(figures.winRate == 0.75)              // 3 ÷ (3 + 1)
        #expect(figures.salesAgainstTarget == 0.9)    // 4.5M ÷ 5M
        #expect(figures.visitsAgainstTarget == 25.0 / 30.0)
        #expect(figures.purposeShare == 0.96)         // 24 ÷ 25
        #expect(figures.nextActionShare == 0.8)       // 20 ÷ 25
        #expect(figures.visitShare(.focus) == 0.4)    // 10 ÷ 25
        #expect(figures.visitShare(.maintain) == 0)
        #expect(!figures.isEmpty)
    }

    @Test func nothingToDivideByGivesNoRate() {
        var figures = KPIFigures()
        #expect(figures.isEmpty)
        #expect(figures.planAdherence == nil)
        #expect(figures.conversion == nil)
        #expect(figures.winRate == nil)
        #expect(figures.salesAgainstTarget == nil, "no target set")
        #expect(figures.purposeShare == nil && figures.nextActionShare == nil && figures.visitShare(.focus) == nil)
        figures.dealsCreated = 2
        figures.targetSalesYen = 0
        figures.salesYen = 100
        #expect(figures.conversion == nil, "deals without visits done")
        #expect(figures.salesAgainstTarget == nil, "a target of zero")
        #expect(!figures.isEmpty)
    }

    @Test func addingRowsAddsCountsAndTheTargetsThatWereSet() {
        var other = KPIFigures()
        other.visitsPlanned = 10
        other.plannedDone = 3
        other.visitsDone = 5
        other.visitsDoneByRank = [.focus: 5]
        other.dealsLost = 3
        other.salesYen = 500_000
        let sum = Self.november + other
        #expect(sum.planAdherence == 20.0 / 30.0)     // (17 + 3) ÷ (20 + 10)
        #expect(sum.winRate == 3.0 / 7.0)             // 3 ÷ (3 + 1 + 3)
        #expect(sum.visitShare(.focus) == 0.5)        // 15 ÷ 30
        #expect(sum.targetSalesYen == 5_000_000, "a row without a target adds nothing to it")
        #expect(sum.salesAgainstTarget == 1.0)
        #expect((other + other).targetSalesYen == nil)
    }
}
