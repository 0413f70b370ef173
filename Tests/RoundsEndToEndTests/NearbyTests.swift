import Foundation
import Testing

/// `nearby`: customers by drive time from a customer or a place, with the last visit and whether
/// the visit policy calls for one.
@Suite struct NearbyTests {
    @Test func closestFirstWithLastVisitAndDue() throws {
        let rounds = try RoundsProcess()
        // Eastward along one street: B is 0.01° (≈ 0.9 km: 2 min at 30 km/h with a 1.3 detour) from A, C twice that (5 min), D far.
        let setup = try rounds.script("""
            customer add A --name 青木商店 --lat 35.68 --lon 139.70
            customer add B --name 坂本工業 --lat 35.68 --lon 139.71 --rank develop
            customer add C --name 千葉電機 --lat 35.68 --lon 139.72 --rank focus
            customer add D --name 大野印刷 --lat 35.68 --lon 139.90
            customer add E --name 江口製作所
            visit log --customer B --date 2026-11-25 --purpose 定期訪問 --next-action 見積
            visit log --customer C --date 2026-11-20 --purpose 定期訪問 --next-action 見積
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let near = try rounds.run(["nearby", "A", "--date", "2026-11-30", "--format", "csv"])
        #expect(near.status == 0, "\(near.stderr)")
        // develop: 15.2 days between visits, due after 10.7: B (5 days) is not; focus: 7.6, due
        // after 5.3: C (10 days) is.
        #expect(near.stdout == """
            customer,name,rank,rep,minutes,last_visit,days_since,due
            B,坂本工業,develop,,2,2026-11-25,5,false
            C,千葉電機,focus,,5,2026-11-20,10,true

            """, "\(near.stdout)")
        let wide = try rounds.run(["nearby", "--at", "35.68,139.70", "--within", "60", "--count"])
        #expect(wide.stdout == "4\n")
    }

    @Test func mistakesAreNamed() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "E", "--name", "江口製作所"])
        #expect(try rounds.run(["nearby"]).stderr.contains("give either a customer code or --at LAT,LON"))
        #expect(try rounds.run(["nearby", "E"]).stderr.contains("customer E has no map position"))
        #expect(try rounds.run(["nearby", "Z"]).stderr.contains("unknown customer 'Z'"))
        #expect(try rounds.run(["nearby", "--at", "95,139"]).status != 0)
    }
}
