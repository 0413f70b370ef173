/// Which cell styles of a workbook show numbers as dates or times: Excel stores a date as a
/// number of days and only the style says so.
struct XLSXStyles {
    enum Display: Equatable {
        case number, date, time, dateTime
    }

    /// Indexed by a cell's `s` attribute.
    private let displays: [Display]

    init(displays: [Display] = []) {
        self.displays = displays
    }

    func display(ofStyle index: Int) -> Display {
        index < displays.count ? displays[index] : .number
    }

    /// Reads `xl/styles.xml`: custom number formats, then the cell formats that use them.
    static func parse(_ scanner: inout XMLScanner<MemoryInput>) throws(ExchangeProblem) -> XLSXStyles {
        var customFormats: [Int: String] = [:]
        var displays: [Display] = []
        var inCellFormats = false
        while let event = try scanner.next() {
            switch event {
            case let .start("numFmt", attributes):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    customFormats[id] = code
                }
            case .start("cellXfs", _):
                inCellFormats = true
            case .end("cellXfs"):
                inCellFormats = false
            case let .start("xf", attributes) where inCellFormats:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                displays.append(customFormats[id].map(display(ofFormat:)) ?? builtInDisplay(id))
            default:
                break
            }
        }
        return XLSXStyles(displays: displays)
    }

    /// The built-in formats, Japanese ones (27–58) included.
    private static func builtInDisplay(_ id: Int) -> Display {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 18...21, 32, 33, 45...47: .time
        case 22: .dateTime
        default: .number
        }
    }

    /// Looks for date and time codes outside quoted text, `[…]` sections and escaped characters:
    /// `yyyy/m/d` and `[$-411]ggge"年"m"月"d"日"` are dates, `h:mm` a time, `#,##0"円"` neither.
    /// An `m` is a month unless hours or seconds are there too.
    static func display(ofFormat code: String) -> Display {
        let lowered = code.lowercased()
        guard lowered != "general", lowered != "@" else { return .number }
        // Only the first section (positive numbers) decides.
        var letters = Set<Character>()
        var characters = lowered.makeIterator()
        var previous: Character = " "
        while let character = characters.next() {
            switch character {
            case ";": return display(of: letters)
            case "\"": while let next = characters.next(), next != "\"" {}
            case "[": while let next = characters.next(), next != "]" {}
            case "\\", "_", "*": _ = characters.next()
            case "+", "-": if previous == "e" { letters.remove("e") }
            default: letters.insert(character)
            }
            previous = character
        }
        return display(of: letters)
    }

    private static func display(of letters: Set<Character>) -> Display {
        let hasTime = !letters.isDisjoint(with: ["h", "s"])
        let hasDate = !letters.isDisjoint(with: ["y", "d", "e", "g"]) || (letters.contains("m") && !hasTime)
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }
}
