import Foundation

/// A fixed set of codes with a label in each language, typed by users either way
/// (`focus` or `重点`): ranks, statuses.
public protocol LabelledCode: RawRepresentable<String>, CaseIterable, Sendable {
    /// The field name errors use.
    static var field: String { get }
    var label: Message { get }
}

extension LabelledCode {
    /// Accepts the code in any case or the Japanese label, so `rank=重点` works as well as `rank=focus`.
    public init(parsing text: String) throws(RoundsError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Self.allCases.first(where: { $0.rawValue == trimmed.lowercased() || $0.label.ja == trimmed }) else {
            throw RoundsError(.invalidValue, .invalidField(Self.field, text, .oneOf(Self.allCases.map(\.rawValue))))
        }
        self = value
    }
}

/// How much attention a customer gets: 重点 (focus), 育成 (develop), 維持 (maintain).
public enum Rank: String, LabelledCode, Codable, Comparable {
    case focus
    case develop
    case maintain

    public static let field = "rank"

    public var label: Message {
        switch self {
        case .focus: Message(en: "focus", ja: "重点")
        case .develop: Message(en: "develop", ja: "育成")
        case .maintain: Message(en: "maintain", ja: "維持")
        }
    }

    public static func < (lhs: Rank, rhs: Rank) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether a customer is still worked: archived customers keep their history but leave plans.
public enum CustomerStatus: String, LabelledCode, Codable {
    case active
    case dormant
    case archived

    public static let field = "status"

    public var label: Message {
        switch self {
        case .active: Message(en: "active", ja: "取引中")
        case .dormant: Message(en: "dormant", ja: "休眠")
        case .archived: Message(en: "archived", ja: "アーカイブ")
        }
    }
}
