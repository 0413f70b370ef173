import RoundsDomain

/// Runs statements against a session and keeps the script's state: variables, the current
/// file's arguments, and `$?`.
///
/// A failing command is reported where it happened (`visits.rounds:12: customer: …`); then
/// `set on-error stop` (the default) ends the script with its status, `continue` goes on and
/// the script ends with the first failure's status.
final class Interpreter {
    /// What `$0`, `$1…` and error locations refer to: a script, a sourced file, or the prompt.
    struct Frame {
        var name: String
        var arguments: [String]
        /// Whether errors say `file:line:`. Not at the prompt: the line is the one just typed.
        var locates: Bool

        static let prompt = Frame(name: "rounds", arguments: [], locates: false)
    }

    /// Why a script ends before its last line: `exit`, or a failure under `set on-error stop`.
    struct Halt: Error {
        enum Reason { case exit, failure }
        var reason: Reason
        var status: Int32
    }

    /// A failure whose message is out already (from inside `$(…)` or a sourced file): only its
    /// status still travels, so the enclosing command fails without saying it twice.
    struct Reported: Error {
        var status: Int32
    }

    let session: Session
    private let reportError: (String) -> Void
    var variables: [String: String] = [:]
    var frame = Frame.prompt
    /// `$?`: the status of the last command run, `if` conditions included.
    var lastStatus: Int32 = 0
    /// How many `source` commands are running inside each other.
    var sourceDepth = 0

    /// Ctrl-C's status: it ends the script even under `set on-error continue` or in a condition.
    private static let interrupted = ErrorReporter.status(for: RoundsError(.cancelled, .cancelled))

    init(session: Session, reportError: @escaping (String) -> Void) {
        self.session = session
        self.reportError = reportError
    }

    /// Parses `text` and runs it as `frame`. A syntax error runs nothing: it is reported and
    /// gives its status.
    func run(_ text: String, as frame: Frame) throws(Halt) -> Int32 {
        let saved = self.frame
        self.frame = frame
        defer { self.frame = saved }
        let statements: [Statement]
        do throws(SyntaxError) {
            statements = try Parser.parse(text)
        } catch {
            return report(RoundsError(.script, error.message), line: error.line, command: nil)
        }
        return try run(statements)
    }

    /// Runs statements in order; returns the first failure's status (failures only return under
    /// `set on-error continue`), 0 when all succeeded.
    func run(_ statements: [Statement]) throws(Halt) -> Int32 {
        var failure: Int32 = 0
        for statement in statements {
            let status: Int32
            switch statement {
            case .command(let command): status = try run(command)
            case .forLoop(let loop): status = try run(loop)
            case .ifBlock(let block): status = try run(block)
            }
            if failure == 0 { failure = status }
        }
        return failure
    }

    /// Expands and runs one command; returns its status. As an `if` condition a failure is
    /// reported but is the answer, not a reason to stop.
    func run(_ command: Command, asCondition: Bool = false) throws(Halt) -> Int32 {
        var name = command.words.first?.source
        let status: Int32
        do {
            let words = try expand(command.words)
            name = words.first ?? name
            try dispatch(words)
            status = 0
        } catch let halt as Halt {
            throw halt
        } catch {
            status = report(error, line: command.line, command: name)
        }
        return try settle(status, asCondition: asCondition)
    }

    private func run(_ loop: ForLoop) throws(Halt) -> Int32 {
        let values: [String]
        do {
            values = try expand(loop.words)
        } catch {
            return try settle(report(error, line: loop.line, command: "for"))
        }
        var failure: Int32 = 0
        for value in values {
            variables[loop.variable] = value
            let status = try run(loop.body)
            if failure == 0 { failure = status }
        }
        return failure
    }

    private func run(_ block: IfBlock) throws(Halt) -> Int32 {
        let succeeded = try run(block.condition, asCondition: true) == 0
        return try run(succeeded != block.negated ? block.then : block.otherwise)
    }

    /// Records `$?` and stops the script when a failure should stop it.
    private func settle(_ status: Int32, asCondition: Bool = false) throws(Halt) -> Int32 {
        lastStatus = status
        let stops = status == Self.interrupted || (!asCondition && session.settings.onError == .stop)
        if status != 0 && stops { throw Halt(reason: .failure, status: status) }
        return status
    }

    /// Prints a failure through the `ErrorReporter` (with `file:line:` unless at the prompt) and
    /// returns its exit status.
    func report(_ error: any Error, line: Int, command: String?) -> Int32 {
        if let reported = error as? Reported { return reported.status }
        let location = frame.locates ? RoundsError.Location(file: frame.name, line: line) : nil
        reportError(ErrorReporter.text(for: error, command: command, location: location))
        return ErrorReporter.status(for: error)
    }
}
