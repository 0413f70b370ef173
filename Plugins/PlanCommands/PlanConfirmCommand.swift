import ArgumentParser
import RoundsDomain
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// `plan confirm [--rep R]`: the draft plan becomes planned visits, each with a suggested
/// purpose drawn from why it is there — in one transaction, and only once: a customer that
/// already has a planned visit that day is skipped, so confirming again adds nothing.
struct PlanConfirmCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "confirm", abstract: Message.planConfirmAbstract.text(),
                             discussion: Message.planConfirmDiscussion.text())
    }

    @Option(help: ArgumentHelp(Message.planShowRepHelp.text(), valueName: "rep-code")) var rep: String?

    func run(in session: Session) throws {
        let store = try session.store()
        let plan = try PlanDraft.load(from: store)
        let reps = rep.map { code in plan.reps.filter { $0.rep == code } } ?? plan.reps
        if let rep, reps.isEmpty { throw RoundsError(.notFound, .planRepNotInPlan(rep)) }
        let existing = Set(try store.visits(HistoryQuery(from: plan.from, to: plan.to), status: .planned)
            .map { "\($0.customer) \($0.date)" })
        var visits: [Visit] = []
        for repPlan in reps {
            for day in repPlan.days {
                for stop in day.stops where !existing.contains("\(stop.customer) \(day.date)") {
                    visits.append(Visit(customer: stop.customer, rep: repPlan.rep, status: .planned, date: day.date,
                                        purpose: Self.purpose(stop.reasons)))
                }
            }
        }
        let saved = try store.addVisits(visits, requirements: session.settings.rules.visitRequirements,
                                        author: session.settings.user)
        session.out.write(Message.planConfirmed(saved.count, reps: reps.count, from: plan.from.description,
                                                to: plan.to.description).text() + "\n")
    }

    /// The most specific reason first: what the rules found (their suggested purpose), a next
    /// action, an overdue customer, a first visit, the policy.
    static func purpose(_ reasons: [VisitReason]) -> String {
        let ordered = reasons.sorted { rank($0) < rank($1) }
        return ordered.map { PlanWords.purpose($0).text() }.joined(separator: "・")
    }

    private static func rank(_ reason: VisitReason) -> Int {
        switch reason {
        case .appointment: 0
        case .urgent: 1
        case .nextActionDue: 2
        case .overdue: 3
        case .firstVisit: 4
        case .confirmed: 5
        case .policy: 6
        }
    }
}
