import RoundsDomain
import RoundsExchange
import RoundsShell
import RoundsStorage

/// Reads every row of a customer or rep import and checks what one row cannot tell alone: codes
/// repeated in the file, and references to reps that do not exist. (History rows stream through
/// `HistoryImport`.)
enum RowChecks {
    static func customers(_ input: inout ImportInput, store: any Store, session: Session,
                          problems: inout ProblemCollector) throws -> [Customer] {
        let reps = Set(try store.repCodes(prefix: "", limit: Int.max))
        var customers: [Customer] = []
        var firstRows: [String: Int] = [:]
        try input.forEachRow(session: session, problems: &problems) { cells in
            var (customer, status) = CustomerTable.parse(&cells)
            if let rep = customer.rep, !reps.contains(rep) { cells.report("rep", RoundsError(.invalidValue, .unknownRepCode(rep))) }
            guard checkUnique(customer.code, &cells, &firstRows) else { return }
            if status == nil, let stored = try store.customer(code: customer.code) { status = stored.status }
            customer.status = status ?? .active
            customers.append(customer)
        }
        return customers
    }

    static func reps(_ input: inout ImportInput, session: Session, problems: inout ProblemCollector) throws -> [Rep] {
        var reps: [Rep] = []
        var firstRows: [String: Int] = [:]
        try input.forEachRow(session: session, problems: &problems) { cells in
            let rep = RepTable.parse(&cells)
            if checkUnique(rep.code, &cells, &firstRows) { reps.append(rep) }
        }
        return reps
    }

    /// Records a repeated code; false when `code` was seen before.
    private static func checkUnique(_ code: String, _ cells: inout CellReader, _ firstRows: inout [String: Int]) -> Bool {
        guard !code.isEmpty else { return false }
        if let first = firstRows[code] {
            cells.report("code", RoundsError(.invalidValue, .duplicateCode(code, firstRow: first)))
            return false
        }
        firstRows[code] = cells.row.number
        return true
    }
}
