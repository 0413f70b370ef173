import ArgumentParser
import RoundsDomain

/// The one place where a failure becomes text and an exit status.
///
/// Text is one line: `file:line: command: message` in scripts, `command: message` at the prompt.
public enum ErrorReporter {
    /// Exit statuses: 1 a command failed, 2 the command line or script was wrong, 130 Ctrl-C.
    public static func status(for error: any Error) -> Int32 {
        switch error {
        case let error as RoundsError:
            switch error.code {
            case .usage, .script: 2
            case .cancelled: 130
            default: 1
            }
        case is CommandLineError: 2
        default: 1
        }
    }

    public static func text(for error: any Error, command: String?, location: RoundsError.Location?) -> String {
        var parts: [String] = []
        if let location = (error as? RoundsError)?.location ?? location { parts.append(location.description) }
        if let command, !command.isEmpty { parts.append(command) }
        switch error {
        case let error as RoundsError:
            parts.append(error.message.text())
            if let cause = error.cause { parts.append(cause) }
        case let error as CommandLineError:
            let message = error.root.message(for: error.error)
            parts.append(message.isEmpty ? "\(error.error)" : ArgumentParserMessages.message(message).text())
            parts.append(Message.seeHelp(error.root._commandName).text())
        default:
            parts.append("\(error)")
        }
        return parts.joined(separator: ": ").replacingOccurrences(of: "\n", with: " ")
    }
}
