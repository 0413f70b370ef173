import Foundation
import RoundsDomain

/// Maps the `customer` and `rep` tables to domain values and back; the only place that knows
/// their column layout.
enum Rows {
    static let customerColumns = """
        c.code, c.name, c.name_kana, c.address, c.lat, c.lon, c.phone, r.code AS rep_code, c.rank,
        c.potential_yen, c.service_minutes, c.time_windows, c.closed_days, c.status, c.tags,
        c.created_at, c.updated_at, c.visit_interval_days
        """
    static let customerFrom = "customer c LEFT JOIN rep r ON r.id = c.rep_id"

    /// Reads columns by position (in `customerColumns` order): listings decode thousands of rows.
    static func customer(_ row: SQLRow) throws -> Customer {
        try Customer(
            code: row[0], name: row[1], nameKana: row[2], address: row[3],
            location: coordinate(row[4], row[5]), phone: row[6], rep: row[7],
            rank: (row[8] as String?).flatMap(Rank.init(rawValue:)),
            potentialYen: row[9], serviceMinutes: row[10],
            timeWindows: TimeWindow.list(parsing: row[11]),
            closedDays: Weekday.set(parsing: row[12]),
            visitIntervalDays: row[17],
            status: CustomerStatus(rawValue: row[13]) ?? .active,
            tags: Customer.tags(parsing: row[14]),
            createdAt: Timestamp.date(row[15]), updatedAt: Timestamp.date(row[16]))
    }

    /// The customer's columns in `insertCustomerSQL` order, without the two timestamps.
    static func customerValues(_ customer: Customer, repID: Int64?) -> [(any SQLValueConvertible)?] {
        [
            customer.code, customer.name, customer.nameKana, customer.address,
            customer.location?.latitude, customer.location?.longitude, customer.phone, repID,
            customer.rank?.rawValue, customer.potentialYen, customer.serviceMinutes,
            TimeWindow.format(customer.timeWindows), Weekday.format(customer.closedDays), customer.status.rawValue,
            customer.tags.joined(separator: ","), customer.visitIntervalDays,
        ]
    }

    static let insertCustomerSQL = """
        INSERT INTO customer (code, name, name_kana, address, lat, lon, phone, rep_id, rank, potential_yen,
            service_minutes, time_windows, closed_days, status, tags, visit_interval_days, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let updateCustomerSQL = """
        UPDATE customer SET code = ?, name = ?, name_kana = ?, address = ?, lat = ?, lon = ?, phone = ?, rep_id = ?,
            rank = ?, potential_yen = ?, service_minutes = ?, time_windows = ?, closed_days = ?, status = ?, tags = ?,
            visit_interval_days = ?, updated_at = ?
        WHERE code = ?
        """

    static func rep(_ row: SQLRow) throws -> Rep {
        var lunch: LunchBreak?
        if let start: Int = row["lunch_start"], let end: Int = row["lunch_end"] {
            lunch = try LunchBreak(window: TimeWindow(start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: end)),
                                   minutes: row["lunch_minutes"])
        }
        return try Rep(
            code: row["code"], name: row["name"], nameKana: row["name_kana"],
            start: coordinate(row["start_lat"], row["start_lon"]), end: coordinate(row["end_lat"], row["end_lon"]),
            workingHours: TimeWindow(start: TimeOfDay(minutes: row["work_start"]), end: TimeOfDay(minutes: row["work_end"])),
            lunch: lunch, team: row["team"], createdAt: Timestamp.date(row["created_at"]), updatedAt: Timestamp.date(row["updated_at"]))
    }

    static let repColumns = """
        code, name, name_kana, start_lat, start_lon, end_lat, end_lon, work_start, work_end,
        lunch_start, lunch_end, lunch_minutes, team, created_at, updated_at
        """

    static let insertRepSQL = "INSERT INTO rep (\(repColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

    static let updateRepSQL = """
        UPDATE rep SET code = ?, name = ?, name_kana = ?, start_lat = ?, start_lon = ?, end_lat = ?, end_lon = ?,
            work_start = ?, work_end = ?, lunch_start = ?, lunch_end = ?, lunch_minutes = ?, team = ?,
            updated_at = ?
        WHERE code = ?
        """

    /// The rep's columns in `repColumns` order, without the two timestamps.
    static func repValues(_ rep: Rep) -> [(any SQLValueConvertible)?] {
        [
            rep.code, rep.name, rep.nameKana, rep.start?.latitude, rep.start?.longitude, rep.end?.latitude,
            rep.end?.longitude, rep.workingHours.start.minutes, rep.workingHours.end.minutes,
            rep.lunch?.window.start.minutes, rep.lunch?.window.end.minutes, rep.lunch?.minutes, rep.team,
        ]
    }

    private static func coordinate(_ lat: Double?, _ lon: Double?) throws -> Coordinate? {
        guard let lat, let lon else { return nil }
        return try Coordinate(latitude: lat, longitude: lon)
    }
}

/// Timestamps are stored as local wall-clock text in the company's time zone
/// (`2026-11-29 10:15:03`), so date filters compare by prefix on every backend.
public enum Timestamp {
    /// `YYYY-MM-DD HH:MM:SS` in `timeZone`; by hand like `date(_:)`, as a `Calendar` and
    /// `String(format:)` cost more than the rest of a `customer show`.
    public static func text(_ date: Date, timeZone: TimeZone = .company) -> String {
        let local = Int((date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))).rounded(.down))
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        func two(_ number: Int) -> String { String(number, zeroPaddedTo: 2) }
        return "\(CalendarDate(daysSinceEpoch: days)) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }

    /// Parses what `text(_:)` writes; by hand, because a formatter per row costs more than the query.
    static func date(_ text: String?, timeZone: TimeZone = .company) -> Date? {
        guard let text else { return nil }
        let digits = text.utf8.filter { $0 >= 48 && $0 <= 57 }.map { Int($0) - 48 }
        guard digits.count == 14 else { return nil }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digits[$1] } }
        guard let days = (try? CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)))?.daysSinceEpoch
        else { return nil }
        let local = Double(days * 86_400 + number(8..<10) * 3600 + number(10..<12) * 60 + number(12..<14))
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        return Date(timeIntervalSince1970: local - Double(offset))
    }
}
