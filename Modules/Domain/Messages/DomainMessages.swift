/// The domain's message catalog: validation texts, field names and rank names.
extension Message {
    public static func invalidField(_ field: String, _ value: String, _ reason: Message) -> Message {
        Message(en: "invalid \(field) '\(value)': \(reason.en)",
                ja: "\(field) の値 '\(value)' が不正です: \(reason.ja)")
    }
    public static func requiredField(_ field: String) -> Message {
        Message(en: "\(field) is required", ja: "\(field) は必須です")
    }
    public static let latitudeRange = Message(en: "latitude must be between -90 and 90",
                                              ja: "緯度は -90 から 90 の範囲で指定してください")
    public static let longitudeRange = Message(en: "longitude must be between -180 and 180",
                                               ja: "経度は -180 から 180 の範囲で指定してください")
    public static let coordinatePair = Message(en: "give latitude and longitude together, as LAT,LON",
                                               ja: "緯度と経度を LAT,LON の形で一緒に指定してください")
    public static let notANumber = Message(en: "not a number", ja: "数値ではありません")
    public static let timeFormat = Message(en: "use HH:MM between 00:00 and 24:00",
                                           ja: "00:00〜24:00 の HH:MM 形式で指定してください")
    public static let windowFormat = Message(en: "use HH:MM-HH:MM, several separated by commas",
                                             ja: "HH:MM-HH:MM 形式（複数はカンマ区切り）で指定してください")
    public static let windowEndBeforeStart = Message(en: "the end is not after the start",
                                                     ja: "終了が開始より後になっていません")
    public static func windowsOverlap(_ first: String, _ second: String) -> Message {
        Message(en: "\(first) overlaps \(second)", ja: "\(first) と \(second) が重なっています")
    }
    public static let lunchFormat = Message(en: "use HH:MM-HH:MM, or HH:MM-HH:MM/MINUTES for a shorter break inside the window",
                                            ja: "HH:MM-HH:MM または HH:MM-HH:MM/分 の形式で指定してください")
    public static let lunchOutsideHours = Message(en: "the lunch break must lie inside the working hours",
                                                  ja: "昼休みは勤務時間内に収めてください")
    public static let weekdayFormat = Message(en: "use weekday names such as sat,sun or 土,日",
                                              ja: "sat,sun や 土,日 のように曜日で指定してください")
    public static let yenFormat = Message(en: "use whole yen such as 1200000, ¥1,200,000, 120万 or 1.2億",
                                          ja: "1200000・¥1,200,000・120万・1.2億 のように円の整数で指定してください")
    public static let negativeAmount = Message(en: "must not be negative", ja: "負の値は指定できません")
    public static let codeFormat = Message(en: "use letters, digits, '-', '_' or '.', without spaces",
                                           ja: "英数字・-・_・. で、空白なしで指定してください")
    public static let serviceMinutesRange = Message(en: "must be between 1 and 600 minutes",
                                                    ja: "1〜600 分の範囲で指定してください")
    public static func oneOf(_ values: [String]) -> Message {
        Message(verbatim: values.joined(separator: ", ")).prefixed(en: "use one of: ", ja: "次のいずれかを指定してください: ")
    }

    func prefixed(en: String, ja: String) -> Message {
        Message(en: en + self.en, ja: ja + self.ja)
    }
}
