import RoundsRouting
import Testing

/// TSPLIB's distance rules, checked on hand-computed edges and on published optimal tours:
/// a tour's length only equals the published optimum when every edge is rounded TSPLIB's way.
@Suite struct TSPLIBDistanceTests {
    /// ulysses16 (TSPLIB, GEO) and its ulysses16.opt.tour; TSPLIB lists the optimum as 6859.
    static let ulysses16 = """
        NAME: ulysses16.tsp
        TYPE: TSP
        COMMENT: Odyssey of Ulysses (Groetschel/Padberg)
        DIMENSION: 16
        EDGE_WEIGHT_TYPE: GEO
        DISPLAY_DATA_TYPE: COORD_DISPLAY
        NODE_COORD_SECTION
        1 38.24 20.42
        2 39.57 26.15
        3 40.56 25.32
        4 36.26 23.12
        5 33.48 10.54
        6 37.56 12.19
        7 38.42 13.11
        8 37.52 20.44
        9 41.23 9.10
        10 41.17 13.05
        11 36.08 -5.21
        12 38.47 15.13
        13 38.15 15.35
        14 37.51 15.17
        15 35.49 14.32
        16 39.36 19.56
        EOF
        """
    static let ulysses16Tour = [1, 14, 13, 12, 7, 6, 15, 5, 11, 9, 10, 16, 3, 2, 4, 8]

    /// att48 (TSPLIB, ATT) and its att48.opt.tour; TSPLIB lists the optimum as 10628.
    static let att48 = """
        NAME : att48
        COMMENT : 48 capitals of the US (Padberg/Rinaldi)
        TYPE : TSP
        DIMENSION : 48
        EDGE_WEIGHT_TYPE : ATT
        NODE_COORD_SECTION
        1 6734 1453
        2 2233 10
        3 5530 1424
        4 401 841
        5 3082 1644
        6 7608 4458
        7 7573 3716
        8 7265 1268
        9 6898 1885
        10 1112 2049
        11 5468 2606
        12 5989 2873
        13 4706 2674
        14 4612 2035
        15 6347 2683
        16 6107 669
        17 7611 5184
        18 7462 3590
        19 7732 4723
        20 5900 3561
        21 4483 3369
        22 6101 1110
        23 5199 2182
        24 1633 2809
        25 4307 2322
        26 675 1006
        27 7555 4819
        28 7541 3981
        29 3177 756
        30 7352 4506
        31 7545 2801
        32 3245 3305
        33 6426 3173
        34 4608 1198
        35 23 2216
        36 7248 3779
        37 7762 4595
        38 7392 2244
        39 3484 2829
        40 6271 2135
        41 4985 140
        42 1916 1569
        43 7280 4899
        44 7509 3239
        45 10 2676
        46 6807 2993
        47 5185 3258
        48 3023 1942
        EOF
        """
    static let att48Tour = [1, 8, 38, 31, 44, 18, 7, 28, 6, 37, 19, 27, 17, 43, 30, 36, 46, 33, 20, 47, 21, 32, 39, 48,
                            5, 42, 24, 10, 45, 35, 4, 26, 2, 29, 34, 41, 16, 22, 3, 23, 14, 25, 13, 11, 12, 15, 40, 9]

    @Test func geoOptimalTourHasThePublishedLength() throws {
        let instance = try BenchmarkInstance.read(path: Fixture.write("ulysses16.tsp", Self.ulysses16))
        #expect(instance.edgeWeight == .geographic)
        #expect(instance.problem.stops.count == 15)
        #expect(Set(Self.ulysses16Tour).count == 16)
        #expect(tourLength(instance.problem.matrix, Self.ulysses16Tour) == 6859)
    }

    @Test func geoConvertsDegreesAndMinutes() throws {
        let matrix = try BenchmarkInstance.read(path: Fixture.write("ulysses16.tsp", Self.ulysses16)).problem.matrix
        // 38.24 is 38°24′ = 38.4°, not 38.24°: TSPLIB's formula on nodes 1 and 2 gives 509 km.
        #expect(matrix[0, 1] == 509)
        #expect(matrix[1, 0] == 509)
        // Node 11 lies west of Greenwich (-5.21).
        #expect(matrix[0, 10] == 2314)
        #expect(EdgeWeight.geographic.distance(from: [38.24, 20.42], to: [39.57, 26.15]) == 509)
    }

    @Test func attOptimalTourHasThePublishedLength() throws {
        let instance = try BenchmarkInstance.read(path: Fixture.write("att48.tsp", Self.att48))
        #expect(instance.edgeWeight == .pseudoEuclidean)
        #expect(Set(Self.att48Tour).count == 48)
        #expect(tourLength(instance.problem.matrix, Self.att48Tour) == 10628)
    }

    @Test func attRoundsUpWhenNearestIntegerFallsShort() throws {
        let matrix = try BenchmarkInstance.read(path: Fixture.write("att48.tsp", Self.att48)).problem.matrix
        // Nodes 1 and 2: √((4501² + 1443²) / 10) = √2234125 = 1494.69…; nint 1495 is not below it.
        #expect(matrix[0, 1] == 1495)
        // Nodes 1 and 5: √((3652² + 191²) / 10) = √1337358.5 = 1156.44…; nint 1156 is below, so 1157.
        #expect(matrix[0, 4] == 1157)
    }

    @Test func euclideanRulesRoundTheirOwnWay() throws {
        let text = """
            NAME : three
            TYPE : TSP
            DIMENSION : 3
            EDGE_WEIGHT_TYPE : CEIL_2D
            NODE_COORD_SECTION
            1 0 0
            2 3 4.4
            3 3 4
            EOF
            """
        let ceiling = try BenchmarkInstance.read(path: Fixture.write("three.tsp", text)).problem.matrix
        // √(3² + 4.4²) = 5.325…
        #expect(ceiling[0, 1] == 6)
        #expect(ceiling[0, 2] == 5)
        let rounded = try BenchmarkInstance.read(path: Fixture.write("three.tsp", text.replacingOccurrences(of: "CEIL_2D", with: "EUC_2D")))
        #expect(rounded.problem.matrix[0, 1] == 5)
        #expect(rounded.edgeWeight == .roundedEuclidean)
        #expect(EdgeWeight.euclidean.distance(from: [0, 0], to: [3, 4.4]) == (9 + 4.4 * 4.4).squareRoot())
        #expect(EdgeWeight.explicit.distance(from: [0, 0], to: [3, 4]) == nil)
    }

    /// The same four places in every supported EDGE_WEIGHT_FORMAT:
    /// d(1,2) = 3, d(1,3) = 4, d(1,4) = 5, d(2,3) = 6, d(2,4) = 7, d(3,4) = 8.
    @Test(arguments: [
        ("FULL_MATRIX", "0 3 4 5\n3 0 6 7\n4 6 0 8\n5 7 8 0"),
        ("UPPER_ROW", "3 4 5\n6 7\n8"),
        ("LOWER_ROW", "3\n4 6\n5 7 8"),
        ("UPPER_DIAG_ROW", "0 3 4 5\n0 6 7\n0 8\n0"),
        ("LOWER_DIAG_ROW", "0\n3 0\n4 6 0\n5 7 8 0"),
    ])
    func explicitFormatsGiveTheSameMatrix(format: String, weights: String) throws {
        let text = """
            NAME : four
            TYPE : TSP
            DIMENSION : 4
            EDGE_WEIGHT_TYPE : EXPLICIT
            EDGE_WEIGHT_FORMAT : \(format)
            EDGE_WEIGHT_SECTION
            \(weights)
            EOF
            """
        let instance = try BenchmarkInstance.read(path: Fixture.write("four.tsp", text))
        #expect(instance.edgeWeight == .explicit)
        #expect(instance.problem.matrix.values == [0, 3, 4, 5, 3, 0, 6, 7, 4, 6, 0, 8, 5, 7, 8, 0])
        #expect(instance.costDecimals == 0)
    }
}
