import RoundsShell
import Testing

@Suite struct BarTests {
    @Test func sharesInEighths() {
        #expect(Bar.render(0.55, width: 10) == "█████▌    ")
        #expect(Bar.render(0, width: 3) == "   ")
        #expect(Bar.render(1, width: 4) == "████")
        #expect(Bar.render(1.3, width: 4) == "████+")
        #expect(Bar.render(.nan) == "")
    }
}
