import RoundsDomain
import RoundsExchange
import Testing

@Suite struct TravelConfigTests {
    @Test func companySpeedWithARepOfItsOwn() throws {
        let yaml = """
            travel:
              detour_factor: 1.4
              speed_kmh: 25
              reps:
                R02: {speed_kmh: 18}
                R03:
                  detour_factor: 1.1
            """
        let travel = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml").travel
        #expect(travel.speed(forRep: "R01") == (1.4, 25))
        #expect(travel.speed(forRep: "R02") == (1.4, 18))
        #expect(travel.speed(forRep: "R03") == (1.1, 25))
        #expect(travel.speed(forRep: nil) == (1.4, 25))
    }

    @Test func withoutTravelTheDefaultsApply() throws {
        let travel = try ConfigFile.parse(yaml: "visits:\n  plan_requires: []\n", file: "rounds.yaml").travel
        #expect(travel.speed(forRep: "R01") == (1.3, 30))
    }

    @Test func badSpeedsNameTheLine() {
        func problem(_ yaml: String) -> String? {
            do {
                _ = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml")
                return nil
            } catch {
                return error.text(in: .en)
            }
        }
        #expect(problem("travel:\n  speed_kmh: fast\n") == "rounds.yaml:2: invalid speed_kmh 'fast': give a number")
        #expect(problem("travel:\n  speed_kmh: 0\n")?.hasPrefix("rounds.yaml:2: invalid speed_kmh '0.0'") == true)
        #expect(problem("travel:\n  reps:\n    R01: {detour: 2}\n") == "rounds.yaml:3: unknown key 'detour'; did you mean 'detour_factor'?")
        #expect(problem("travel:\n  reps: [R01]\n")?.hasPrefix("rounds.yaml:2: reps:") == true)
    }
}
