/// Chooses the days for one customer's visits: as many as it needs (up to `visits`), then the
/// cheapest, with every two visits — pinned ones and the last one before the period included —
/// at least the minimum gap apart and, between planned visits, at most the maximum gap.
///
/// A dynamic programme over (visits chosen, last day), exact for a customer's reinsertion when
/// the other customers stay where they are.
///
/// ```swift
/// let days = VisitPattern.choose(cost: [300, .infinity, 120, 80], offsets: [0, 1, 2, 7],
///                                visits: 2, pinned: [], minimumGap: 4, maximumGap: nil, lastVisit: nil)
/// // [0, 3]: the cheapest two days at least four days apart
/// ```
enum VisitPattern {
    static func choose(cost: [Double], offsets: [Int], visits: Int, pinned: [Int], minimumGap: Int,
                       maximumGap: Int?, lastVisit: Int?) -> [Int] {
        let dayCount = cost.count
        guard visits > 0, dayCount > 0 else { return [] }
        var isPinned = [Bool](repeating: false, count: dayCount)
        for day in pinned { isPinned[day] = true }
        // pinnedAfter[d]: the first pinned day after d, which no chosen gap may jump over.
        var nextPinned = [Int](repeating: dayCount, count: dayCount + 1)
        for day in stride(from: dayCount - 1, through: 0, by: -1) { nextPinned[day] = isPinned[day] ? day : nextPinned[day + 1] }
        let firstPinned = nextPinned[0]

        // best[j × days + d]: least cost with j days chosen, d the last day taken (chosen or pinned).
        let unreachable = Double.infinity
        // Flat (chosen × day) tables: one allocation each on a path taken thousands of times a second.
        var best = [Double](repeating: unreachable, count: (visits + 1) * dayCount)
        var from = [Int](repeating: -1, count: (visits + 1) * dayCount)
        func fitsGap(_ previous: Int?, _ day: Int, planned: Bool) -> Bool {
            guard let previous else { return true }
            let gap = offsets[day] - offsets[previous]
            if gap < minimumGap { return false }
            if planned, let maximumGap, gap > maximumGap { return false }
            return true
        }
        // Starting days: anything up to and including the first pinned day.
        for day in 0..<min(firstPinned + 1, dayCount) {
            if isPinned[day] {
                best[day] = 0
            } else if cost[day].isFinite, lastVisit.map({ offsets[day] - $0 >= minimumGap }) ?? true,
                      firstPinned == dayCount || offsets[firstPinned] - offsets[day] >= minimumGap {
                best[dayCount + day] = cost[day]
            }
        }
        for day in 0..<dayCount {
            for chosen in 0...visits where best[chosen * dayCount + day].isFinite {
                let here = best[chosen * dayCount + day]
                let limit = min(nextPinned[day + 1], dayCount - 1)
                guard day + 1 <= limit else { continue }
                for next in (day + 1)...limit {
                    if isPinned[next] {
                        if here < best[chosen * dayCount + next] { best[chosen * dayCount + next] = here; from[chosen * dayCount + next] = day }
                    } else if chosen < visits, cost[next].isFinite,
                              fitsGap(day, next, planned: !isPinned[day]),
                              nextPinned[next] == dayCount || offsets[nextPinned[next]] - offsets[next] >= minimumGap {
                        let total = here + cost[next]
                        let slot = (chosen + 1) * dayCount + next
                        if total < best[slot] { best[slot] = total; from[slot] = day }
                    }
                }
            }
        }
        // The last pinned day (or later) must end the chain; most visits first, then least cost.
        let lastPinned = pinned.max() ?? -1
        for chosen in stride(from: visits, through: 1, by: -1) {
            var end = -1
            for day in max(lastPinned, 0)..<dayCount where best[chosen * dayCount + day].isFinite && day >= lastPinned {
                if end < 0 || best[chosen * dayCount + day] < best[chosen * dayCount + end] { end = day }
            }
            guard end >= 0 else { continue }
            var days: [Int] = [], count = chosen, day = end
            while day >= 0 {
                let previous = from[count * dayCount + day]
                if !isPinned[day] { days.append(day); count -= 1 }
                day = previous
            }
            return days.reversed()
        }
        return []
    }
}
