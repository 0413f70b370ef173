/// How much attention a customer gets: 重点 (focus), 育成 (develop), 維持 (maintain).
public enum Rank: String, Sendable, CaseIterable, Codable, Comparable {
    case focus
    case develop
    case maintain

    public var label: Message {
        switch self {
        case .focus: Message(en: "focus", ja: "重点")
        case .develop: Message(en: "develop", ja: "育成")
        case .maintain: Message(en: "maintain", ja: "維持")
        }
    }

    /// Accepts the English code or the Japanese name, so `rank=重点` works as well as `rank=focus`.
    public init(parsing text: String) throws(RoundsError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let rank = Rank.allCases.first(where: { $0.rawValue == trimmed.lowercased() || $0.label.ja == trimmed }) else {
            throw RoundsError(.invalidValue, .invalidField("rank", text, .oneOf(Rank.allCases.map(\.rawValue) + ["none"])))
        }
        self = rank
    }

    public static func < (lhs: Rank, rhs: Rank) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether a customer is still worked: archived customers keep their history but leave plans.
public enum CustomerStatus: String, Sendable, CaseIterable, Codable {
    case active
    case dormant
    case archived

    public var label: Message {
        switch self {
        case .active: Message(en: "active", ja: "取引中")
        case .dormant: Message(en: "dormant", ja: "休眠")
        case .archived: Message(en: "archived", ja: "アーカイブ")
        }
    }

    public init(parsing text: String) throws(RoundsError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let status = Self.allCases.first(where: { $0.rawValue == trimmed.lowercased() || $0.label.ja == trimmed }) else {
            throw RoundsError(.invalidValue, .invalidField("status", text, .oneOf(Self.allCases.map(\.rawValue))))
        }
        self = status
    }
}
