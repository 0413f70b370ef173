import RoundsDomain
import RoundsRouting
import Testing

@Suite struct BenchmarkReaderTests {
    /// An X-style CVRP: rounded EUC_2D, no VEHICLES line, so the fleet is one vehicle per stop.
    static let cvrp = """
        NAME : tiny-n5-k2
        COMMENT : "hand-made, in the layout of Uchoa et al. (2014)"
        TYPE : CVRP
        DIMENSION : 5
        EDGE_WEIGHT_TYPE : EUC_2D
        CAPACITY : 10
        NODE_COORD_SECTION
        1 0 0
        2 3 4
        3 6 8
        4 -3 4.4
        5 0 10
        DEMAND_SECTION
        1 0
        2 4
        3 6
        4 12
        5 3
        DEPOT_SECTION
        1
        -1
        EOF
        """

    /// A VRPTW in CVRPLIB's layout, with the depot listed last.
    static let vrptw = """
        NAME : tiny-tw
        TYPE : VRPTW
        DIMENSION : 3
        VEHICLES : 2
        CAPACITY : 50
        EDGE_WEIGHT_TYPE : EXPLICIT
        EDGE_WEIGHT_FORMAT : LOWER_ROW
        EDGE_WEIGHT_SECTION
        2.5
        4 6.25
        DEMAND_SECTION
        1 5
        2 7
        3 0
        TIME_WINDOW_SECTION
        1 10 20
        2 15 15
        3 0 100
        SERVICE_TIME_SECTION
        1 3
        2 4
        3 0
        DEPOT_SECTION
        3
        -1
        EOF
        """

    @Test func cvrpStopsAreEveryNodeButTheDepot() throws {
        let instance = try BenchmarkInstance.read(path: Fixture.write("tiny.vrp", Self.cvrp))
        let problem = instance.problem
        #expect(instance.kind == .vrplib)
        #expect(instance.name == "tiny-n5-k2")
        #expect(problem.stops.map(\.label) == ["2", "3", "4", "5"])
        #expect(problem.stops.map(\.node) == [1, 2, 3, 4])
        // Above the capacity, yet read: the solver reports it as dropped.
        #expect(problem.stops.map(\.demand) == [4, 6, 12, 3])
        #expect(problem.vehicles.count == 4)
        #expect(problem.vehicles.allSatisfy { $0.capacity == 10 && $0.start == 0 && $0.end == 0 && $0.shift == .always })
        // (0,0)–(3,4) is 5; (0,0)–(-3,4.4) is 5.325… rounded to 5; (3,4)–(-3,4.4) is 6.01… to 6.
        #expect(problem.matrix[0, 1] == 5)
        #expect(problem.matrix[0, 3] == 5)
        #expect(problem.matrix[1, 3] == 6)
        #expect(problem.stops.allSatisfy { $0.windows.isEmpty && $0.serviceTime == 0 })
    }

    @Test func vrptwReadsWindowsServiceTimesAndFleet() throws {
        let instance = try BenchmarkInstance.read(path: Fixture.write("tiny-tw.txt", Self.vrptw))
        let problem = instance.problem
        #expect(instance.kind == .vrplib)
        #expect(problem.stops.map(\.label) == ["1", "2"])
        #expect(problem.stops.map(\.windows) == [[TimeSpan(open: 10, close: 20)], [TimeSpan(open: 15, close: 15)]])
        #expect(problem.stops.map(\.serviceTime) == [3, 4])
        #expect(problem.vehicles.count == 2)
        #expect(problem.vehicles.allSatisfy { $0.start == 2 && $0.shift == TimeSpan(open: 0, close: 100) && $0.capacity == 50 })
        #expect(problem.matrix.values == [0, 2.5, 4, 2.5, 0, 6.25, 4, 6.25, 0])
        // The file's weights carry two decimals, so its costs are reported with two.
        #expect(instance.costDecimals == 2)
        #expect(instance.reportedCost(12.754) == 12.75)
    }

    @Test func solomonReadsFleetDepotAndCustomers() throws {
        let text = """
            TINY1\r
            \r
            VEHICLE\r
            NUMBER     CAPACITY\r
              3         200\r
            \r
            CUSTOMER\r
            CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r
             \r
                0      40         50          0          0       1236          0   \r
                7      45         68         10        912        967         90   \r
                9      43         46         30        825        870         90   \r
            """
        let instance = try BenchmarkInstance.read(path: Fixture.write("tiny1.txt", text))
        let problem = instance.problem
        #expect(instance.kind == .solomon)
        #expect(instance.name == "TINY1")
        #expect(instance.edgeWeight == .euclidean)
        #expect(problem.stops.map(\.label) == ["7", "9"])
        #expect(problem.stops.map(\.node) == [1, 2])
        #expect(problem.stops.map(\.demand) == [10, 30])
        #expect(problem.stops[1].windows == [TimeSpan(open: 825, close: 870)])
        #expect(problem.vehicles.count == 3)
        #expect(problem.vehicles.allSatisfy { $0.capacity == 200 && $0.shift == TimeSpan(open: 0, close: 1236) })
        // (40, 50) to (43, 46) is exactly 5.
        #expect(problem.matrix[0, 2] == 5)
        #expect(problem.matrix[1, 2] == (4.0 + 22 * 22).squareRoot())
    }

    @Test func formatComesFromContentThenExtension() throws {
        // A CVRP file named .tsp is still read by its TYPE.
        #expect(try BenchmarkInstance.read(path: Fixture.write("tiny.tsp", Self.cvrp)).kind == .vrplib)
        let noType = """
            NAME : two
            DIMENSION : 2
            EDGE_WEIGHT_TYPE : EUC_2D
            NODE_COORD_SECTION
            1 0 0
            2 0 7
            EOF
            """
        let unknown = try Fixture.write("two.dat", noType)
        let error = #expect(throws: RoundsError.self) { try BenchmarkInstance.read(path: unknown) }
        #expect(error?.message == .init(en: "cannot tell whether \(unknown) is TSPLIB, VRPLIB or Solomon; name the format",
                                        ja: "\(unknown) が TSPLIB・VRPLIB・Solomon のどれか判別できません。形式を指定してください"))
        // Naming the format still needs the TYPE line the format requires.
        let named = #expect(throws: RoundsError.self) { try BenchmarkInstance.read(path: unknown, as: .tsplib) }
        #expect(named?.field == "TYPE")
        let missing = #expect(throws: RoundsError.self) { try BenchmarkInstance.read(path: unknown + ".gone") }
        #expect(missing?.code == .notFound)
    }
}
