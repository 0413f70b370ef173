import RoundsDomain
import RoundsRouting
import Testing

@Suite struct TravelMatrixFileTests {
    static let csv = """
        from,to,seconds
        office,C001,540
        C001,office,600
        office,"Kanda, 2nd",300
        "Kanda, 2nd",office,320.5
        C001,"Kanda, 2nd",120
        "Kanda, 2nd",C001,150
        """

    @Test func csvDiscoversPlacesInFileOrder() throws {
        // Excel's byte order mark before the header is not part of it.
        let (places, matrix) = try TravelMatrix.readCSV(path: Fixture.write("times.csv", "\u{FEFF}" + Self.csv))
        #expect(places == ["office", "C001", "Kanda, 2nd"])
        #expect(matrix.values == [0, 540, 300, 600, 0, 120, 320.5, 150, 0])
    }

    @Test func csvFollowsTheGivenPlaceOrder() throws {
        let (places, matrix) = try TravelMatrix.readCSV(path: Fixture.write("times.csv", Self.csv),
                                                        places: ["Kanda, 2nd", "C001", "office"])
        #expect(places == ["Kanda, 2nd", "C001", "office"])
        // One-way streets: each direction keeps its own time.
        #expect(matrix[0, 2] == 320.5)
        #expect(matrix[2, 0] == 300)
        #expect(matrix[1, 1] == 0)
    }

    @Test func csvPlaceListedTwiceIsRefused() throws {
        let path = try Fixture.write("times.csv", Self.csv)
        let error = #expect(throws: RoundsError.self) { try TravelMatrix.readCSV(path: path, places: ["office", "C001", "office"]) }
        #expect(error?.field == "places")
    }

    @Test func csvMissingPairIsNamed() throws {
        let path = try Fixture.write("times.csv", Self.csv.replacingOccurrences(of: "C001,office,600\n", with: ""))
        let error = #expect(throws: RoundsError.self) { try TravelMatrix.readCSV(path: path) }
        #expect(error?.message.en == "\(path): no travel time from 'C001' to 'office'")
    }

    @Test(arguments: [
        ("from,to,minutes\nA,B,1", 1, "header"),
        ("from,to,seconds\nA,B,1\nB,A,soon", 3, "seconds"),
        ("from,to,seconds\nA,B,1\n\nB,A,-4", 4, "seconds"),
        ("from,to,seconds\nA,B,1\nA,B,2", 3, "from"),
        ("from,to,seconds\nA,B,1\nB,Z,2", 3, "to"),
    ])
    func csvErrorsPointAtTheLine(text: String, line: Int, field: String) throws {
        let path = try Fixture.write("times.csv", text)
        let error = #expect(throws: RoundsError.self) { try TravelMatrix.readCSV(path: path, places: ["A", "B"]) }
        #expect(error?.location == RoundsError.Location(file: path, line: line), "\(error?.description ?? "")")
        #expect(error?.field == field)
    }

    @Test func osrmTableMayBeAsymmetric() throws {
        let json = #"{"code":"Ok","durations":[[0,540.2,300],[600,0,120],[320,150,0]],"sources":[]}"#
        let matrix = try TravelMatrix.readOSRMTable(path: Fixture.write("table.json", json))
        #expect(matrix.count == 3)
        #expect(matrix[0, 1] == 540.2)
        #expect(matrix[1, 0] == 600)
    }

    @Test func osrmNullIsAnUnreachablePair() throws {
        let path = try Fixture.write("table.json", #"{"code":"Ok","durations":[[0,540],[null,0]]}"#)
        let error = #expect(throws: RoundsError.self) { try TravelMatrix.readOSRMTable(path: path) }
        #expect(error?.message.en == "\(path): durations[1][0] is null: no route from place 1 to place 0")
        #expect(error?.field == "durations")
    }

    @Test func osrmFailureCarriesItsMessage() throws {
        let path = try Fixture.write("table.json", #"{"code":"InvalidQuery","message":"Query string malformed close to position 28"}"#)
        let error = #expect(throws: RoundsError.self) { try TravelMatrix.readOSRMTable(path: path) }
        #expect(error?.message.en == "\(path): OSRM answered InvalidQuery, not Ok")
        #expect(error?.cause == "Query string malformed close to position 28")
    }

    @Test(arguments: [#"{"code":"Ok","durations":[[0,1],[2]]}"#, #"{"durations":[[0]]}"#, "<html>502</html>"])
    func osrmMalformedAnswersAreErrors(json: String) throws {
        let path = try Fixture.write("table.json", json)
        let error = #expect(throws: RoundsError.self) { try TravelMatrix.readOSRMTable(path: path) }
        #expect(error?.code == .invalidValue)
        #expect(error?.message.en.hasPrefix(path) == true)
    }
}
