import RoundsDomain
import Yams

extension ConfigFile {
    /// `planning:` — visits a month and gaps per rank, when a visit counts as due, and the rules'
    /// score that asks a visit whatever the rank.
    static func visitPolicy(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> VisitPolicy {
        var policy = VisitPolicy.standard
        for (key, value) in try reader.entries(node, keys: ["policy", "due_at", "must_visit_score"]) {
            if key == "due_at" {
                let share = try number(value, key: key, reader)
                guard share > 0, share <= 1 else { throw reader.problem(value, .invalidField(key, String(share), .dueShareRange)) }
                policy.dueShare = share
                continue
            }
            if key == "must_visit_score" {
                let score = try wholeNumber(value, key: key, reader)
                do {
                    try VisitPolicy.checkMustVisitScore(score)
                } catch {
                    throw reader.problem(value, error.message)
                }
                policy.mustVisitScore = score
                continue
            }
            for (rankName, rankNode) in try reader.entries(value, keys: Rank.allCases.map(\.rawValue)) {
                let rank = Rank(rawValue: rankName)!
                var rule = policy.rule(for: rank)
                for (field, setting) in try reader.entries(rankNode, keys: ["visits_per_month", "min_gap_days", "max_gap_days"]) {
                    let whole = try wholeNumber(setting, key: field, reader)
                    switch field {
                    case "visits_per_month": rule.visitsPerMonth = whole
                    case "min_gap_days": rule.minimumGapDays = whole
                    default: rule.maximumGapDays = whole
                    }
                }
                do {
                    try VisitPolicy.check(rule, rank: rank)
                } catch {
                    throw reader.problem(rankNode, error.message)
                }
                policy.rules[rank] = rule
            }
        }
        return policy
    }

    static func number(_ node: Node, key: String, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Double {
        let text = try reader.text(node, key: key)
        guard let value = Double(text), value.isFinite else { throw reader.problem(node, .invalidField(key, text, .travelNumber)) }
        return value
    }

    /// `company:` — the month the fiscal year starts in (1–12; April when left out).
    static func fiscalYearStart(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Int {
        var month = 4
        for (key, value) in try reader.entries(node, keys: ["fiscal_year_start"]) {
            month = try wholeNumber(value, key: key, reader)
            guard (1...12).contains(month) else { throw reader.problem(value, .invalidField(key, String(month), .monthRange)) }
        }
        return month
    }

    static func wholeNumber(_ node: Node, key: String, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Int {
        let text = try reader.text(node, key: key)
        guard let value = Int(text) else { throw reader.problem(node, .invalidField(key, text, .wholeNumber)) }
        return value
    }
}

extension Message {
    static let dueShareRange = Message(en: "give a share above 0 and up to 1, such as 0.7", ja: "0 より大きく 1 以下の割合（例 0.7）で指定してください")
    static let monthRange = Message(en: "give a month from 1 to 12", ja: "1〜12 の月で指定してください")
    static let wholeNumber = Message(en: "give a whole number", ja: "整数で指定してください")
}

extension ConfigFile {
    /// `calendar:` — weekly days off and company holidays; what is left out stays standard
    /// (Saturday and Sunday, 12/29–1/3). Listing `company_holidays` replaces the standard break.
    static func workingCalendar(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> WorkingCalendar {
        var calendar = WorkingCalendar()
        for (key, value) in try reader.entries(node, keys: ["weekly_days_off", "company_holidays"]) {
            let items = value.sequence.map(Array.init) ?? [value]
            if key == "weekly_days_off" {
                let text = try items.map { item throws(ExchangeProblem) in try reader.text(item, key: key) }.joined(separator: ",")
                do {
                    calendar.weeklyDaysOff = Set(try Weekday.set(parsing: text, field: key))
                } catch {
                    throw reader.problem(value, error.message)
                }
                continue
            }
            calendar.companyHolidays = []
            for item in items {
                let text = try reader.text(item, key: key)
                do {
                    calendar.companyHolidays += try WorkingCalendar.CompanyHoliday.list(parsing: text, field: key)
                } catch {
                    throw reader.problem(item, error.message)
                }
            }
        }
        return calendar
    }
}
