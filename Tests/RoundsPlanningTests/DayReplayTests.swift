import RoundsPlanning
import RoundsRouting
import Testing

@Suite struct DayReplayTests {
    /// Every leg takes 30 minutes; each stop 60 minutes of service.
    static func stop(_ windows: [TimeSpan]) -> Stop { Stop(node: 0, label: "", serviceTime: 3600, windows: windows) }
    static let shift = TimeSpan(open: 9 * 3600, close: 13 * 3600)

    @Test func aDayThatFits() {
        let outcome = DayReplay.replay([0, 1], shift: Self.shift, lunch: nil, travel: { _, _ in 1800 }, stop: { _ in Self.stop([]) })
        #expect(outcome.travel == 5400 && outcome.finish == 9 * 3600 + 5400 + 7200 && outcome.violations.isEmpty)
    }

    @Test func lateWindowsOvertimeAndLateLunchAreCounted() {
        let stops = [Self.stop([]), Self.stop([TimeSpan(open: 9 * 3600, close: 10 * 3600)])]
        let lunch = Break(duration: 3600, window: TimeSpan(open: 10 * 3600, close: 10.25 * 3600))
        let outcome = DayReplay.replay([0, 1], shift: Self.shift, lunch: lunch, travel: { _, _ in 1800 }, stop: { stops[$0] })
        // 9:30–10:30 at stop 0, lunch 10:30–11:30 (15 min after its latest start), stop 1 at 12:00 (window closed
        // at 10:00), served until 13:00, back 13:30.
        #expect(outcome.violations == [.lateLunch(seconds: 900), .lateForWindow(stop: 1), .overtime(seconds: 1800)])
        #expect(outcome.travel == 5400)
    }
}
