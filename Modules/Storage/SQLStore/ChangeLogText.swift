import Foundation
import RoundsDomain

/// A value from a change-log row as users type it: `sat,sun`, `09:00-12:00,13:00-17:00`,
/// `35.6,139.7`, not the Codable JSON the row stores (`[6,7]`, `{"start":{"minutes":540},…}`).
///
/// The rows keep their JSON as written, so this reads old rows and new ones alike; it goes by
/// the value's shape, and by name only where the shape says nothing (weekdays are numbers).
enum ChangeLogText {
    /// The text for `value` stored under `key`; nil for an empty one.
    static func text(_ value: Any, key: String) -> String? {
        switch value {
        case is NSNull: return nil
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        case let list as [Any]:
            if weekdayKeys.contains(key), let days = weekdays(list) { return Weekday.format(days) }
            let parts = list.compactMap { text($0, key: key) }
            return parts.count == list.count ? parts.joined(separator: ",") : json(list)
        case let object as [String: Any]: return domainText(object) ?? json(object)
        default: return json(value)
        }
    }

    /// The fields that hold `Weekday`s, stored by their numbers.
    private static let weekdayKeys: Set<String> = ["closedDays"]

    private static func weekdays(_ list: [Any]) -> [Weekday]? {
        let days = list.compactMap { ($0 as? NSNumber).flatMap { Weekday(rawValue: $0.intValue) } }
        return days.count == list.count ? days : nil
    }

    /// A coordinate, a time of day, a time window or a lunch break, known by its keys.
    private static func domainText(_ object: [String: Any]) -> String? {
        switch Set(object.keys) {
        case ["latitude", "longitude"]:
            guard let latitude = object["latitude"] as? NSNumber, let longitude = object["longitude"] as? NSNumber else { return nil }
            return (try? Coordinate(latitude: latitude.doubleValue, longitude: longitude.doubleValue))?.description
        case ["minutes"]:
            return timeOfDay(object)?.description
        case ["start", "end"]:
            guard let start = timeOfDay(object["start"]), let end = timeOfDay(object["end"]) else { return nil }
            return "\(start)-\(end)"
        case ["window", "minutes"]:
            guard let window = object["window"] as? [String: Any], let span = domainText(window),
                  let minutes = object["minutes"] as? NSNumber else { return nil }
            // As `LunchBreak` prints itself: the minutes only when they are less than the window.
            guard let start = timeOfDay(window["start"]), let end = timeOfDay(window["end"]),
                  minutes.intValue != end.minutes - start.minutes else { return span }
            return "\(span)/\(minutes.intValue)"
        default:
            return nil
        }
    }

    private static func timeOfDay(_ value: Any?) -> TimeOfDay? {
        guard let object = value as? [String: Any], object.count == 1, let minutes = object["minutes"] as? NSNumber,
              (0...1440).contains(minutes.intValue) else { return nil }
        return TimeOfDay(minutes: minutes.intValue)
    }

    /// Anything else as compact JSON, whole.
    private static func json(_ value: Any) -> String? {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]))
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
