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

    @Test func lateWindowsAndOvertimeAreCounted() {
        let stops = [Self.stop([]), Self.stop([TimeSpan(open: 9 * 3600, close: 10 * 3600)])]
        let lunch = Break(duration: 3600, window: TimeSpan(open: 10 * 3600, close: 10.25 * 3600))
        let outcome = DayReplay.replay([0, 1], shift: Self.shift, lunch: lunch, travel: { _, _ in 1800 }, stop: { stops[$0] })
        // The first visit would end at 10:30, past lunch's latest start: lunch 10:00–11:00 first.
        // Then stop 0 11:30–12:30, stop 1 at 13:00 (its window closed at 10:00), back 14:30.
        #expect(outcome.violations == [.lateForWindow(stop: 1), .overtime(seconds: 5400)])
        #expect(outcome.travel == 5400)
    }

    @Test func aLunchThatCannotStartInTimeIsCounted() {
        // The day starts at 9:30, after lunch's latest start (9:15): eaten at once, 15 minutes late.
        let lunch = Break(duration: 1800, window: TimeSpan(open: 9 * 3600, close: 9.25 * 3600))
        let shift = TimeSpan(open: 9.5 * 3600, close: 18 * 3600)
        let outcome = DayReplay.replay([0], shift: shift, lunch: lunch, travel: { _, _ in 1800 }, stop: { _ in Self.stop([]) })
        #expect(outcome.violations == [.lateLunch(seconds: 900)])
        #expect(outcome.finish == 12 * 3600)
    }

    @Test func lunchComesBeforeAVisitThatWouldMakeItLate() {
        // 90-minute visits: the first 9:30–11:00; the second would end past lunch's latest start
        // 12:00, so wait until 12:00, eat, then 13:30–15:00 and back at 15:30.
        let lunch = Break(duration: 3600, window: TimeSpan(open: 12 * 3600, close: 12 * 3600))
        let shift = TimeSpan(open: 9 * 3600, close: 18 * 3600)
        let outcome = DayReplay.replay([0, 1], shift: shift, lunch: lunch, travel: { _, _ in 1800 },
                                       stop: { _ in Stop(node: 0, label: "", serviceTime: 5400) })
        #expect(outcome.violations.isEmpty)
        #expect(outcome.finish == 15.5 * 3600)
    }
}
