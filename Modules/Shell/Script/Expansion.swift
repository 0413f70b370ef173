import Foundation
import RoundsDomain

/// Word expansion: variables, `$@` and `$(…)` become the strings a command receives.
///
/// ```
/// set SHOP "山田 商店"
/// args $SHOP "$(echo a b)" $(echo c d)   # → [山田 商店] [a b] [c] [d]
/// ```
///
/// A variable is never split into several words, quoted or not (so a name with spaces stays
/// one argument); only an unquoted `$(…)` splits, on ASCII whitespace.
extension Interpreter {
    func expand(_ words: [Word]) throws -> [String] {
        var fields = Fields()
        for word in words {
            for part in word.parts {
                switch part {
                case let .text(text, quoted):
                    fields.append(text, keep: quoted)
                case let .variable(name, quoted):
                    fields.append(try value(of: name), keep: quoted)
                case .arguments:
                    for (position, argument) in frame.arguments.enumerated() {
                        if position > 0 { fields.split() }
                        fields.append(argument, keep: true)
                    }
                case let .substitution(statements, quoted: true):
                    fields.append(try output(of: statements), keep: true)
                case let .substitution(statements, quoted: false):
                    let pieces = try output(of: statements).split(omittingEmptySubsequences: false, whereSeparator: Self.separatesWords)
                    for (position, piece) in pieces.enumerated() {
                        if position > 0 { fields.split() }
                        fields.append(String(piece), keep: false)
                    }
                }
            }
            fields.split()
        }
        return fields.words
    }

    /// `$NAME` is a script variable, else an environment variable (`$HOME`); positional
    /// arguments past `$#` are empty, so scripts can test `$#` first.
    func value(of name: String) throws(RoundsError) -> String {
        switch name {
        case "#": return String(frame.arguments.count)
        case "?": return String(lastStatus)
        case "0": return frame.name
        default:
            if let position = Int(name) {
                return position <= frame.arguments.count ? frame.arguments[position - 1] : ""
            }
            guard let value = variables[name] ?? ProcessInfo.processInfo.environment[name] else {
                throw RoundsError(.script, .undefinedVariable(name))
            }
            return value
        }
    }

    /// Runs `$(…)`'s commands and returns what they printed, without trailing newlines. Its
    /// failures are reported inside and fail the enclosing command; `exit` ends only the
    /// substitution.
    private func output(of statements: [Statement]) throws -> String {
        var status: Int32 = 0
        var text = try session.out.capture {
            do throws(Halt) {
                status = try run(statements)
            } catch {
                status = error.status
            }
        }
        guard status == 0 else { throw Reported(status: status) }
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    /// ASCII whitespace only: a full-width space inside a name (山田　商店) does not split it.
    private static func separatesWords(_ character: Character) -> Bool {
        character == " " || character == "\t" || character.isNewline
    }
}

/// The words being built: text is appended to the current word, `split` starts the next one.
private struct Fields {
    private(set) var words: [String] = []
    private var current = ""
    /// Whether the current word exists even when empty: `""` and `"$EMPTY"` are words, an
    /// unquoted `$EMPTY` alone is none.
    private var keeps = false

    mutating func append(_ text: String, keep: Bool) {
        current += text
        keeps = keeps || keep || !text.isEmpty
    }

    mutating func split() {
        if keeps { words.append(current) }
        current = ""
        keeps = false
    }
}
