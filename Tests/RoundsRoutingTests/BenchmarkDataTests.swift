import RoundsRouting
import Testing

@Suite(.enabled(if: BenchData.directory != nil, "bench-data not found: set ROUNDS_BENCH_DATA to its folder"))
struct BenchmarkDataTests {
    @Test func everyTSPLIBFileMatchesItsBestKnownEntry() throws {
        let best = try BenchData.bestKnown("tsplib")
        let files = try BenchData.files("tsplib", extension: "tsp")
        #expect(files.count == best.count)
        for file in files {
            let instance = try BenchmarkInstance.read(path: file)
            let entry = try #require(best[instance.name], "\(instance.name) missing from BKS.json")
            #expect(instance.kind == .tsplib)
            #expect(instance.edgeWeight == .roundedEuclidean)
            #expect(instance.problem.stops.count == entry.jobs, "\(instance.name)")
            #expect(instance.problem.matrix.count == entry.jobs + 1, "\(instance.name)")
            #expect(instance.problem.vehicles.count == entry.vehicles)
            #expect(instance.problem.stops.allSatisfy { $0.label == String($0.node + 1) && $0.priority == .required })
            #expect(instance.problem.vehicles.allSatisfy { $0.start == 0 && $0.end == 0 })
        }
    }

    @Test func everySolomonFileMatchesItsFleetAndDemand() throws {
        let best = try BenchData.bestKnown("solomon")
        let files = try BenchData.files("solomon", extension: "txt")
        #expect(files.count * 2 == best.count)
        for file in files {
            let instance = try BenchmarkInstance.read(path: file)
            let entry = try #require(best[instance.name], "\(instance.name) missing from BKS.json")
            let problem = instance.problem
            #expect(instance.kind == .solomon)
            #expect(problem.stops.count == entry.jobs, "\(instance.name)")
            #expect(problem.vehicles.count == entry.vehicles, "\(instance.name)")
            #expect(problem.vehicles.allSatisfy { $0.capacity == entry.capacity }, "\(instance.name)")
            #expect(problem.stops.reduce(0) { $0 + $1.demand } == entry.total_demand, "\(instance.name)")
            #expect(problem.stops.map(\.label) == (1...entry.jobs).map(String.init))
        }
    }

    @Test func berlin52EdgesRoundToTheNearestWholeNumber() throws {
        let instance = try BenchmarkInstance.read(path: BenchData.path("tsplib/berlin52.tsp"))
        // Node 1 at (565, 575), node 2 at (25, 185): √(540² + 390²) = √443700 = 666.108…
        #expect(instance.problem.matrix[0, 1] == 666)
        #expect(instance.problem.matrix[1, 0] == 666)
        #expect(instance.problem.matrix[0, 0] == 0)
    }

    /// TSPLIB's berlin52.opt.tour, whose length TSPLIB lists as the optimum 7542.
    @Test func berlin52OptimalTourHasThePublishedLength() throws {
        let instance = try BenchmarkInstance.read(path: BenchData.path("tsplib/berlin52.tsp"))
        let tour = [1, 49, 32, 45, 19, 41, 8, 9, 10, 43, 33, 51, 11, 52, 14, 13, 47, 26, 27, 28, 12, 25, 4, 6, 15, 5,
                    24, 48, 38, 37, 40, 39, 36, 35, 34, 44, 46, 16, 29, 50, 20, 23, 30, 2, 7, 42, 21, 17, 3, 18, 31, 22]
        #expect(Set(tour).count == 52)
        #expect(instance.reportedCost(tourLength(instance.problem.matrix, tour)) == 7542)
        #expect(try BenchData.bestKnown("tsplib")["berlin52"]?.best_known_cost == 7542)
    }

    @Test func solomonC101KeepsExactDistancesAndWindows() throws {
        let instance = try BenchmarkInstance.read(path: BenchData.path("solomon/C101.txt"))
        let problem = instance.problem
        #expect(instance.name == "C101")
        // Depot (40, 50) to customer 1 at (45, 68): √(5² + 18²) = √349, not rounded.
        #expect(problem.matrix[0, 1] == (349.0).squareRoot())
        #expect(problem.vehicles[0].shift == TimeSpan(open: 0, close: 1236))
        #expect(problem.stops[0].label == "1")
        #expect(problem.stops[0].demand == 10)
        #expect(problem.stops[0].serviceTime == 90)
        #expect(problem.stops[0].windows == [TimeSpan(open: 912, close: 967)])
        #expect(instance.reportedCost(828.9368) == 828.94)
    }
}
