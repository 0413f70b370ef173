import RoundsDomain
import RoundsRouting
import Testing

/// A broken benchmark file and where its error must point.
struct BadFile: Sendable, CustomTestStringConvertible {
    var name: String
    /// The file name, whose extension settles the format when the content cannot.
    var file: String
    var text: String
    var line: Int
    /// Nil where no one field is to blame.
    var field: String?

    var testDescription: String { name }
}

@Suite struct BenchmarkErrorTests {
    static let tsp = """
        NAME : bad
        TYPE : TSP
        DIMENSION : 3
        EDGE_WEIGHT_TYPE : EUC_2D
        NODE_COORD_SECTION
        1 0 0
        2 3 4
        3 6 8
        EOF
        """

    static let cvrp = """
        NAME : bad
        TYPE : CVRP
        DIMENSION : 3
        EDGE_WEIGHT_TYPE : EUC_2D
        CAPACITY : 10
        NODE_COORD_SECTION
        1 0 0
        2 3 4
        3 6 8
        DEMAND_SECTION
        1 0
        2 4
        3 6
        DEPOT_SECTION
        1
        -1
        EOF
        """

    static let solomon = """
        BAD1

        VEHICLE
        NUMBER     CAPACITY
          2         200

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

            0      40         50          0          0       1236          0
            1      45         68         10        912        967         90
        """

    /// `file` with line `line` (1-based) replaced by `text`, or removed when nil.
    static func edit(_ file: String, line: Int, _ text: String?) -> String {
        var lines = file.components(separatedBy: "\n")
        if let text { lines[line - 1] = text } else { lines.remove(at: line - 1) }
        return lines.joined(separator: "\n")
    }

    static let cases: [BadFile] = [
        BadFile(name: "unknown section", file: "bad.tsp", text: edit(tsp, line: 5, "NODE_COORDS_SECTION"), line: 5, field: "NODE_COORDS_SECTION"),
        BadFile(name: "VRP section in a TSP", file: "bad.tsp", text: edit(tsp, line: 9, "DEMAND_SECTION\n1 0\nEOF"), line: 9, field: "DEMAND_SECTION"),
        BadFile(name: "node line outside a section", file: "bad.tsp", text: edit(tsp, line: 5, nil), line: 5, field: nil),
        BadFile(name: "unknown keyword", file: "bad.tsp", text: edit(tsp, line: 1, "TITLE : bad"), line: 1, field: "TITLE"),
        BadFile(name: "unsupported TYPE", file: "bad.tsp", text: edit(tsp, line: 2, "TYPE : ATSP"), line: 2, field: "TYPE"),
        BadFile(name: "unsupported EDGE_WEIGHT_TYPE", file: "bad.tsp", text: edit(tsp, line: 4, "EDGE_WEIGHT_TYPE : MAN_2D"), line: 4, field: "EDGE_WEIGHT_TYPE"),
        BadFile(name: "missing coordinates", file: "bad.tsp", text: edit(tsp, line: 7, nil), line: 5, field: "NODE_COORD_SECTION"),
        BadFile(name: "node beyond DIMENSION", file: "bad.tsp", text: edit(tsp, line: 9, "4 9 9\nEOF"), line: 9, field: "DIMENSION"),
        BadFile(name: "DIMENSION beyond the file", file: "bad.tsp", text: edit(tsp, line: 3, "DIMENSION : 1000000000"), line: 3, field: "DIMENSION"),
        BadFile(name: "non-numeric DIMENSION", file: "bad.tsp", text: edit(tsp, line: 3, "DIMENSION : three"), line: 3, field: "DIMENSION"),
        BadFile(name: "non-numeric coordinate", file: "bad.tsp", text: edit(tsp, line: 7, "2 3 four"), line: 7, field: "NODE_COORD_SECTION"),
        BadFile(name: "coordinate missing a value", file: "bad.tsp", text: edit(tsp, line: 7, "2 3"), line: 7, field: "NODE_COORD_SECTION"),
        BadFile(name: "node listed twice", file: "bad.tsp", text: edit(tsp, line: 8, "2 6 8"), line: 8, field: "NODE_COORD_SECTION"),
        BadFile(name: "no coordinates at all", file: "bad.tsp", text: edit(tsp, line: 5, "EOF"), line: 5, field: "NODE_COORD_SECTION"),
        BadFile(name: "explicit weights short of DIMENSION", file: "bad.tsp",
                text: edit(tsp, line: 4, "EDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : UPPER_ROW\nEDGE_WEIGHT_SECTION\n1 2\nEOF"),
                line: 6, field: "DIMENSION"),
        BadFile(name: "negative demand", file: "bad.vrp", text: edit(cvrp, line: 12, "2 -4"), line: 12, field: "DEMAND_SECTION"),
        BadFile(name: "demand missing for a node", file: "bad.vrp", text: edit(cvrp, line: 13, nil), line: 10, field: "DEMAND_SECTION"),
        BadFile(name: "negative capacity", file: "bad.vrp", text: edit(cvrp, line: 5, "CAPACITY : -10"), line: 5, field: "CAPACITY"),
        BadFile(name: "missing capacity", file: "bad.vrp", text: edit(cvrp, line: 5, nil), line: 1, field: "CAPACITY"),
        BadFile(name: "window ends before it starts", file: "bad.vrp",
                text: edit(cvrp, line: 14, "TIME_WINDOW_SECTION\n1 0 100\n2 50 40\n3 0 100\nDEPOT_SECTION"),
                line: 16, field: "TIME_WINDOW_SECTION"),
        BadFile(name: "two depots", file: "bad.vrp", text: edit(cvrp, line: 15, "1 2"), line: 15, field: "DEPOT_SECTION"),
        BadFile(name: "no depot section", file: "bad.vrp", text: edit(edit(cvrp, line: 16, nil), line: 15, nil).replacingOccurrences(of: "DEPOT_SECTION\n", with: ""),
                line: 14, field: "DEPOT_SECTION"),
        BadFile(name: "Solomon negative demand", file: "bad.txt", text: edit(solomon, line: 11, "    1      45         68        -10        912        967         90"),
                line: 11, field: "DEMAND"),
        BadFile(name: "Solomon due date before ready time", file: "bad.txt", text: edit(solomon, line: 11, "    1      45         68         10        912        900         90"),
                line: 11, field: "DUE DATE"),
        BadFile(name: "Solomon non-numeric coordinate", file: "bad.txt", text: edit(solomon, line: 11, "    1      45         6x8         10        912        967         90"),
                line: 11, field: "YCOORD."),
        BadFile(name: "Solomon negative capacity", file: "bad.txt", text: edit(solomon, line: 5, "  2         -200"), line: 5, field: "CAPACITY"),
        BadFile(name: "Solomon short node line", file: "bad.txt", text: edit(solomon, line: 11, "    1      45         68         10"), line: 11, field: "CUSTOMER"),
    ]

    @Test(arguments: cases)
    func errorPointsAtTheLineAndField(_ bad: BadFile) throws {
        let path = try Fixture.write(bad.file, bad.text)
        let error = #expect(throws: RoundsError.self) { try BenchmarkInstance.read(path: path) }
        #expect(error?.code == .invalidValue)
        #expect(error?.location == RoundsError.Location(file: path, line: bad.line), "\(error?.description ?? "")")
        #expect(error?.field == bad.field, "\(error?.description ?? "")")
    }

    @Test func errorsReadInBothLanguages() throws {
        let path = try Fixture.write("bad.tsp", Self.edit(Self.tsp, line: 8, nil))
        let error = #expect(throws: RoundsError.self) { try BenchmarkInstance.read(path: path) }
        #expect(error?.description == "\(path):5: NODE_COORD_SECTION has no line for node 3")
        #expect(error?.message.ja == "NODE_COORD_SECTION にノード 3 の行がありません")
    }
}
