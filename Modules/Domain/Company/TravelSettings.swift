/// How fast the company's reps get around when no road matrix is loaded: straight-line distance
/// times a detour factor, at an average speed. One default for the company, and per rep where a
/// rep drives a different territory (a scooter downtown, a car in the suburbs).
///
/// ```swift
/// var travel = TravelSettings()
/// travel.reps["R02"] = TravelSettings.Speed(detourFactor: nil, kilometresPerHour: 20)
/// travel.speed(forRep: "R02").kilometresPerHour   // 20
/// ```
public struct TravelSettings: Sendable, Equatable {
    public struct Speed: Sendable, Equatable {
        public var detourFactor: Double?
        public var kilometresPerHour: Double?

        public init(detourFactor: Double? = nil, kilometresPerHour: Double? = nil) {
            self.detourFactor = detourFactor
            self.kilometresPerHour = kilometresPerHour
        }
    }

    public var detourFactor: Double
    public var kilometresPerHour: Double
    /// Overrides by rep code; what a rep leaves out comes from the company.
    public var reps: [String: Speed]

    public init(detourFactor: Double = 1.3, kilometresPerHour: Double = 30, reps: [String: Speed] = [:]) {
        self.detourFactor = detourFactor
        self.kilometresPerHour = kilometresPerHour
        self.reps = reps
    }

    /// The detour factor and speed that apply to one rep.
    public func speed(forRep code: String?) -> (detourFactor: Double, kilometresPerHour: Double) {
        let own = code.flatMap { reps[$0] }
        return (own?.detourFactor ?? detourFactor, own?.kilometresPerHour ?? kilometresPerHour)
    }

    public static func checkDetourFactor(_ value: Double) throws(RoundsError) {
        guard value.isFinite, (1...5).contains(value) else {
            throw RoundsError.invalid("detour_factor", String(value), .detourFactorRange)
        }
    }

    public static func checkSpeed(_ value: Double) throws(RoundsError) {
        guard value.isFinite, value > 0, value <= 200 else {
            throw RoundsError.invalid("speed_kmh", String(value), .speedRange)
        }
    }
}

extension Message {
    static let detourFactorRange = Message(en: "give a detour factor from 1 to 5 (road distance ÷ straight-line distance)",
                                           ja: "迂回係数は 1〜5 で指定してください（道のり ÷ 直線距離）")
    static let speedRange = Message(en: "give an average speed above 0 and up to 200 km/h",
                                    ja: "平均速度は 0 より大きく 200 km/h 以下で指定してください")
}
