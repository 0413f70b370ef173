import Foundation
import GRDB

/// Who changed what and when: every write leaves a row, so `customer log` can tell the story
/// and nothing a rep typed is lost without a trace.
enum ChangeLog {
    static func record<Value: Encodable>(_ db: Database, entity: String, code: String, action: String,
                                         value: Value, author: String, at now: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data = String(decoding: try encoder.encode(value), as: UTF8.self)
        try db.execute(sql: "INSERT INTO change_log (at, author, entity, code, action, data) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [now, author, entity, code, action, data])
    }

    /// One row for a bulk load instead of one per record: the records carry their own timestamps.
    static func recordBulk(_ db: Database, entity: String, count: Int, author: String, at now: String) throws {
        try db.execute(sql: "INSERT INTO change_log (at, author, entity, code, action, data) VALUES (?, ?, ?, '*', 'bulk-add', ?)",
                       arguments: [now, author, entity, "{\"count\":\(count)}"])
    }
}
