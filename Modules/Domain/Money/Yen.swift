import Foundation

/// Money is whole yen. These helpers read what Japanese users type and print it back.
///
/// ```swift
/// try Yen.parse("120万")      // 1_200_000
/// Yen.format(1_200_000)      // "¥1,200,000"
/// ```
public enum Yen {
    /// Parses `1200000`, `¥1,200,000`, `1,200,000円`, `120万`, `1.2億`, `5M` or `800k`, in full-width
    /// digits too (`１２３４５`, `－５００`): what a Japanese keyboard types.
    public static func parse(_ text: String, field: String = "amount") throws(RoundsError) -> Int {
        var body = HalfWidth.numeric(text).trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("¥") { body.removeFirst() }
        if body.hasSuffix("円") { body.removeLast() }
        body = body.replacingOccurrences(of: ",", with: "")
        let multipliers: [(String, Decimal)] = [("万", 10_000), ("億", 100_000_000), ("k", 1_000), ("K", 1_000), ("M", 1_000_000)]
        var multiplier: Decimal = 1
        for (suffix, value) in multipliers where body.hasSuffix(suffix) {
            body.removeLast(suffix.count)
            multiplier = value
        }
        guard body.contains(where: \.isNumber), body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let number = Decimal(string: body, locale: Locale(identifier: "en_US_POSIX"))
        else { throw RoundsError(.invalidValue, .invalidField(field, text, .yenFormat)) }
        let amount = number * multiplier
        var rounded = amount
        var source = amount
        NSDecimalRound(&rounded, &source, 0, .plain)
        guard rounded == amount, abs(amount) < Decimal(Int64.max / 2) else {
            throw RoundsError(.invalidValue, .invalidField(field, text, .yenFormat))
        }
        return NSDecimalNumber(decimal: amount).intValue
    }

    public static func format(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (amount < 0 ? "-¥" : "¥") + grouped
    }
}
