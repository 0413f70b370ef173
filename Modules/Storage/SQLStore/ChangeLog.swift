import Foundation

/// Who changed what and when: every write leaves a row, so `customer log` can tell the story
/// and nothing a rep typed is lost without a trace.
///
/// `data` holds the record as JSON after the write; a write that changes an existing record
/// holds `{"before": …, "after": …}`, so the log can show each changed field old → new.
enum ChangeLog {
    /// One for every record: making one costs a shell logging visits a few percent of its time.
    private static let encoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func record<Value: Encodable>(_ db: any SQLDatabase, entity: String, code: String, action: String,
                                         value: Value, before: Value? = nil, author: String, at now: String) throws {
        let json = try before.map { try encoder.encode(Edit(before: $0, after: value)) } ?? encoder.encode(value)
        try db.send("INSERT INTO change_log (at, author, entity, code, action, data) VALUES (?, ?, ?, ?, ?, ?)",
                       [now, author, entity, code, action, String(decoding: json, as: UTF8.self)])
    }

    /// The whole bulk load's total under code `*`, beside its rows per customer (`recordCounts`):
    /// the records carry their own timestamps.
    static func recordBulk(_ db: any SQLDatabase, entity: String, count: Int, author: String, at now: String) throws {
        try db.send("INSERT INTO change_log (at, author, entity, code, action, data) VALUES (?, ?, ?, '*', 'bulk-add', ?)",
                       [now, author, entity, "{\"count\":\(count)}"])
    }

    /// One row per customer for a bulk write (`{"count":12}` under its code), so `customer log`
    /// shows the load without a row per record: at most one per customer, however many records.
    static func recordCounts(_ db: any SQLDatabase, entity: String, counts: [String: Int], action: String, author: String,
                             at now: String) throws {
        for (code, count) in counts.sorted(by: { $0.key < $1.key }) {
            try db.send("INSERT INTO change_log (at, author, entity, code, action, data) VALUES (?, ?, ?, ?, ?, ?)",
                           [now, author, entity, code, action, "{\"count\":\(count)}"])
        }
    }

    static func changes(_ db: any SQLDatabase, code: String, entities: [String]) throws -> [Change] {
        let among = HistorySQL.among("entity", entities)
        let rows = try db.rows("""
            SELECT at, author, entity, code, action, data FROM change_log WHERE code = ? AND \(among.sql) ORDER BY id
            """, [code] + among.arguments)
        return rows.map { row in
            let data = (try? JSONSerialization.jsonObject(with: Data((row[5] as String).utf8))) as? [String: Any] ?? [:]
            var after = data
            var edits: [FieldEdit] = []
            if let old = data["before"] as? [String: Any], let new = data["after"] as? [String: Any] {
                after = new
                let (oldFields, newFields) = (flatten(old), flatten(new))
                edits = Set(oldFields.keys).union(newFields.keys).sorted()
                    .filter { oldFields[$0] != newFields[$0] }
                    .map { FieldEdit(name: $0, old: oldFields[$0], new: newFields[$0]) }
            }
            return Change(at: Timestamp.date(row[0]) ?? Date(timeIntervalSince1970: 0), author: row[1], entity: row[2],
                          code: row[3], action: row[4], fields: flatten(after), edits: edits)
        }
    }

    private struct Edit<Value: Encodable>: Encodable {
        let before: Value
        let after: Value
    }

    /// The JSON object's fields as text under snake_case names (`amountYen` → `amount_yen`, as
    /// listings name them), each as users type it (`ChangeLogText`), empty values left out.
    private static func flatten(_ object: [String: Any]) -> [String: String] {
        var fields: [String: String] = [:]
        for (key, value) in object {
            if let text = ChangeLogText.text(value, key: key), !text.isEmpty { fields[snakeCase(key)] = text }
        }
        return fields
    }

    private static func snakeCase(_ key: String) -> String {
        key.reduce(into: "") { name, character in
            if character.isUppercase {
                name += "_" + character.lowercased()
            } else {
                name.append(character)
            }
        }
    }
}
