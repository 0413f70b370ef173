import RoundsDomain
import RoundsShell
import RoundsStorage

/// Example Co.'s fact and rule for `next`: a focus customer missing a phone number, a map
/// position or visiting hours cannot get a well-planned visit, so the next visit should collect them.
enum FocusDetails {
    static let fact = FieldCatalog.Field("missing_details", .integer, .missingDetailsHelp)

    /// How many of phone, map position and visiting hours each focus customer lacks; the house
    /// rule asks them of focus customers only, so the others count none (`otherwise`). Only the
    /// focus customers lacking one are read from the store.
    static let provider = FactProvider(fields: [fact], otherwise: [fact.name: .integer(0)]) { store, _ in
        let lacking = try FilterExpression(parsing: "rank = focus and (phone = null or lat = null or lon = null or time_windows = '')",
                                           fields: .customer)
        var missing: [String: [String: FilterValue]] = [:]
        for customer in try store.customers(CustomerQuery(filter: lacking)) {
            let count = [customer.phone == nil, customer.location == nil, customer.timeWindows.isEmpty].count { $0 }
            missing[customer.code] = [fact.name: .integer(count)]
        }
        return missing
    }

    static let rule: Rule = {
        do {
            return try Rule(name: "focus-details", when: "rank = focus and missing_details > 0",
                            message: .focusDetailsReason, priority: 30, purpose: .focusDetailsPurpose,
                            facts: FieldCatalog.facts.adding([fact]))
        } catch {
            fatalError("ExampleCompany's rule: \(error)")
        }
    }()
}

extension Message {
    static let missingDetailsHelp = Message(en: "how many of phone, map position and visiting hours a focus customer lacks (Example Co.)",
                                            ja: "重点顧客の電話・位置・訪問時間帯のうち欠けている数（Example社）")
    static let focusDetailsReason = Message(en: "focus customer missing {missing_details} of phone, map position and hours",
                                            ja: "重点顧客なのに電話・位置・訪問時間帯のうち {missing_details} 件が未登録")
    static let focusDetailsPurpose = Message(en: "collect the phone number, location and visiting hours",
                                             ja: "電話番号・所在地・訪問可能時間帯の確認")
}
