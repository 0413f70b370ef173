import Foundation
import RoundsDomain

/// Deals and their stage history: every stage a deal enters leaves a `deal_stage_history` row
/// with who moved it and when, beside the change log's before/after.
extension SQLStore {
    public func addDeal(_ deal: Deal, flow: SalesFlow, author: String) throws -> Deal {
        var deal = deal
        if deal.stage.isEmpty { deal.stage = flow.first.code }
        try flow.checkNew(deal)
        return try append { db in
            let now = Timestamp.text(Date())
            let saved = try insertIndexed(.deal, SQLArguments(
                [nil] + HistoryRows.dealValues(deal, repID: try repID(deal.rep, forNewRecordOf: deal.customer, in: db)) + [now, now]),
                customer: deal.customer, in: db, HistoryRows.deal)
            try recordStage(dealID: Int64(saved.id!), from: nil, to: deal.stage, author: author, at: now, in: db)
            try ChangeLog.record(db, entity: "deal", code: deal.customer, action: "add", value: saved, author: author, at: now)
            return saved
        }
    }

    public func moveDeal(id: Int, to stage: DealStage, flow: SalesFlow, author: String,
                         _ change: (inout Deal) throws -> Void) throws -> Deal {
        try write { db in
            guard var deal = try fetch(HistoryRows.deal, id: Int64(id), in: db, HistoryRows.deal) else {
                throw StorageErrors.unknownDeal(id)
            }
            let before = deal
            try change(&deal)
            try flow.move(&deal, to: stage)
            let now = Timestamp.text(Date())
            let repID = try owner(before.customer, rep: deal.rep, in: db).repID
            try db.execute(HistoryRows.updateDealSQL,
                           SQLArguments(HistoryRows.dealValues(deal, repID: repID) + [now, id]))
            try recordStage(dealID: Int64(id), from: before.stage, to: deal.stage, author: author, at: now, in: db)
            let saved = try fetchIndexed(HistoryRows.deal, .deal, id: Int64(id), replacing: true, in: db, HistoryRows.deal)
            try ChangeLog.record(db, entity: "deal", code: saved.customer, action: "move", value: saved, before: before,
                                 author: author, at: now)
            return saved
        }
    }

    public func deal(id: Int) throws -> Deal? {
        try read { db in try fetch(HistoryRows.deal, id: Int64(id), in: db, HistoryRows.deal) }
    }

    public func deals(_ query: HistoryQuery, stages: [String]?) throws -> [Deal] {
        try list(HistoryRows.deal, query, extra: stages.map { [HistorySQL.among("x.stage", $0)] } ?? [], decode: HistoryRows.deal)
    }

    public func stageChanges(dealID: Int) throws -> [DealStageChange] {
        try read { db in
            try db.rows("""
                SELECT from_stage, to_stage, author, at FROM deal_stage_history WHERE deal_id = ? ORDER BY id
                """, [dealID]).map { row in
                DealStageChange(from: row[0], to: row[1], author: row[2],
                                at: Timestamp.date(row[3]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    public func dealIDs(prefix: String, stages: [String], limit: Int) throws -> [String] {
        let among = HistorySQL.among("stage", stages)
        return try read { db in
            try db.values(String.self, """
                SELECT CAST(id AS TEXT) FROM deal WHERE \(among.sql) AND CAST(id AS TEXT) LIKE ? ORDER BY id DESC LIMIT ?
                """, among.arguments + [Self.digitsPrefix(prefix), limit])
        }
    }

    private func recordStage(dealID: Int64, from: String?, to: String, author: String, at now: String, in db: any SQLDatabase) throws {
        try db.execute(HistoryRows.insertStageSQL, [dealID, from, to, author, now])
    }

    /// A LIKE pattern for ids starting with `prefix`; anything but digits matches nothing.
    static func digitsPrefix(_ prefix: String) -> SQLValue {
        (prefix.allSatisfy(\.isASCII) && prefix.allSatisfy(\.isNumber) ? prefix + "%" : "-").sqlValue
    }
}
