import RoundsDomain

extension Message {
    static let calendarAbstract = Message(en: "Japan's national holidays and the company's working days.",
                                          ja: "日本の祝日と会社の営業日")
    static let calendarHolidaysAbstract = Message(en: "The national holidays of a year, substitute and citizens' holidays included.",
                                                  ja: "指定した年の祝日（振替休日・国民の休日を含む）")
    static let calendarWorkdaysAbstract = Message(
        en: "The working days between two dates: Saturdays, Sundays, national holidays and 12/29–1/3 are off.",
        ja: "期間内の営業日（土日・祝日・12/29〜1/3 は休み）")
    static let calendarYearHelp = Message(en: "The year, 1980 to 2099.", ja: "年（1980〜2099）")
    static let calendarFromHelp = Message(en: "The first day (YYYY-MM-DD, today, R8.12.1).", ja: "開始日（YYYY-MM-DD・today・R8.12.1）")
    static let calendarToHelp = Message(en: "The last day, included.", ja: "終了日（この日を含む）")
    static let calendarRepHelp = Message(en: "Leave out this rep's own days off too (rep dayoff).",
                                         ja: "この担当者の休暇（rep dayoff）も除きます")
    static let calendarAllHelp = Message(en: "List every day, with why each day off is off.", ja: "休みの日も理由つきで全日を表示します")
    static let calendarYearRange = Message(en: "give a year from 1980 to 2099", ja: "1980〜2099 年を指定してください")
    static func calendarEndBeforeStart(_ from: String, _ to: String) -> Message {
        Message(en: "--to \(to) is before --from \(from)", ja: "--to \(to) が --from \(from) より前です")
    }

    static let calendarDateHeader = Message(en: "date", ja: "日付")
    static let calendarWeekdayHeader = Message(en: "day", ja: "曜日")
    static let calendarNameHeader = Message(en: "holiday", ja: "祝日名")
    static let calendarWorkdayHeader = Message(en: "workday", ja: "営業日")
    static let calendarOffHeader = Message(en: "off because", ja: "休みの理由")
}
