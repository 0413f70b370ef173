import Foundation

/// A reading pair kept together so a generated name and its フリガナ always match.
struct NamePart: Sendable {
    let kanji: String
    let kana: String
}

/// What kind of business a town is full of: it decides the mix of trades there.
enum TownProfile: Sendable {
    case industrial, business, mixed, residential
}

/// One Tokyo-area ward or city the demo customers cluster in.
///
/// The centre is the real ward or city office; customers fall around it with a Gaussian spread
/// cut at two standard deviations, so bay-side wards keep their customers on land.
///
/// ```swift
/// let ota = DemoTowns.all.first { $0.city == "大田区" }!
/// ota.address(&random)   // 東京都大田区蒲田3-12-5
/// ```
struct Town: Sendable {
    let prefecture: String
    let city: String
    let latitude: Double
    let longitude: Double
    let spreadKm: Double
    /// How many customers the town gets relative to the others.
    let weight: Double
    let profile: TownProfile
    let areaCode: String
    /// The first digits of the local number, by exchange (03-37xx-xxxx in Ota).
    let exchanges: [String]
    /// 町名 with their highest 丁目, for addresses.
    let areas: [(name: String, chome: Int)]
    /// Local place names trade names are made of (蒲田精機).
    let placeNames: [NamePart]

    /// - Parameters:
    ///   - areas: `"蒲田5 西蒲田8"`: each 町名 followed by its highest 丁目.
    ///   - places: `"蒲田:カマタ 大森:オオモリ"`.
    init(_ prefecture: String, _ city: String, _ latitude: Double, _ longitude: Double, spread: Double, weight: Double,
         _ profile: TownProfile, phone areaCode: String, _ exchanges: [String], areas: String, places: String) {
        self.prefecture = prefecture
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
        self.spreadKm = spread
        self.weight = weight
        self.profile = profile
        self.areaCode = areaCode
        self.exchanges = exchanges
        self.areas = areas.split(separator: " ").map { word in
            let digits = word.reversed().prefix { $0.isASCII && $0.isNumber }.count
            return (String(word.dropLast(digits)), Int(word.suffix(digits))!)
        }
        self.placeNames = places.split(separator: " ").map { pair in
            let parts = pair.split(separator: ":")
            return NamePart(kanji: String(parts[0]), kana: String(parts[1]))
        }
    }

    /// A point around the centre, rounded to 6 decimals (about 10 cm) as a geocoder would give.
    func point(_ random: inout DemoRandom) -> (latitude: Double, longitude: Double) {
        var (north, east) = random.gaussianPair()
        while north * north + east * east > 4 { (north, east) = random.gaussianPair() }
        let latitude = latitude + north * spreadKm / Geo.kmPerDegreeLatitude
        let longitude = longitude + east * spreadKm / Geo.kmPerDegreeLongitude
        return ((latitude * 1e6).rounded() / 1e6, (longitude * 1e6).rounded() / 1e6)
    }

    /// `東京都大田区蒲田3-12-5`; about one in five has no 号, as many real addresses don't.
    func address(_ random: inout DemoRandom) -> String {
        let area = random.pick(areas)
        let chome = random.int(in: 1...area.chome)
        // Small block numbers are more common than large ones.
        let banchi = 1 + Int(28 * random.unit() * random.unit())
        var text = prefecture + city + area.name + String(chome) + "-" + String(banchi)
        if !random.chance(0.2) { text += "-" + String(random.int(in: 1...24)) }
        return text
    }

    /// `03-3731-2468` in the 23 wards, `044-433-1234` elsewhere: ten digits either way.
    func phone(_ random: inout DemoRandom) -> String {
        var local = random.pick(exchanges)
        let localLength = 6 - areaCode.count
        while local.count < localLength { local += String(random.below(10)) }
        return areaCode + "-" + local + "-" + String(random.below(10_000), zeroPaddedTo: 4)
    }
}

/// Degrees to kilometres around Tokyo (35.7° N): exact enough for spreads of a few kilometres.
enum Geo {
    static let referenceLatitude = 35.7
    static let kmPerDegreeLatitude = 110.95
    static let kmPerDegreeLongitude = 111.32 * cos(referenceLatitude * .pi / 180)
}
