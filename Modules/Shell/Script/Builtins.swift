import Foundation
import RoundsDomain

/// The language's own commands: `echo`, `exit`, `set`, `unset`, `source`. Every other word
/// goes to the command registry.
///
/// ```
/// set REP suzuki             # a variable
/// set format csv             # a setting of the session
/// source common.rounds 2024-06
/// echo -n "$REP"; exit 3
/// ```
extension Interpreter {
    /// How deep `source` may nest: deep enough for any library of scripts, and a file sourcing
    /// itself ends with a message instead of a crash.
    static let maxSourceDepth = 64

    func dispatch(_ words: [String]) throws {
        guard let name = words.first else { return }
        let arguments = Array(words.dropFirst())
        switch name {
        case "echo": echo(arguments)
        case "exit": throw Halt(reason: .exit, status: try exitStatus(arguments))
        case "set": try set(arguments)
        case "unset": try unset(arguments)
        case "source": try source(arguments)
        default: try session.execute(words)
        }
    }

    /// Reads a script file; paths are relative to the current directory. Read to its end, not
    /// by its size, so a pipe serves as well: `rounds -f <(make-commands)`, a named pipe.
    static func read(_ path: String) throws(RoundsError) -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw RoundsError(.notFound, .scriptNotFound(path)) }
        guard let file = FileHandle(forReadingAtPath: path) else { throw RoundsError(.io, .cannotRead(path)) }
        defer { try? file.close() }
        guard let data = try? file.readToEnd() ?? Data(), let text = String(data: data, encoding: .utf8) else {
            throw RoundsError(.io, .cannotRead(path))
        }
        return text
    }

    /// `echo WORDS` joins them with one space; `echo -n` leaves out the newline.
    private func echo(_ arguments: [String]) {
        let newline = arguments.first != "-n"
        let words = newline ? arguments : Array(arguments.dropFirst())
        session.out.write(words.joined(separator: " ") + (newline ? "\n" : ""))
    }

    /// `exit N`, or `exit` with the last command's status.
    private func exitStatus(_ arguments: [String]) throws(RoundsError) -> Int32 {
        guard let word = arguments.first else { return lastStatus }
        if arguments.count > 1 { throw RoundsError(.usage, .unexpectedWord(arguments[1], after: word)) }
        guard let status = Int32(word), (0...255).contains(status) else {
            throw RoundsError(.usage, .invalidExitStatus(word))
        }
        return status
    }

    /// `set NAME VALUE…` (the values joined by one space), a setting when NAME is one, and
    /// `set` alone to list settings and variables.
    private func set(_ arguments: [String]) throws {
        guard let name = arguments.first else {
            for name in Settings.names { session.out.line("\(name)=\(session.settings.value(of: name) ?? "")") }
            for (name, value) in variables.sorted(by: { $0.key < $1.key }) { session.out.line("\(name)=\(value)") }
            return
        }
        let value = arguments.dropFirst().joined(separator: " ")
        if try session.settings.apply(name, value) { return }
        guard VariableName.isValid(name) else { throw RoundsError(.script, .badVariableName(name)) }
        variables[name] = value
    }

    /// `unset NAME…`; a name that is not set is no error, as in sh.
    private func unset(_ names: [String]) throws(RoundsError) {
        guard !names.isEmpty else { throw RoundsError(.usage, .unsetUsage) }
        for name in names {
            if Settings.names.contains(name) { throw RoundsError(.usage, .cannotUnsetSetting(name)) }
            guard VariableName.isValid(name) else { throw RoundsError(.script, .badVariableName(name)) }
            variables[name] = nil
        }
    }

    /// `source FILE [ARGS]`: runs FILE with the same variables and its own `$0`, `$1…`; errors
    /// inside name FILE and its lines, and `exit` inside ends the whole script.
    private func source(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw RoundsError(.usage, .sourceUsage) }
        guard sourceDepth < Self.maxSourceDepth else { throw RoundsError(.script, .sourceTooDeep(Self.maxSourceDepth)) }
        let text = try Self.read(path)
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let status = try run(text, as: Frame(name: path, arguments: Array(arguments.dropFirst()), locates: true))
        if status != 0 { throw Reported(status: status) }
    }
}
