import Foundation
import RoundsDomain
import RoundsExchange
import RoundsShell
import RoundsStorage

/// Imports history rows (orders, deals, notes, visits, contacts) while the file is read: each good row goes
/// to the store's writer at once, so memory stays flat however long the file is. A row's own
/// problems and its references (customers, reps, ids repeated in the file) are checked here; the
/// writer stops writing at the first problem (`ImportInput.forEachRow` tells of it), and the store
/// rolls the whole file back.
struct HistoryImport {
    private let customers: Set<String>
    private let reps: Set<String>

    /// Reads the codes rows may refer to, before the import's transaction opens.
    init(store: any Store) throws {
        customers = Set(try store.customerCodes(prefix: "", limit: Int.max))
        reps = Set(try store.repCodes(prefix: "", limit: Int.max))
    }

    /// Orders come by the million: they are read and checked on a thread of their own while this
    /// one writes them (see `RowPipe`). After the first problem the reader sends no more orders.
    func orders(_ input: inout ImportInput, writer: any ImportWriter, session: Session,
                problems: inout ProblemCollector) throws {
        let pipe = RowPipe<Order>(capacity: 8)
        let reading = Reading(input: input, problems: problems)
        Thread { [self] in
            var clean = true
            var batch: [Order] = []
            var ids = IDs()
            pipe.finish(Result {
                try reading.input.forEachRow(session: session, problems: &reading.problems, onProblem: { clean = false }) { cells in
                    let order = OrderTable.parse(&cells)
                    guard checkReferences(&cells), let order, ids.check(order.id, &cells) else { return }
                    ids.remember(order.id, cells)
                    guard clean else { return }
                    batch.append(order)
                    guard batch.count == 1000 else { return }
                    guard pipe.send(batch) else { throw CancellationError() }
                    batch.removeAll(keepingCapacity: true)
                }
                if clean, !batch.isEmpty { _ = pipe.send(batch) }
            })
        }.start()
        defer {
            pipe.stop()
            input = reading.input
            problems = reading.problems
        }
        while let batch = try pipe.receive() {
            for order in batch { try writer.addOrder(order) }
        }
        if !reading.problems.isEmpty { writer.fail() }
    }

    /// Deals, notes, visits and contacts: fewer than orders, each upserted by id as it is read.
    func records(_ entity: Entity, _ input: inout ImportInput, rules: CompanyRules, writer: any ImportWriter,
                 session: Session, problems: inout ProblemCollector) throws {
        switch entity {
        case .deals:
            let flow = rules.salesFlow
            try upsert(&input, session, &problems, writer, { DealTable.parse(&$0, flow: flow) }) { try writer.putDeal($0, flow: flow) }
        case .notes:
            try upsert(&input, session, &problems, writer, { NoteTable.parse(&$0) }, writer.putNote)
        case .visits:
            let requirements = rules.visitRequirements
            try upsert(&input, session, &problems, writer, { VisitTable.parse(&$0, requirements: requirements) }) {
                try writer.putVisit($0, requirements: requirements)
            }
        case .contacts:
            try upsert(&input, session, &problems, writer, { ContactTable.parse(&$0) }, writer.putContact)
        case .customers, .reps, .orders:
            preconditionFailure("\(entity) are not imported as records")
        }
    }

    private func upsert<Record: IdentifiedRecord>(_ input: inout ImportInput, _ session: Session, _ problems: inout ProblemCollector,
                                                 _ writer: any ImportWriter, _ parse: (inout CellReader) -> Record?,
                                                 _ put: (Record) throws -> Int?) throws {
        var ids = IDs()
        try input.forEachRow(session: session, problems: &problems, onProblem: writer.fail) { cells in
            let record = parse(&cells)
            guard checkReferences(&cells), let record, ids.check(record.id, &cells) else { return }
            try ids.put(record.id, &cells) { try put(record) }
        }
    }

    /// Reports a customer or rep the store does not know, also in a row with other problems.
    private func checkReferences(_ cells: inout CellReader) -> Bool {
        var known = true
        if let code = cells.text("customer"), !customers.contains(code) {
            cells.report("customer", RoundsError(.invalidValue, .unknownCustomerCode(code)))
            known = false
        }
        if let code = cells.text("rep"), !reps.contains(code) {
            cells.report("rep", RoundsError(.invalidValue, .unknownRepCode(code)))
            known = false
        }
        return known
    }

    /// What the reading thread of `orders` works on, handed back when it is done.
    private final class Reading: @unchecked Sendable {
        var input: ImportInput
        var problems: ProblemCollector

        init(input: ImportInput, problems: ProblemCollector) {
            self.input = input
            self.problems = problems
        }
    }

    /// The ids a file has used, given or assigned, by the row that used them first: an id twice
    /// in one file would update its own row.
    private struct IDs {
        private var firstRows: [Int: Int] = [:]

        func check(_ id: Int?, _ cells: inout CellReader) -> Bool {
            guard let id, let first = firstRows[id] else { return true }
            cells.report("id", RoundsError(.invalidValue, .duplicateID(id, firstRow: first)))
            return false
        }

        /// Keeps the id a row gives, for rows whose store assigns no id on the way (orders).
        mutating func remember(_ id: Int?, _ cells: CellReader) {
            if let id { firstRows[id] = cells.row.number }
        }

        /// Writes the row (`given` is its id in the file); the store's refusal (an id of another
        /// customer's record) is the row's problem.
        mutating func put(_ given: Int?, _ cells: inout CellReader, _ write: () throws -> Int?) throws {
            do {
                if let id = try write() ?? given { firstRows[id] = cells.row.number }
            } catch let error as RoundsError where error.code == .invalidValue {
                cells.report("id", error)
            }
        }
    }
}

/// A record an import upserts by the id its file may give.
protocol IdentifiedRecord {
    var id: Int? { get }
}

extension Deal: IdentifiedRecord {}
extension Note: IdentifiedRecord {}
extension Visit: IdentifiedRecord {}
extension Contact: IdentifiedRecord {}
