import Foundation
import RoundsDomain

/// Draws one demo customer from its own random stream; the rep is assigned later, by territory.
/// The sector comes along: the customer's history buys what its kind of business uses.
///
/// ```swift
/// let (customer, sector) = DemoCustomers.make(code: "C00001", index: 1, seed: 1)
/// // 株式会社蒲田精機 (カマタセイキ), 東京都大田区蒲田3-12-5, 03-3731-2468, …; .manufacturing
/// ```
enum DemoCustomers {
    static func make(code: String, index: Int, seed: UInt64) -> (customer: Customer, sector: SectorKind) {
        var random = DemoRandom(seed: seed, stream: .customers, index: index)
        let town = DemoTowns.all[DemoTowns.byWeight.pick(&random)]
        let sector = DemoSectors.mix(for: town.profile).pick(&random)
        let trade = sector.trades.pick(&random)
        let prefix = switch sector.nameSources.pick(&random) {
        case .family: random.pick(DemoData.familyNames)
        case .coined: random.pick(DemoData.coinedNames)
        case .place: random.pick(town.placeNames)
        }
        let name = sector.legalForms.pick(&random).apply(to: prefix.kanji + trade.name.kanji)
        let point = town.point(&random)
        // One latent size drives both the potential and (with noise) the rank, so they agree
        // the way a sales manager's judgement and the numbers usually do.
        let (size, judgement) = random.gaussianPair()
        let potential = DemoRanks.potential(size: size, scale: trade.scale)
        let rank = DemoRanks.rank(score: size + DemoRanks.judgementNoise * judgement)

        var customer = Customer(code: code, name: name)
        // Readings leave out 株式会社 and 有限会社: lists sort and search by the name itself.
        customer.nameKana = prefix.kana + trade.name.kana
        customer.address = town.address(&random)
        // The towns all lie in the Tokyo area, far inside the valid latitude and longitude ranges.
        customer.location = try! Coordinate(latitude: point.latitude, longitude: point.longitude)
        customer.phone = town.phone(&random)
        customer.rank = rank
        customer.potentialYen = potential
        customer.serviceMinutes = DemoRanks.serviceMinutes(for: rank).pick(&random)
        customer.timeWindows = random.chance(sector.windowShare) ? sector.windows.pick(&random) : []
        customer.closedDays = sector.closedDays.pick(&random)
        customer.status = random.chance(DemoRanks.dormantShare(for: rank)) ? .dormant : .active
        customer.tags = tags(rank: rank, potential: potential, status: customer.status, &random)
        return (customer, sector.kind)
    }

    /// A few tags on some customers, always in the same order.
    private static func tags(rank: Rank?, potential: Int, status: CustomerStatus, _ random: inout DemoRandom) -> [String] {
        let tags = DemoData.tags
        var result: [String] = []
        if random.chance(rank == .develop ? 0.25 : 0.03) { result.append(tags.newBusiness) }
        if random.chance(status == .dormant ? 0.3 : 0.08) { result.append(tags.followUp) }
        if status == .active, random.chance(0.05) { result.append(tags.priceTalks) }
        if random.chance(0.12) { result.append(tags.competitor) }
        if potential >= DemoRanks.largeAccountYen { result.append(tags.large) }
        if random.chance(0.03) { result.append(tags.referrer) }
        return result
    }
}

/// How potential, rank, visit length and dormancy hang together.
enum DemoRanks {
    /// A typical small business could buy about ¥1.2M a year; a few buy fifty times that.
    static let medianPotential = 1_200_000.0
    static let potentialSpread = 0.9
    static let largeAccountYen = 5_000_000
    static let judgementNoise = 0.6

    /// Log-normal, rounded to ¥10,000 as sales plans are, never below ¥10,000.
    static func potential(size: Double, scale: Double) -> Int {
        let yen = medianPotential * scale * exp(potentialSpread * size)
        return max(1, Int((yen / 10_000).rounded())) * 10_000
    }

    /// The score is normal with standard deviation √(1 + noise²); cutting it at its 85th, 55th and
    /// 10th percentiles gives 15% focus, 30% develop, 45% maintain and 10% unranked.
    static func rank(score: Double) -> Rank? {
        let deviation = (1 + judgementNoise * judgementNoise).squareRoot()
        if score > 1.036_43 * deviation { return .focus }
        if score > 0.125_66 * deviation { return .develop }
        if score > -1.281_55 * deviation { return .maintain }
        return nil
    }

    /// Focus customers get the long visits.
    static func serviceMinutes(for rank: Rank?) -> Weighted<Int> {
        switch rank {
        case .focus: focusMinutes
        case .develop: developMinutes
        case .maintain: maintainMinutes
        case nil: unrankedMinutes
        }
    }

    /// Unranked customers are the ones that went quiet.
    static func dormantShare(for rank: Rank?) -> Double {
        switch rank {
        case .focus: 0.01
        case .develop: 0.03
        case .maintain: 0.08
        case nil: 0.3
        }
    }

    private static let focusMinutes = Weighted([(30, 25), (45, 40), (60, 35)])
    private static let developMinutes = Weighted([(20, 5), (30, 45), (45, 35), (60, 15)])
    private static let maintainMinutes = Weighted([(20, 30), (30, 50), (45, 15), (60, 5)])
    private static let unrankedMinutes = Weighted([(20, 50), (30, 45), (45, 5)])
}
