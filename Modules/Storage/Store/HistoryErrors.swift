import RoundsDomain

/// The history's storage messages.
extension StorageErrors {
    static func unknownDeal(_ id: Int) -> RoundsError {
        RoundsError(.notFound, Message(en: "unknown deal \(id)", ja: "商談 \(id) は登録されていません"))
    }

    static func unknownVisit(_ id: Int) -> RoundsError {
        RoundsError(.notFound, Message(en: "unknown visit \(id)", ja: "訪問 \(id) は登録されていません"))
    }

    static func visitDoneAlready(_ id: Int) -> RoundsError {
        RoundsError(.invalidValue, Message(en: "visit \(id) is logged as done already",
                                           ja: "訪問 \(id) は既に実施済みとして記録されています"))
    }

    /// A bulk-loaded deal whose recorded stages do not end where the deal stands.
    static func stagesDoNotEndAtDeal(_ title: String, _ stage: String) -> RoundsError {
        RoundsError(.invalidValue, Message(en: "deal '\(title)' is at \(stage), but its stage history does not end there",
                                           ja: "商談「\(title)」は \(stage) ですが、ステージ履歴がそこで終わっていません"))
    }

    /// `entity` is the change log's name for the record: `order`, `deal`, `note`, `visit` or `contact`.
    static func recordOfAnotherCustomer(_ entity: String, _ id: Int, _ customer: String) -> RoundsError {
        let (en, ja) = switch entity {
        case "order": ("order", "受注")
        case "deal": ("deal", "商談")
        case "note": ("note", "メモ")
        case "visit": ("visit", "訪問")
        default: ("contact", "連絡先")
        }
        return RoundsError(.invalidValue, Message(en: "\(en) \(id) belongs to customer \(customer); a record cannot change customer",
                                                  ja: "\(ja) \(id) は顧客 \(customer) のものです（顧客は変更できません）"))
    }
}
