import Foundation
import RoundsDomain

/// One customer as its history sees it: since when it buys, what, how much a year, whether it
/// went quiet, which rival calls on it and whom the rep talks to there. Drawn from the customer's
/// own `accounts` stream, so the orders, deals, notes and visits made from it agree with each other.
///
/// ```swift
/// let account = DemoAccount(customer: customer, sector: .retail, index: 1, seed: 1, until: today, years: 3)
/// account.openDay(onOrAfter: today)   // the next weekday the shop takes visits
/// ```
struct DemoAccount {
    let customer: Customer
    let sector: SectorKind
    let index: Int
    let seed: UInt64
    let until: CalendarDate
    /// The first day of its history: the start of the period, or later for a customer won since.
    let since: CalendarDate
    /// The last day it ordered and was visited: `until`, or earlier for a dormant customer.
    let activeUntil: CalendarDate
    /// The two to four products it buys, from its sector's range.
    let products: [DemoProduct]
    /// The rival wholesaler that calls on it, if one does.
    let competitor: String?
    let people: [DemoPerson]
    /// What it buys from us in a typical year now, before season and trend.
    let yearlyYen: Double
    /// Growth per year (−0.15 shrinking … +0.25 growing): older orders are scaled back from today.
    let growth: Double

    init(customer: Customer, sector: SectorKind, index: Int, seed: UInt64, until: CalendarDate, years: Int) {
        self.customer = customer
        self.sector = sector
        self.index = index
        self.seed = seed
        self.until = until
        var random = DemoRandom(seed: seed, stream: .accounts, index: index)
        let start = until.adding(days: -(years * 365 + years / 4))
        let period = until.days(since: start)
        // New business came in during the period; everyone else was a customer before it began.
        since = customer.tags.contains(DemoData.tags.newBusiness) || random.chance(0.08)
            ? start.adding(days: random.int(in: period / 3...max(period / 3, period - 60))) : start
        activeUntil = customer.status == .dormant ? until.adding(days: -random.int(in: 120...540)) : until
        let range = DemoCatalog.products(for: sector)
        var picked: [DemoProduct] = []
        for _ in 0..<random.int(in: 2...4) {
            let product = random.pick(range)
            if !picked.contains(where: { $0.name == product.name }) { picked.append(product) }
        }
        products = picked
        let rivalShare = customer.tags.contains(DemoData.tags.competitor) ? 1.0 : 0.35
        competitor = random.chance(rivalShare) ? random.pick(DemoCatalog.competitors) : nil
        people = DemoPerson.make(for: customer, sector: sector, &random)
        // The share of its needs it buys from us: a focus customer gives us more of them.
        let share = customer.rank == .focus ? random.uniform(0.35, 0.7) : random.uniform(0.15, 0.5)
        yearlyYen = Double(customer.potentialYen) * share
        growth = min(0.25, max(-0.15, 0.03 + 0.1 * random.gaussianPair().0))
    }

    var rep: String { customer.rep ?? "" }

    /// The customer's own stream for one kind of history.
    func random(_ stream: DemoRandom.Stream) -> DemoRandom {
        DemoRandom(seed: seed, stream: stream, index: index)
    }

    /// The main contact, addressed as reports do: 田中様.
    var contactName: String { people[0].family.kanji + "様" }

    /// Reps work weekdays outside the New Year and お盆 breaks, on days the customer is open.
    func isOpen(_ day: CalendarDate) -> Bool {
        let weekday = DemoClock.weekday(of: day)
        guard weekday != .saturday, weekday != .sunday, !customer.closedDays.contains(weekday) else { return false }
        switch (day.month, day.day) {
        case (12, 29...31), (1, 1...3), (8, 13...16): return false
        default: return true
        }
    }

    func openDay(onOrAfter day: CalendarDate) -> CalendarDate {
        var day = day
        while !isOpen(day) { day = day.adding(days: 1) }
        return day
    }
}

/// Days and times of day as the history needs them.
enum DemoClock {
    /// 1970-01-01 was a Thursday.
    static func weekday(of day: CalendarDate) -> Weekday {
        let days = day.daysSinceEpoch
        return Weekday(rawValue: ((days % 7 + 7) % 7 + 3) % 7 + 1)!
    }

    /// The day `time` falls on in the company's time zone (the inverse of `time(_:minute:)`).
    static func day(of time: Date) -> CalendarDate {
        let local = Int(time.timeIntervalSince1970) + TimeZone.company.secondsFromGMT(for: time)
        return CalendarDate(daysSinceEpoch: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
    }

    /// `minute` minutes after midnight on `day` in the company's time zone, so the stored
    /// timestamps read the same wherever the demo is made.
    static func time(_ day: CalendarDate, minute: Int) -> Date {
        let local = TimeInterval(day.daysSinceEpoch * 86_400 + minute * 60)
        return Date(timeIntervalSince1970: local - TimeInterval(TimeZone.company.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
    }
}
