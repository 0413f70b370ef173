import RoundsDomain
import RoundsPlanning
import RoundsShell

/// What `plan week|month` and `plan show` print first: per rep, the visits, the driving, the
/// hours, the lightest and busiest day — then every visit left out, with why.
struct PlanSummary {
    let plan: VisitPlan

    init(_ plan: VisitPlan) { self.plan = plan }

    func emit(in session: Session, _ listing: ListingOptions) throws {
        try session.emit(table(), listing)
        guard session.format(listing) == .table, listing.output == nil, !listing.count, listing.only == nil else { return }
        session.out.write(notes().map { $0 + "\n" }.joined())
    }

    func table() -> Listing {
        var table = Listing(columns: [
            .init("rep", .planRepHeader), .init("days", .planDaysHeader, align: .right),
            .init("visits", .planVisitsHeader, align: .right), .init("left_out", .planLeftOutHeader, align: .right),
            .init("travel_minutes", .planTravelHeader, align: .right),
            .init("minutes_per_visit", .planPerVisitHeader, align: .right),
            .init("visits_per_day", .planPerDayHeader), .init("hours_needed", .planHoursNeededHeader, align: .right),
            .init("hours_available", .planHoursAvailableHeader, align: .right),
        ])
        for rep in plan.reps {
            let worked = rep.days.map(\.stops.count)
            let minutes = rep.travelSeconds / 60
            let spread = worked.isEmpty ? "" : "\(worked.min()!)–\(worked.max()!) \(Sparkline.render(worked))"
            table.append([.text(rep.rep), .integer(rep.days.count), .integer(rep.visitCount),
                          .integer(rep.dropped.reduce(0) { $0 + $1.visits }), .integer(Int(minutes.rounded())),
                          rep.visitCount > 0 ? .real((minutes / Double(rep.visitCount) * 10).rounded() / 10) : .null,
                          .text(spread), .real(rep.hoursNeeded), .real(rep.hoursAvailable)])
        }
        return table
    }

    /// One line per rep whose frequencies were scaled, then one per visit left out.
    func notes() -> [String] {
        var lines: [String] = []
        for rep in plan.reps where rep.frequencyScale < 1 {
            lines.append(Message.planScaled(rep.rep, needed: rep.hoursNeeded, available: rep.hoursAvailable,
                                            percent: Int((rep.frequencyScale * 100).rounded())).text())
        }
        for rep in plan.reps {
            for unkept in rep.unkept {
                lines.append(Message.planUnkept(unkept.customer, rep: rep.rep, date: unkept.date.description).text())
            }
            for dropped in rep.dropped {
                lines.append(Message.planLeftOut(dropped.customer, rep: rep.rep, visits: dropped.visits,
                                                 reason: PlanWords.reason(dropped.reason)).text())
            }
        }
        return lines
    }
}
