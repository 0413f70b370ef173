/// A horizontal bar for a share, in eighths of a character cell: a load at a glance
/// (`█████▌    `). A share above 1 fills the bar and ends in `+`.
///
/// ```swift
/// Bar.render(0.55, width: 10)   // "█████▌    "
/// Bar.render(1.3, width: 4)     // "████+"
/// ```
public enum Bar {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public static func render(_ share: Double, width: Int = 10) -> String {
        guard width > 0, share.isFinite else { return "" }
        let steps = Int((min(1, max(0, share)) * Double(width * 8)).rounded())
        var bar = String(repeating: "█", count: steps / 8)
        if steps % 8 > 0 { bar.append(eighths[steps % 8 - 1]) }
        bar += String(repeating: " ", count: width - bar.count)
        return share > 1 ? bar + "+" : bar
    }
}
