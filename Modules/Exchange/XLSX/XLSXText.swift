import Foundation

/// Text in SpreadsheetML: characters XML cannot carry are written `_xHHHH_`, and an underscore
/// that would read as such an escape is itself escaped as `_x005F_`.
enum XLSXText {
    /// Undoes `_xHHHH_` escapes, as Excel does when it reads a cell.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let hex = rest[range.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", hex.dropLast().allSatisfy(isASCIIHex),
               let value = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(range.upperBound, offsetBy: 5)...]
            } else {
                result += "_x"
                rest = rest[range.upperBound...]
            }
        }
        return result + rest
    }

    /// Escapes for XML element content: `&`, `<`, `>`, and `_xHHHH_` for control characters
    /// (CR too: XML would read it back as LF) and for underscores that start an escape-like run.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<")
            || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "_") || $0 == 0xEF }) else { return text }
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "_" where looksEscaped(scalars[(index + 1)...]): result += "_x005F_"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether what follows an underscore is `xHHHH_`.
    private static func looksEscaped(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let run = rest.prefix(6)
        return run.count == 6 && run.first == "x" && run.last == "_"
            && run.dropFirst().dropLast().allSatisfy { isASCIIHex(Character($0)) }
    }

    private static func isASCIIHex(_ character: Character) -> Bool {
        character.isASCII && character.isHexDigit
    }

    /// Escapes an attribute value in double quotes.
    static func attribute(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\"", with: "&quot;")
    }
}
