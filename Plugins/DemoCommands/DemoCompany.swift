import RoundsDomain

/// A realistic, reproducible route-sales company: reps with territories around Tokyo and the
/// customers they visit. Pure: the same numbers and seed give byte-identical data (across
/// platforms too, unless a C library's `exp` or `log` differs in a last bit that survives the
/// rounding to 6 decimals and to ¥10,000).
///
/// Each customer draws from its own random stream, so the first 300 customers of a 10,000-customer
/// company are the customers of a 300-customer company with the same seed (only their reps differ,
/// as territories follow the rep count).
///
/// ```swift
/// let company = DemoCompany(customers: 300, reps: 8, seed: 1).generate()
/// try store.addCompany(reps: company.reps, customers: company.customers, author: "demo") { _ in }
/// ```
///
/// `DemoHistory` adds the company's past.
public struct DemoCompany: Sendable {
    public static let customerRange = 1...1_000_000
    public static let repRange = 1...500
    public static let defaultCustomers = 300
    public static let defaultReps = 8
    public static let defaultSeed: UInt64 = 1

    public let customerCount: Int
    public let repCount: Int
    public let seed: UInt64

    public init(customers: Int = defaultCustomers, reps: Int = defaultReps, seed: UInt64 = defaultSeed) {
        precondition(Self.customerRange.contains(customers) && Self.repRange.contains(reps), "demo company size out of range")
        customerCount = customers
        repCount = reps
        self.seed = seed
    }

    /// `progress` hears how many customers are made so far, every thousand; throwing from it
    /// (Ctrl-C) stops the generation.
    /// `sectors[i]` is the kind of business of `customers[i]`, which its history follows.
    public func generate<Failure: Error>(progress: (Int) throws(Failure) -> Void) throws(Failure) -> Generated {
        // C00001…C99999, one digit more only for companies that need it, so codes sort as numbers.
        let width = max(5, String(customerCount).count)
        var customers: [Customer] = []
        var sectors: [SectorKind] = []
        customers.reserveCapacity(customerCount)
        sectors.reserveCapacity(customerCount)
        for index in 1...customerCount {
            let made = DemoCustomers.make(code: "C" + String(index, zeroPaddedTo: width), index: index, seed: seed)
            customers.append(made.customer)
            sectors.append(made.sector)
            if index % 1000 == 0 { try progress(index) }
        }
        let points = customers.map { customer in
            PlanePoint(latitude: customer.location!.latitude, longitude: customer.location!.longitude)
        }
        let territories = Territories(points: points, count: repCount)
        let reps = DemoReps.make(territories: territories, seed: seed)
        for index in customers.indices {
            customers[index].rep = reps[territories.territory(of: points[index])].code
        }
        return (reps, customers, sectors)
    }

    public typealias Generated = (reps: [Rep], customers: [Customer], sectors: [SectorKind])

    public func generate() -> Generated {
        generate { (_: Int) throws(Never) in }
    }
}
