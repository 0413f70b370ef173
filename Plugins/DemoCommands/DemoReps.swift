import RoundsDomain

/// Draws the demo reps: one per territory, all starting at the company's office; some go
/// straight home (直帰) at the end of the day, to a home near the patch they work. The first half
/// are in 営業一課, the rest in 営業二課.
///
/// ```swift
/// let reps = DemoReps.make(territories: territories, seed: 1)   // R01 佐藤 健 (サトウ ケン), …
/// ```
enum DemoReps {
    static func make(territories: Territories, seed: UInt64) -> [Rep] {
        var company = DemoRandom(seed: seed, stream: .company)
        let office = company.pick(DemoData.offices)
        // The office is a fixed table entry in central Tokyo: always a valid coordinate.
        let start = try! Coordinate(latitude: office.latitude, longitude: office.longitude)
        let width = max(2, String(territories.centres.count).count)
        var usedNames = Set<String>()
        return territories.centres.enumerated().map { index, centre in
            var random = DemoRandom(seed: seed, stream: .reps, index: index)
            var family: NamePart, given: NamePart
            repeat {
                family = random.pick(DemoData.familyNames)
                given = random.pick(DemoData.givenNames)
            } while !usedNames.insert(family.kanji + given.kanji).inserted
            var rep = Rep(code: "R" + String(index + 1, zeroPaddedTo: width),
                          name: family.kanji + " " + given.kanji, nameKana: family.kana + " " + given.kana, start: start,
                          team: index < (territories.centres.count + 1) / 2 ? teams[0] : teams[1])
            if random.chance(0.25) { rep.workingHours = earlyHours }
            if random.chance(0.3) { rep.lunch = flexibleLunch }
            if random.chance(0.3) {
                let home = homeTown(near: centre).point(&random)
                rep.end = try! Coordinate(latitude: home.latitude, longitude: home.longitude)
            }
            return rep
        }
    }

    /// The first half of the reps work in the first sales section, the rest in the second (KPIs by team).
    static let teams = ["営業一課", "営業二課"]

    /// 08:30–17:30 instead of the default 09:00–18:00.
    static let earlyHours = try! TimeWindow(start: TimeOfDay(hour: 8, minute: 30), end: TimeOfDay(hour: 17, minute: 30))
    /// An hour's break somewhere in 11:30–13:30, to fit visits around.
    static let flexibleLunch = try! LunchBreak(
        window: TimeWindow(start: TimeOfDay(hour: 11, minute: 30), end: TimeOfDay(hour: 13, minute: 30)), minutes: 60)

    private static func homeTown(near centre: PlanePoint) -> Town {
        DemoTowns.all.min { first, second in
            PlanePoint(latitude: first.latitude, longitude: first.longitude).squaredDistance(to: centre)
                < PlanePoint(latitude: second.latitude, longitude: second.longitude).squaredDistance(to: centre)
        }!
    }
}
