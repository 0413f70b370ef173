import RoundsDomain

/// The domain's hours and breaks in the solvers' terms: seconds after midnight.
extension TimeSpan {
    /// A visiting window or working hours.
    public init(_ window: TimeWindow) {
        self.init(open: Double(window.start.minutes * 60), close: Double(window.end.minutes * 60))
    }
}

extension Break {
    /// A lunch of `minutes` somewhere in its window: it must start by the window's end less its length.
    public init(_ lunch: LunchBreak) {
        self.init(duration: Double(lunch.minutes * 60),
                  window: TimeSpan(open: Double(lunch.window.start.minutes * 60),
                                   close: Double((lunch.window.end.minutes - lunch.minutes) * 60)))
    }
}

extension TravelModel {
    /// The company's speed, or the rep's own where `rounds.yaml` gives one.
    public init(_ settings: TravelSettings, rep: String?) {
        let speed = settings.speed(forRep: rep)
        self.init(detourFactor: speed.detourFactor, kilometresPerHour: speed.kilometresPerHour)
    }

    /// Seconds between every pair of `places`, built once for a problem.
    public func matrix(_ places: [Coordinate]) -> TravelMatrix {
        TravelMatrix(count: places.count) { a, b in Double(seconds(from: places[a], to: places[b])) }
    }
}
