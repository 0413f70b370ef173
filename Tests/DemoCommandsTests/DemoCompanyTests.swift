@testable import DemoCommands
import Foundation
import RoundsDomain
import Testing

/// One mid-sized company shared by the tests that only read it: generating it once keeps the
/// suite fast.
private let company = DemoCompany(customers: 5_000, reps: 8, seed: 1).generate()

private func isKatakana(_ text: String, allowingSpace: Bool = false) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { (0x30A0...0x30FF).contains($0.value) || (allowingSpace && $0 == " ") }
}

private func kilometres(_ latitude: Double, _ longitude: Double, _ town: Town) -> Double {
    PlanePoint(latitude: latitude, longitude: longitude)
        .squaredDistance(to: PlanePoint(latitude: town.latitude, longitude: town.longitude)).squareRoot()
}

@Suite("DemoCompany")
struct DemoCompanyTests {
    @Test func sameSeedGivesTheSameCompany() {
        let again = DemoCompany(customers: 5_000, reps: 8, seed: 1).generate()
        #expect(again.reps == company.reps)
        #expect(again.customers == company.customers)
    }

    @Test func differentSeedsGiveDifferentCompanies() {
        let other = DemoCompany(customers: 5_000, reps: 8, seed: 2).generate()
        #expect(other.customers != company.customers)
        #expect(other.reps != company.reps)
    }

    @Test func aSmallCompanyIsTheStartOfALargeOne() {
        let small = DemoCompany(customers: 300, reps: 3, seed: 1).generate().customers
        for (smaller, larger) in zip(small, company.customers) {
            var withoutRep = larger
            withoutRep.rep = smaller.rep
            #expect(smaller == withoutRep)
        }
    }

    @Test func everyCustomerAndRepValidates() throws {
        for customer in company.customers { try customer.validate() }
        for rep in company.reps { try rep.validate() }
    }

    @Test func countsAndCodes() {
        #expect(company.customers.count == 5_000)
        #expect(company.reps.count == 8)
        #expect(company.customers.first?.code == "C00001")
        #expect(company.customers.last?.code == "C05000")
        #expect(company.reps.map(\.code) == (1...8).map { "R0\($0)" })
        #expect(Set(company.customers.map(\.code)).count == company.customers.count)
        #expect(DemoCompany(customers: 1_000, reps: 500, seed: 1).generate().reps.last?.code == "R500")
    }

    @Test func largeCompaniesWidenTheCodesSoTheySort() {
        let codes = DemoCompany(customers: 100_000, reps: 1, seed: 3).generate().customers.map(\.code)
        #expect(codes.first == "C000001")
        #expect(codes == codes.sorted())
    }

    @Test func everythingLiesInTheTokyoArea() throws {
        let latitudes = 35.40...35.95, longitudes = 139.20...140.05
        for customer in company.customers {
            let location = try #require(customer.location)
            #expect(latitudes.contains(location.latitude) && longitudes.contains(location.longitude), "\(customer.code)")
        }
        for rep in company.reps {
            for point in [rep.start, rep.end].compactMap({ $0 }) {
                #expect(latitudes.contains(point.latitude) && longitudes.contains(point.longitude), "\(rep.code)")
            }
        }
    }

    @Test func addressPhoneAndCoordinatesAgreeOnTheTown() throws {
        for customer in company.customers {
            let address = try #require(customer.address)
            let town = try #require(DemoTowns.all.first { address.hasPrefix($0.prefecture + $0.city) }, "\(address)")
            let location = try #require(customer.location)
            // Two standard deviations, plus rounding.
            #expect(kilometres(location.latitude, location.longitude, town) <= 2 * town.spreadKm + 0.01, "\(customer.code)")
            let phone = try #require(customer.phone)
            #expect(phone.hasPrefix(town.areaCode + "-"), "\(customer.code) \(phone)")
            #expect(phone.filter(\.isNumber).count == 10, "\(phone)")
            #expect(town.city.hasSuffix("区") && town.prefecture == "東京都" ? phone.hasPrefix("03-") : !phone.hasPrefix("03-"))
        }
    }

    @Test func everyCustomerHasARepThatExists() {
        let codes = Set(company.reps.map(\.code))
        #expect(company.customers.allSatisfy { $0.rep.map(codes.contains) == true })
    }

    @Test func territoriesAreBalanced() {
        let counts = Dictionary(grouping: company.customers, by: { $0.rep! }).mapValues(\.count)
        #expect(counts.count == 8)
        #expect(counts.values.allSatisfy { (560...690).contains($0) }, "\(counts)")
    }

    @Test func moreRepsThanCustomersStillWorks() {
        let tiny = DemoCompany(customers: 3, reps: 10, seed: 1).generate()
        #expect(tiny.reps.count == 10)
        let codes = Set(tiny.reps.map(\.code))
        #expect(tiny.customers.allSatisfy { $0.rep.map(codes.contains) == true })
    }

    @Test func rankMixIsAsSpecifiedAndFollowsPotential() {
        let total = Double(company.customers.count)
        func share(_ rank: Rank?) -> Double { Double(company.customers.filter { $0.rank == rank }.count) / total }
        #expect(abs(share(.focus) - 0.15) < 0.02)
        #expect(abs(share(.develop) - 0.30) < 0.02)
        #expect(abs(share(.maintain) - 0.45) < 0.02)
        #expect(abs(share(nil) - 0.10) < 0.02)
        func medianPotential(_ rank: Rank?) -> Int {
            let values = company.customers.filter { $0.rank == rank }.map(\.potentialYen).sorted()
            return values[values.count / 2]
        }
        #expect(medianPotential(.focus) > medianPotential(.develop))
        #expect(medianPotential(.develop) > medianPotential(.maintain))
        #expect(medianPotential(.maintain) > medianPotential(nil))
    }

    @Test func potentialsAreRoundAndHeavyTailed() {
        let potentials = company.customers.map(\.potentialYen).sorted()
        #expect(potentials.allSatisfy { $0 >= 10_000 && $0 % 10_000 == 0 })
        let median = potentials[potentials.count / 2]
        #expect(potentials.last! > 10 * median)
    }

    @Test func visitHabitsLookReal() {
        let total = Double(company.customers.count)
        let withWindows = Double(company.customers.filter { !$0.timeWindows.isEmpty }.count) / total
        #expect((0.5...0.7).contains(withWindows))
        let weekend = Double(company.customers.filter { $0.closedDays == [.saturday, .sunday] }.count) / total
        #expect(weekend > 0.5)
        #expect(company.customers.contains { $0.closedDays == [.sunday] })
        #expect(company.customers.contains { $0.closedDays.contains(.wednesday) })
        #expect(company.customers.allSatisfy { [20, 30, 45, 60].contains($0.serviceMinutes) })
        let dormant = Double(company.customers.filter { $0.status == .dormant }.count) / total
        #expect((0.03...0.15).contains(dormant))
        let tags = Set(company.customers.flatMap(\.tags))
        #expect(tags.isSubset(of: ["新規開拓", "要フォロー", "値上げ交渉中", "競合あり", "大口", "紹介元"]))
        #expect(tags.count == 6)
    }

    @Test func readingsAreKatakana() throws {
        for customer in company.customers {
            #expect(isKatakana(try #require(customer.nameKana)), "\(customer.code)")
        }
        for rep in company.reps {
            #expect(isKatakana(try #require(rep.nameKana), allowingSpace: true), "\(rep.code)")
        }
        let tables = DemoData.familyNames + DemoData.givenNames + DemoData.coinedNames + DemoTowns.all.flatMap(\.placeNames)
        for part in tables {
            #expect(isKatakana(part.kana), "\(part.kanji)")
        }
    }

    @Test func repsStartAtTheOfficeWithRealHours() throws {
        let starts = Set(company.reps.compactMap { $0.start?.description })
        #expect(starts.count == 1)
        let reps = DemoCompany(customers: 2_000, reps: 60, seed: 5).generate().reps
        #expect(Set(reps.map(\.name)).count == reps.count)
        #expect(reps.contains { $0.end != nil })
        #expect(reps.contains { $0.end == nil })
        #expect(Set(reps.map(\.workingHours.description)) == ["09:00-18:00", "08:30-17:30"])
        #expect(Set(reps.compactMap { $0.lunch?.description }) == ["12:00-13:00", "11:30-13:30/60"])
    }
}
