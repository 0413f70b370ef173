import RoundsDomain

/// Excel's dates: days since the end of 1899 (or since 1904 in the 1904 date system), with the
/// time of day as the fraction.
enum ExcelSerialDate {
    /// `2026-11-29`, `09:30`, `2026-11-29 09:30` (seconds only when there are some); nil when
    /// the text is no number.
    static func text(_ serial: String, display: XLSXStyles.Display, date1904: Bool) -> String? {
        guard let value = Double(serial), value.isFinite, value >= 0, value < 2_958_466 else { return nil }
        var days = Int(value.rounded(.down))
        var seconds = Int(((value - Double(days)) * 86_400).rounded())
        if seconds == 86_400 {
            days += 1
            seconds = 0
        }
        let time = clock(seconds)
        if display == .time { return time }
        let day: String
        if date1904 {
            day = CalendarDate(daysSinceEpoch: days - 24_107).description
        } else if days == 60 {
            // Lotus 1-2-3 took 1900 for a leap year and Excel kept it: serial 60 is 1900-02-29.
            day = "1900-02-29"
        } else {
            day = CalendarDate(daysSinceEpoch: days - (days < 60 ? 25_568 : 25_569)).description
        }
        return display == .dateTime ? "\(day) \(time)" : day
    }

    private static func clock(_ seconds: Int) -> String {
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        let base = "\(two(seconds / 3600)):\(two(seconds / 60 % 60))"
        return seconds % 60 == 0 ? base : "\(base):\(two(seconds % 60))"
    }
}
