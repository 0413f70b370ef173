import ArgumentParser
import RoundsDomain
import RoundsShell

/// `brief CODE [--format markdown|html] [--output FILE]`: the pre-visit brief.
struct BriefCommand: ShellCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "brief", abstract: Message.briefAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.codeHelp.text(), valueName: "customer-code")) var code: String
    @Option(help: ArgumentHelp(Message.briefFormatHelp.text(), valueName: "markdown|html")) var format: Format = .markdown
    @Option(help: ArgumentHelp(Message.outputHelpText.text(), valueName: "file"), completion: .file()) var output: String?

    func run(in session: Session) throws {
        let store = try session.store()
        guard let customer = try store.customer(code: code) else { throw RoundsError(.notFound, .unknownCustomer(code)) }
        let overview = try CustomerOverview(customer: customer, store: store, flow: session.settings.rules.salesFlow)
        let brief = try Brief(overview: overview, store: store)
        let text = format == .html ? brief.html() : brief.markdown()
        guard let output else { return session.out.write(text) }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw RoundsError(.io, Message(en: "cannot write \(output)", ja: "\(output) に書き込めません"), cause: "\(error)")
        }
    }
}

extension Message {
    static let briefAbstract = Message(en: "A pre-visit brief: since the last visit, open deals and actions, order rhythm, competitors, a suggested purpose.",
                                       ja: "訪問前ブリーフ（前回以降の動き・進行中の商談と宿題・発注リズム・競合・訪問目的の提案）")
    static let briefFormatHelp = Message(en: "markdown (default) or html.", ja: "markdown（既定）または html")
    static let outputHelpText = Message(en: "Write the brief to this file.", ja: "このファイルに書き出します")
    static let briefTitle = Message(en: "Visit brief", ja: "訪問ブリーフ")
    static let rankWord = Message(en: "Rank", ja: "ランク")
    static let repWord = Message(en: "Rep", ja: "担当")
    static let orderWord = Message(en: "order", ja: "受注")
    static func ordersSince(_ count: Int, _ total: String) -> Message {
        Message(en: "\(count) orders, \(total) in all; the latest:", ja: "受注 \(count) 件、合計 \(total)。直近の受注:")
    }
    static func olderNotes(_ command: String) -> Message {
        Message(en: "older notes: \(command)", ja: "それ以前のメモ: \(command)")
    }
    static let suggestedPurposeTitle = Message(en: "Suggested purpose", ja: "今回の訪問目的（提案）")
    static let sinceLastVisitTitle = Message(en: "Since the last visit", ja: "前回訪問以降の動き")
    static let orderRhythmTitle = Message(en: "Order rhythm", ja: "発注リズム")
    static func rhythm(_ days: Int, _ last: String) -> Message {
        Message(en: "orders about every \(days) days; last on \(last)", ja: "約\(days)日ごとに発注、最終 \(last)")
    }
    static let noRhythm = Message(en: "fewer than three orders in the last year: no rhythm yet", ja: "直近1年の受注が3件未満のためリズムなし")
    static func suggestOverdueAction(_ action: String, _ due: String) -> Message {
        Message(en: "follow up the promised action “\(action)” (due \(due))", ja: "約束した宿題「\(action)」の対応（期限 \(due)）")
    }
    static func suggestAdvanceDeal(_ id: Int, _ title: String, _ stage: String) -> Message {
        Message(en: "advance deal #\(id) “\(title)” from \(stage)", ja: "商談 #\(id)「\(title)」を \(stage) から前進させる")
    }
    static func suggestReorder(_ days: Int, _ last: String) -> Message {
        Message(en: "take the expected reorder (about every \(days) days, last on \(last))",
                ja: "次回発注の獲得（約\(days)日周期、最終 \(last)）")
    }
    static func suggestCompetitor(_ mention: String) -> Message {
        Message(en: "answer the competitor: \(mention)", ja: "競合への対抗: \(mention)")
    }
    static let suggestHearing = Message(en: "hear current needs and problems", ja: "現在のニーズ・課題のヒアリング")
}
