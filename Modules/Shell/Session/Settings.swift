import RoundsDomain

/// What `set NAME VALUE` changes for the rest of the session.
public struct Settings: Sendable {
    public enum OnError: String, Sendable, CaseIterable {
        case stop
        case `continue`
    }

    public var format: OutputFormat = .table
    public var onError: OnError = .stop
    /// Who is recorded as the author of every write: `--user`, else `$USER`.
    public var user: String
    /// The company's sales flow and visit requirements, from its config file.
    public var rules = CompanyRules.standard
    /// Where `next` and `rule` read and keep the rules: the config's `rules_file:`, else
    /// `rounds-rules.yaml` beside the database; nil: the built-in rules only, nothing kept.
    public var rulesFile: String?

    public init(user: String) {
        self.user = user
    }

    /// The names `set` treats as settings rather than script variables.
    public static let names = ["format", "lang", "on-error", "user"]

    /// Applies `set NAME VALUE` when NAME is a setting; returns false for a plain variable.
    public mutating func apply(_ name: String, _ value: String) throws(RoundsError) -> Bool {
        switch name {
        case "format":
            guard let format = OutputFormat(rawValue: value) else {
                throw RoundsError(.usage, .invalidField("format", value, .oneOf(OutputFormat.allCases.map(\.rawValue))))
            }
            self.format = format
        case "lang":
            guard let language = Language(rawValue: value) else {
                throw RoundsError(.usage, .invalidField("lang", value, .oneOf(Language.allCases.map(\.rawValue))))
            }
            Language.current = language
        case "on-error":
            guard let onError = OnError(rawValue: value) else {
                throw RoundsError(.usage, .invalidField("on-error", value, .oneOf(OnError.allCases.map(\.rawValue))))
            }
            self.onError = onError
        case "user":
            try Code.validate(value, field: "user")
            user = value
        default:
            return false
        }
        return true
    }

    public func value(of name: String) -> String? {
        switch name {
        case "format": format.rawValue
        case "lang": Language.current.rawValue
        case "on-error": onError.rawValue
        case "user": user
        default: nil
        }
    }
}
