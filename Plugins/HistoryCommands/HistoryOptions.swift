import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsStorage

/// The filters every history listing shares. Values stay text until `query()`, so a bad one is
/// reported in Rounds' words, naming the option and the value.
struct HistoryFilters: ParsableArguments {
    @Option(help: ArgumentHelp(Message.customerFilterHelp.text(), valueName: "customer-code")) var customer: String?
    @Option(help: ArgumentHelp(Message.repFilterHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.fromHelp.text(), valueName: "date")) var from: String?
    @Option(help: ArgumentHelp(Message.toHelp.text(), valueName: "date")) var to: String?
    @Option(help: ArgumentHelp(Message.limitHelp.text(), valueName: "n")) var limit: String?

    func query() throws(RoundsError) -> HistoryQuery {
        HistoryQuery(customer: customer, rep: rep, from: try Parse.date(from, field: "from"),
                     to: try Parse.date(to, field: "to"), limit: try Parse.count(limit, field: "limit"))
    }
}

/// Reading option text into values, with errors that name the option.
enum Parse {
    /// `2026-11-29`, `today-7`, and the Japanese era forms that paper forms and imports use (`R8.11.29`).
    static func date(_ text: String?, field: String) throws(RoundsError) -> CalendarDate? {
        guard let text else { return nil }
        return try JapaneseDate.parse(typed: text, field: field)
    }

    /// A whole number of 0 or more (a limit, a quantity).
    static func count(_ text: String?, field: String) throws(RoundsError) -> Int? {
        guard let text else { return nil }
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw RoundsError(.invalidValue, .invalidField(field, text, .notANumber))
        }
        guard number >= 0 else { throw RoundsError(.invalidValue, .invalidField(field, text, .negativeAmount)) }
        return number
    }

    /// A deal or visit number, as listings show it in their `id` column.
    static func id(_ text: String, field: String) throws(RoundsError) -> Int {
        guard let id = Int(text.trimmingCharacters(in: .whitespaces)), id > 0 else {
            throw RoundsError(.invalidValue, .invalidField(field, text, .idFormat))
        }
        return id
    }
}

extension String {
    /// Nil for text that is empty or only spaces: an option given as "" means "no value".
    var nilIfBlank: String? { allSatisfy(\.isWhitespace) ? nil : self }
}

extension Optional where Wrapped == String {
    var nilIfBlank: String? { flatMap(\.nilIfBlank) }
}
