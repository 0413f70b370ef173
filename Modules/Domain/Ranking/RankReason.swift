/// Why a customer got its rank, kept as figures so it reads in either language (and is stored
/// in the rank history as such).
///
/// ```swift
/// RankReason.abcClass(.a, fromShare: 0, toShare: 0.7).text(in: .en)             // "A-class: top 70 % of sales"
/// RankReason.potential(potentialYen: 12_000_000, salesYen: 960_000).text(in: .en)  // "potential ¥12M, share of wallet 8 %"
/// RankReason.growth(recentYen: 1_200_000, yearEarlierYen: 900_000).text(in: .ja)   // "伸び率 +33 %（120万円 / 前年 90万円）"
/// ```
public enum RankReason: Sendable, Hashable, Codable {
    /// The customer's class, holding sales between these shares of the Pareto order.
    case abcClass(ABCClass, fromShare: Double, toShare: Double)
    /// No sales in the trailing 12 months (C-class).
    case noSales
    case potential(potentialYen: Int, salesYen: Int)
    case growth(recentYen: Int, yearEarlierYen: Int)
    case sales(yen: Int)

    /// The reason in the language asked for.
    public func text(in language: Language) -> String {
        let ja = language == .ja
        switch self {
        case .abcClass(let abc, let from, let to):
            let (low, high) = (Self.percent(from), Self.percent(to))
            switch abc {
            case .a: return ja ? "Aランク: 売上上位 \(high) %" : "A-class: top \(high) % of sales"
            case .b: return ja ? "Bランク: 売上上位 \(low)〜\(high) %" : "B-class: top \(low)–\(high) % of sales"
            case .c: return ja ? "Cランク: 売上下位 \(100 - low) %" : "C-class: the last \(100 - low) % of sales"
            }
        case .noSales:
            return ja ? "Cランク: 12 か月売上なし" : "C-class: no sales in 12 months"
        case .potential(let potential, let sales):
            let share = Self.percent(Double(sales) / Double(max(potential, 1)))
            let amount = Self.short(potential, language)
            return ja ? "ポテンシャル \(amount)、シェア \(share) %" : "potential \(amount), share of wallet \(share) %"
        case .growth(let recent, let earlier):
            let growth = earlier > 0 ? Self.signed(Self.percent(Double(recent) / Double(earlier) - 1)) + " %" : "—"
            let (now, then) = (Self.short(recent, language), Self.short(earlier, language))
            return ja ? "伸び率 \(growth)（\(now) / 前年 \(then)）" : "growth \(growth) (\(now) vs \(then))"
        case .sales(let yen):
            return ja ? "12 か月売上 \(Self.short(yen, language))" : "sales \(Self.short(yen, language)) in 12 months"
        }
    }

    /// The reasons as one line: `A-class: top 70 % of sales; growth +35 % (¥1.2M vs ¥0.9M)`.
    public static func line(_ reasons: [RankReason], in language: Language = .current) -> String {
        reasons.map { $0.text(in: language) }.joined(separator: language == .ja ? "、" : "; ")
    }

    private static func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }

    private static func signed(_ number: Int) -> String { number >= 0 ? "+\(number)" : "\(number)" }

    /// Yen as people say it: ¥12M, ¥1.2M, ¥0.9M in English; 1,200万円, 90万円 in Japanese;
    /// small amounts in full.
    static func short(_ yen: Int, _ language: Language) -> String {
        if language == .ja {
            guard yen >= 10_000 else { return grouped(yen) + "円" }
            return grouped(Int((Double(yen) / 10_000).rounded())) + "万円"
        }
        guard yen >= 100_000 else { return Yen.format(yen) }
        let millions = Double(yen) / 1_000_000
        if millions >= 10 { return "¥\(grouped(Int(millions.rounded())))M" }
        let tenths = Int((millions * 10).rounded())
        return tenths % 10 == 0 ? "¥\(tenths / 10)M" : "¥\(tenths / 10).\(tenths % 10)M"
    }

    private static func grouped(_ number: Int) -> String { String(Yen.format(number).dropFirst()) }
}
