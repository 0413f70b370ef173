/// A position in kilometres east and north of a point in central Tokyo: flat enough over the
/// Tokyo area to compare distances and split areas.
struct PlanePoint: Sendable, Equatable {
    var x: Double
    var y: Double

    init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    init(latitude: Double, longitude: Double) {
        x = (longitude - Self.originLongitude) * Geo.kmPerDegreeLongitude
        y = (latitude - Geo.referenceLatitude) * Geo.kmPerDegreeLatitude
    }

    func squaredDistance(to other: PlanePoint) -> Double {
        let dx = x - other.x, dy = y - other.y
        return dx * dx + dy * dy
    }

    private static let originLongitude = 139.7
}

/// Rep territories: the customers' area cut in two by a straight line, again and again, at the
/// point that leaves each part customers in proportion to its reps. Every rep gets one
/// compact patch and about the same number of customers, dense wards small patches and the
/// suburbs large ones, as a sales manager would draw them.
///
/// ```swift
/// let territories = Territories(points: points, count: 8)
/// let repIndex = territories.territory(of: points[0])   // 0..<8
/// ```
struct Territories {
    /// The middle of each territory, in rep order; neighbouring reps get neighbouring patches.
    let centres: [PlanePoint]
    private let root: Node

    /// Cuts are placed on a sample of at least this many customers per rep (and 20,000 in all):
    /// shares stay within a few percent, and a million customers need not be sorted nine times over.
    static let samplePerTerritory = 200
    static let minimumSample = 20_000

    /// A unit vector customers are ordered along for a cut.
    private struct Direction {
        let x: Double
        let y: Double

        func project(_ point: PlanePoint) -> Double { point.x * x + point.y * y }
    }

    private static let directions = [
        Direction(x: 1, y: 0), Direction(x: 0, y: 1),
        Direction(x: 0.5.squareRoot(), y: 0.5.squareRoot()), Direction(x: 0.5.squareRoot(), y: -(0.5.squareRoot())),
    ]

    private indirect enum Node {
        case territory(Int)
        case cut(direction: Direction, at: Double, below: Node, above: Node)
    }

    init(points: [PlanePoint], count: Int) {
        precondition(!points.isEmpty && count > 0, "territories need points and a count")
        let step = max(1, points.count / max(Self.minimumSample, Self.samplePerTerritory * count))
        let sample = stride(from: 0, to: points.count, by: step).map { points[$0] }
        var centres: [PlanePoint] = []
        root = Self.split(sample[...], count: count, fallback: Self.mean(sample[...])!, centres: &centres)
        self.centres = centres
    }

    /// The index of the territory (and rep) `point` falls in.
    func territory(of point: PlanePoint) -> Int {
        var node = root
        while true {
            switch node {
            case .territory(let index):
                return index
            case let .cut(direction, at, below, above):
                node = direction.project(point) < at ? below : above
            }
        }
    }

    private static func split(_ points: ArraySlice<PlanePoint>, count: Int, fallback: PlanePoint,
                              centres: inout [PlanePoint]) -> Node {
        let centre = mean(points) ?? fallback
        guard count > 1 else {
            centres.append(centre)
            return .territory(centres.count - 1)
        }
        let belowCount = count / 2
        let cutIndex = points.count * belowCount / count
        // Try a north–south, an east–west and both diagonal cuts (the bay shore runs south-west
        // to north-east) and keep the one that leaves each part's customers closest together.
        let candidates = Self.directions.map { direction in
            let sorted = points.sorted { direction.project($0) < direction.project($1) }
            return (direction: direction, sorted: sorted,
                    spread: squaredSpread(sorted[..<cutIndex]) + squaredSpread(sorted[cutIndex...]))
        }
        let best = candidates.min { $0.spread < $1.spread }!
        // Halfway between the last point below and the first above; with fewer customers than
        // reps a side may be empty, and its reps get no customers.
        let at = switch cutIndex {
        case 0: best.sorted.first.map(best.direction.project) ?? 0
        case best.sorted.count: Double.infinity
        default: (best.direction.project(best.sorted[cutIndex - 1]) + best.direction.project(best.sorted[cutIndex])) / 2
        }
        let below = split(best.sorted[..<cutIndex], count: belowCount, fallback: centre, centres: &centres)
        let above = split(best.sorted[cutIndex...], count: count - belowCount, fallback: centre, centres: &centres)
        return .cut(direction: best.direction, at: at, below: below, above: above)
    }

    /// The sum of squared distances from the points' mean, as k-means measures compactness.
    private static func squaredSpread(_ points: ArraySlice<PlanePoint>) -> Double {
        guard let centre = mean(points) else { return 0 }
        return points.reduce(0) { $0 + $1.squaredDistance(to: centre) }
    }

    private static func mean(_ points: ArraySlice<PlanePoint>) -> PlanePoint? {
        guard !points.isEmpty else { return nil }
        let sum = points.reduce(PlanePoint(x: 0, y: 0)) { PlanePoint(x: $0.x + $1.x, y: $0.y + $1.y) }
        return PlanePoint(x: sum.x / Double(points.count), y: sum.y / Double(points.count))
    }
}
