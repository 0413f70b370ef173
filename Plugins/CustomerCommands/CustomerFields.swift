import ArgumentParser
import RoundsDomain

/// The customer options `customer add` and `customer edit` share. Values stay text until
/// `apply`, so a bad one is reported in Rounds' words, naming the field and the value.
struct CustomerFields: ParsableArguments {
    @Option(help: ArgumentHelp(Message.nameHelp.text(), valueName: "name")) var name: String?
    @Option(help: ArgumentHelp(Message.kanaHelp.text(), valueName: "reading")) var kana: String?
    @Option(help: ArgumentHelp(Message.addressHelp.text(), valueName: "address")) var address: String?
    @Option(help: ArgumentHelp(Message.latHelp.text(), valueName: "latitude")) var lat: String?
    @Option(help: ArgumentHelp(Message.lonHelp.text(), valueName: "longitude")) var lon: String?
    @Option(help: ArgumentHelp(Message.phoneHelp.text(), valueName: "phone")) var phone: String?
    @Option(help: ArgumentHelp(Message.repHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.rankHelp.text(), valueName: "focus|develop|maintain|none")) var rank: String?
    @Option(help: ArgumentHelp(Message.potentialHelp.text(), valueName: "yen")) var potential: String?
    @Option(name: .customLong("service-minutes"), help: ArgumentHelp(Message.serviceHelp.text(), valueName: "minutes"))
    var serviceMinutes: String?
    @Option(help: ArgumentHelp(Message.windowsHelp.text(), valueName: "HH:MM-HH:MM,…")) var windows: String?
    @Option(name: .customLong("closed-days"), help: ArgumentHelp(Message.closedDaysHelp.text(), valueName: "days"))
    var closedDays: String?
    @Option(name: .customLong("visit-interval"), help: ArgumentHelp(Message.visitIntervalHelp.text(), valueName: "days|none"))
    var visitInterval: String?
    @Option(help: ArgumentHelp(Message.statusHelp.text(), valueName: "active|dormant|archived")) var status: String?
    @Option(help: ArgumentHelp(Message.tagsHelp.text(), valueName: "tag,…")) var tags: String?

    /// Writes every given option into `customer`; an empty text clears an optional field.
    func apply(to customer: inout Customer) throws(RoundsError) {
        if let name { customer.name = name }
        if let kana { customer.nameKana = kana.nilIfEmpty }
        if let address { customer.address = address.nilIfEmpty }
        if let phone { customer.phone = phone.nilIfEmpty }
        if let rep { customer.rep = rep.nilIfEmpty }
        switch (lat, lon) {
        case (nil, nil): break
        case ("", ""): customer.location = nil
        case let (lat?, lon?): customer.location = try Coordinate(parsing: "\(lat),\(lon)")
        default: throw RoundsError(.invalidValue, .invalidField(lat == nil ? "lon" : "lat", lat ?? lon ?? "", .coordinatePair))
        }
        if let rank { customer.rank = rank.isEmpty || rank == "none" ? nil : try Rank(parsing: rank) }
        if let potential { customer.potentialYen = try Yen.parse(potential, field: "potential") }
        if let serviceMinutes {
            guard let minutes = Int(serviceMinutes) else {
                throw RoundsError(.invalidValue, .invalidField("service-minutes", serviceMinutes, .notANumber))
            }
            customer.serviceMinutes = minutes
        }
        if let windows { customer.timeWindows = try TimeWindow.list(parsing: windows, field: "windows") }
        if let closedDays { customer.closedDays = try Weekday.set(parsing: closedDays, field: "closed-days") }
        if let visitInterval {
            if visitInterval.isEmpty || visitInterval == "none" {
                customer.visitIntervalDays = nil
            } else {
                guard let days = Int(visitInterval) else {
                    throw RoundsError(.invalidValue, .invalidField("visit-interval", visitInterval, .notANumber))
                }
                customer.visitIntervalDays = days
            }
        }
        if let status { customer.status = try CustomerStatus(parsing: status) }
        if let tags { customer.tags = Customer.tags(parsing: tags) }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
