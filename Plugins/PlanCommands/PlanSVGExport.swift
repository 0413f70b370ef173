import RoundsDomain
import RoundsExchange

/// The plan as a map to look at (`SVGMap`): each rep-day's route from the rep's start through its
/// stops to its end, coloured by day — or by rep when several reps are drawn — every customer a
/// circle whose tooltip gives code, name, day and times, every rep's start a square, a legend of
/// visits and driving per colour and a title line with the period and the totals.
///
/// ```swift
/// PlanSVGExport(exported).text()
/// // <?xml version="1.0" encoding="UTF-8"?> <svg …> <polyline stroke="#1f77b4" points="…"><title>R01 2026-12-01 · 4 visits · 61 min</title> …
/// ```
struct PlanSVGExport {
    let exported: ExportedPlan

    init(_ exported: ExportedPlan) {
        self.exported = exported
    }

    func text() -> String { map().text() }

    func map() -> SVGMap {
        let days = exported.days
        let repCodes = days.map(\.rep).uniqued()
        let byRep = repCodes.count > 1
        let keys = byRep ? repCodes : days.map(\.day.date.description).uniqued()
        var visits = Array(repeating: 0, count: keys.count), seconds = Array(repeating: 0.0, count: keys.count)
        var routes: [SVGMap.Route] = []
        for (rep, day) in days {
            let series = keys.firstIndex(of: byRep ? rep : day.date.description) ?? 0
            visits[series] += day.stops.count
            seconds[series] += day.travelSeconds
            let stops = day.stops.enumerated().compactMap { index, stop -> SVGMap.Stop? in
                guard let customer = exported.customers[stop.customer], let place = customer.location else { return nil }
                let visit = ExportedPlan.Visit(rep: rep, date: day.date, seq: index + 1, stop: stop, customer: customer)
                return SVGMap.Stop(place: place, tooltip: Message.planSVGStop(visit).text())
            }
            let start = exported.reps[rep]?.start
            routes.append(SVGMap.Route(
                series: series,
                tooltip: Message.planSVGRoute(rep, date: day.date.description, visits: day.stops.count,
                                              minutes: Minutes.of(day.travelSeconds)).text(),
                start: start, stops: stops, end: exported.reps[rep]?.end ?? start))
        }
        let legend = keys.indices.map { Message.planSVGLegend(keys[$0], visits: visits[$0], minutes: Minutes.of(seconds[$0])).text() }
        let markers = repCodes.compactMap { rep in
            exported.reps[rep]?.start.map { SVGMap.Marker(place: $0, tooltip: Message.planSVGStart(rep).text()) }
        }
        let plan = exported.plan
        let title = Message.planSVGTitle(from: plan.from.description, to: plan.to.description, visits: plan.visitCount,
                                         minutes: Minutes.of(plan.travelSeconds))
        return SVGMap(title: title.text(), legend: legend, routes: routes, markers: markers)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
