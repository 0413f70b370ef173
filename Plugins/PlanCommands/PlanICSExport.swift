import Foundation
import RoundsExchange

/// The plan as an RFC 5545 calendar: one event per visit in Asia/Tokyo time (with its
/// VTIMEZONE), a UID stable across exports (`R01-20261201-C00016@rounds`), the customer's name
/// and code as the title, the address as the place and why the visit is there as the description.
/// Imports into Google Calendar and Outlook.
///
/// ```swift
/// PlanICSExport(exported, stamp: Date()).text()
/// // BEGIN:VCALENDAR … BEGIN:VEVENT
/// // UID:R01-20261201-C00016@rounds
/// // DTSTART;TZID=Asia/Tokyo:20261201T084800
/// // SUMMARY:松本鋳造株式会社 (C00016) …
/// ```
struct PlanICSExport {
    static let timeZone = "Asia/Tokyo"
    let exported: ExportedPlan
    /// When the file is made (DTSTAMP), in UTC.
    let stamp: Date

    init(_ exported: ExportedPlan, stamp: Date) {
        self.exported = exported
        self.stamp = stamp
    }

    func text() -> String {
        var out = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rounds//Visit plan//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE", "TZID:\(Self.timeZone)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "END:STANDARD", "END:VTIMEZONE",
        ].map(ICSText.folded).joined()
        let dtstamp = Self.utc(stamp)
        for visit in exported.visits {
            let day = visit.date.description.replacingOccurrences(of: "-", with: "")
            out += ICSText.line("BEGIN", "VEVENT")
            out += ICSText.line("UID", "\(visit.rep)-\(day)-\(visit.stop.customer)@rounds")
            out += ICSText.line("DTSTAMP", dtstamp)
            out += ICSText.line("DTSTART;TZID=\(Self.timeZone)", day + "T" + Self.time(visit.arrive))
            out += ICSText.line("DTEND;TZID=\(Self.timeZone)", day + "T" + Self.time(visit.depart))
            let title = visit.name.isEmpty ? visit.stop.customer : "\(visit.name) (\(visit.stop.customer))"
            out += ICSText.line("SUMMARY", ICSText.escaped(title))
            if let address = visit.customer?.address, !address.isEmpty {
                out += ICSText.line("LOCATION", ICSText.escaped(address))
            }
            if let place = visit.customer?.location {
                out += ICSText.line("GEO", "\(place.latitude);\(place.longitude)")
            }
            if !visit.why.isEmpty {
                out += ICSText.line("DESCRIPTION", ICSText.escaped(visit.why.joined(separator: "\n")))
            }
            out += ICSText.line("CATEGORIES", ICSText.escaped(visit.rep))
            out += ICSText.line("TRANSP", "OPAQUE")
            out += ICSText.line("END", "VEVENT")
        }
        return out + ICSText.line("END", "VCALENDAR")
    }

    /// `HH:MM` as `HHMM00`.
    private static func time(_ clock: String) -> String {
        clock.replacingOccurrences(of: ":", with: "") + "00"
    }

    /// A UTC date-time, `20261130T043000Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
