import Foundation
import RoundsDomain
import Yams

/// The YAML files people write by hand for Rounds (`--map` files, the company's rules): read in
/// the encoding their editor chose, composed into nodes that keep their line numbers, so every
/// mistake is reported as `file:line: …`.
///
/// ```swift
/// let root = try YAMLFile.load(from: URL(fileURLWithPath: "rounds.yaml"))
/// let stages = root.mapping?["sales_flow"]?.sequence
/// ```
enum YAMLFile {
    /// Reads the file as UTF-8, or as Shift_JIS (CP932) when it is not UTF-8, as Windows Notepad
    /// long saved Japanese text, and composes it; an empty file is reported with `empty`.
    static func load(from url: URL, empty: Message) throws(ExchangeProblem) -> Node {
        let file = url.relativePath
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw ExchangeProblem(file: file, message: .cannotOpen(ChunkedInput.reason(error)), code: .io)
        }
        let body = bytes.starts(with: TextEncoding.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        let text: String
        if let utf8 = try? TextEncoding.utf8.decode(body) {
            text = utf8
        } else {
            do {
                text = try TextEncoding.cp932.decode(body)
            } catch {
                guard case let .undecodableByte(byte, offset) = error else {
                    throw ExchangeProblem(file: file, message: .cp932Unavailable, code: .io)
                }
                let line = body[..<offset].count { $0 == .lineFeed } + 1
                throw ExchangeProblem(file: file, row: line,
                                      message: .undecodableByte(byte, offset: offset, line: line, encoding: .cp932))
            }
        }
        return try compose(text, file: file, empty: empty)
    }

    /// Composes `text`, turning libyaml's errors into a problem at their line.
    static func compose(_ text: String, file: String, empty: Message) throws(ExchangeProblem) -> Node {
        let parsed: Node?
        do {
            parsed = try Yams.compose(yaml: text)
        } catch {
            let (line, detail) = describe(error)
            throw ExchangeProblem(file: file, row: line, message: .malformedMapping(detail))
        }
        guard let parsed else { throw ExchangeProblem(file: file, message: empty) }
        return parsed
    }

    /// The line and libyaml's own words for a syntax error.
    private static func describe(_ error: any Error) -> (Int?, String) {
        switch error as? YamlError {
        case let .scanner(_, problem, mark, _)?, let .parser(_, problem, mark, _)?, let .composer(_, problem, mark, _)?:
            return (mark.line, problem)
        case let .duplicatedKeysInMapping(duplicates, context)?:
            return (context.mark.line, "duplicate key: \(duplicates.joined(separator: ", "))")
        case let .reader(problem, _, _, _)?:
            return (nil, problem)
        default:
            return (nil, String(describing: error))
        }
    }
}
