import RoundsDomain

/// Writes the rows of one import inside the transaction `ImportStore.importRows` opened.
///
/// ```swift
/// try store.importRows(author: "sato", dryRun: false) { writer in
///     let id = try writer.putNote(Note(customer: "C1", date: day, text: "東和冷機が見積を提出"))   // added
///     _ = try writer.putNote(Note(id: id, customer: "C1", date: day, text: "見積は来週"))          // updated
/// }
/// ```
///
/// The `put` methods upsert by id: a record whose id is stored is updated, one without an id is
/// added, and one with an id not yet stored is added under that id (so an export imported into an
/// empty database gives the same records). Each checks the record first and throws an
/// `.invalidValue` error for a row the store refuses (a stage without its required fields, an
/// id that belongs to another customer); such a row writes nothing and fails the import. Callers
/// check references (customers, reps) beforehand: an unknown one is an error for the whole file.
/// Searchable records (notes, visits, deals) enter the search index as they are written.
public protocol ImportWriter: AnyObject {
    /// Stops writing: the transaction will be rolled back, and later rows are still checked (so
    /// every bad row is reported) but not written.
    func fail()

    /// Appends an order (orders have no natural key); without a rep it gets its customer's.
    func addOrder(_ order: Order) throws
    /// Checks the deal against `flow` (its stage exists and it carries what the stage requires)
    /// and upserts it, recording a stage move when the stage changed. The id written, nil once failed.
    func putDeal(_ deal: Deal, flow: SalesFlow) throws -> Int?
    /// Upserts the note; without an author it is the importing user's. The id written, nil once failed.
    func putNote(_ note: Note) throws -> Int?
    /// Checks the visit against `requirements` for its status and upserts it. The id written, nil once failed.
    func putVisit(_ visit: Visit, requirements: VisitRequirements) throws -> Int?
    /// Upserts the contact. The id written, nil once failed.
    func putContact(_ contact: Contact) throws -> Int?
}
