import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// Example Co.'s house rule for focus customers: a rep can only plan a good visit when the
/// customer has a phone number, a map position and visiting hours, and focus is wasted on a
/// customer whose potential is under ¥1,000,000.
struct AuditCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "audit", abstract: Message.auditAbstract.text())
    }

    static let minimumFocusPotential = 1_000_000

    @Option(help: ArgumentHelp(Message.auditRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Flag(help: ArgumentHelp(Message.auditStrictHelp.text())) var strict = false
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        var filter = FilterExpression.compare(field: "rank", .equal, .text(Rank.focus.rawValue))
        if let rep { filter = .and(filter, .compare(field: "rep", .equal, .text(rep))) }
        let customers = try session.store().customers(CustomerQuery(filter: filter))
        var table = Listing(columns: [.init("code", .auditCodeHeader), .init("name", .auditNameHeader),
                                      .init("rep", .auditRepHeader), .init("problem", .auditProblemHeader)])
        for customer in customers {
            for problem in Self.problems(of: customer) {
                table.append([.text(customer.code), .text(customer.name), .optional(customer.rep), .text(problem.text())])
            }
        }
        try session.emit(table, listing)
        if strict, !table.rows.isEmpty { throw RoundsError(.invalidValue, .auditFailed(table.rows.count)) }
    }

    static func problems(of customer: Customer) -> [Message] {
        var problems: [Message] = []
        if customer.phone == nil { problems.append(.auditNoPhone) }
        if customer.location == nil { problems.append(.auditNoLocation) }
        if customer.timeWindows.isEmpty { problems.append(.auditNoWindows) }
        if customer.potentialYen < minimumFocusPotential { problems.append(.auditLowPotential(customer.potentialYen)) }
        return problems
    }
}

extension Message {
    static let auditAbstract = Message(en: "Example Co.'s check of focus customers: phone, map position, hours and potential.",
                                       ja: "Example社の重点顧客チェック（電話・位置・訪問時間帯・ポテンシャル）")
    static let auditRepHelp = Message(en: "Only this rep's customers.", ja: "この担当者の顧客のみ")
    static let auditStrictHelp = Message(en: "Fail (exit status 1) when a problem is found, for scripts.",
                                         ja: "問題があれば失敗（終了コード 1）にします（スクリプト用）")
    static let auditCodeHeader = Message(en: "code", ja: "コード")
    static let auditNameHeader = Message(en: "name", ja: "顧客名")
    static let auditRepHeader = Message(en: "rep", ja: "担当")
    static let auditProblemHeader = Message(en: "problem", ja: "問題")
    static let auditNoPhone = Message(en: "no phone number", ja: "電話番号がありません")
    static let auditNoLocation = Message(en: "no map position (lat/lon)", ja: "位置（緯度経度）がありません")
    static let auditNoWindows = Message(en: "no visiting hours", ja: "訪問可能時間帯がありません")
    static func auditLowPotential(_ yen: Int) -> Message {
        Message(en: "potential \(Yen.format(yen)) is under ¥1,000,000 for a focus customer",
                ja: "重点顧客なのにポテンシャルが \(Yen.format(yen)) で100万円未満です")
    }
    static func auditFailed(_ count: Int) -> Message {
        Message(en: "audit found \(count) problem(s)", ja: "チェックで \(count) 件の問題が見つかりました")
    }
}
