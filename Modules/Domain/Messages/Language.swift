import Foundation

/// The language of every user-facing text. Command and option names stay ASCII in both.
///
/// ```swift
/// Language.current = Language(environment: ProcessInfo.processInfo.environment)
/// print(Message.unknownCommand("custmer", suggestion: "customer").text)
/// ```
public enum Language: String, Sendable, CaseIterable {
    case en
    case ja

    /// The session's language; the shell sets it from `--lang`, `set lang` or the locale.
    public static var current: Language {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var stored: Language = .en

    /// Reads `LC_ALL`, `LC_MESSAGES` then `LANG` as POSIX does: the first one set decides.
    public init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy
            .compactMap { environment[$0] }
            .first { !$0.isEmpty } ?? ""
        self = locale.lowercased().hasPrefix("ja") ? .ja : .en
    }
}

/// One text in both languages. Catalog entries are static functions on `Message`, so each
/// module (and each company plugin) keeps its entries beside its code, in one shape.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    public let en: String
    public let ja: String

    public init(en: String, ja: String) {
        self.en = en
        self.ja = ja
    }

    /// A text that reads the same in both languages (a code, a number, a file name).
    public init(verbatim: String) {
        self.init(en: verbatim, ja: verbatim)
    }

    public func text(in language: Language = .current) -> String {
        language == .ja ? ja : en
    }

    public var description: String { text() }
}
