import Foundation

/// Every failure the user can see. Like swift-nio's `FileSystemError`: a code to branch on, a
/// message that says what to do, an optional cause and where it happened (a script line, an
/// import row). The shell maps it to text and an exit status in one place.
///
/// ```swift
/// throw RoundsError(.invalidValue, .invalidField("latitude", "95", .latitudeRange))
/// ```
public struct RoundsError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// A value failed validation: nothing was written.
        case invalidValue
        /// The command line itself is wrong: unknown option, missing argument.
        case usage
        /// A code or a file that does not exist.
        case notFound
        /// A unique code that is taken already.
        case duplicate
        /// The database could not be opened, read or written.
        case storage
        /// Reading or writing a file failed.
        case io
        /// A script could not be parsed or ran into an error of its own (undefined variable…).
        case script
        /// The user pressed Ctrl-C.
        case cancelled
    }

    /// Where an error happened: a script file and line, or an import file and row.
    public struct Location: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int

        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }

        public var description: String { "\(file):\(line)" }
    }

    public var code: Code
    public var message: Message
    public var cause: String?
    public var location: Location?
    /// The field a validation blames, in the words of the type that threw (an order's `amount`,
    /// a visit's `next-action`): an import turns it into the column to fix.
    public var field: String?

    public init(_ code: Code, _ message: Message, cause: String? = nil, location: Location? = nil, field: String? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
        self.location = location
        self.field = field
    }

    /// `.invalidValue` for `field` holding `value`, blaming the field.
    public static func invalid(_ field: String, _ value: String, _ reason: Message) -> RoundsError {
        RoundsError(.invalidValue, .invalidField(field, value, reason), field: field)
    }

    /// `.invalidValue` for an empty `field`, blaming the field.
    public static func required(_ field: String) -> RoundsError {
        RoundsError(.invalidValue, .requiredField(field), field: field)
    }

    public var description: String {
        [location?.description, message.text(), cause].compactMap { $0 }.joined(separator: ": ")
    }
}

extension RoundsError {
    /// Runs `body`, prefixing any error with the option it came from (`--where: column 3: …`).
    public static func naming<T>(_ option: String, _ body: () throws(RoundsError) -> T) throws(RoundsError) -> T {
        do {
            return try body()
        } catch {
            var named = error
            named.message = Message(en: "\(option): \(error.message.en)", ja: "\(option): \(error.message.ja)")
            throw named
        }
    }
}
