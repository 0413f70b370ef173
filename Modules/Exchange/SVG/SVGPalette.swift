import Foundation

/// Line colours that stay apart on white: the ten of d3's category10 first, then hues a golden
/// angle apart at the same strength, so a month of days still gets a colour each.
///
/// Charts with a few series (sales and target, the three ranks, the reps of a month) use `safe`:
/// Okabe and Ito's colours, which people with the common colour-vision deficiencies still tell apart.
///
/// ```swift
/// SVGPalette.colour(0)    // "#1f77b4"
/// SVGPalette.colour(12)   // "#…": hue 12 × 137.5° of a mid-dark tone
/// SVGPalette.safe(0)      // "#0072b2"
/// ```
public enum SVGPalette {
    public static let base = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                              "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

    /// Okabe–Ito without its yellow, too pale on white; past these seven, `colour` takes over.
    public static let colourBlindSafe = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#000000"]

    public static func safe(_ index: Int) -> String {
        colourBlindSafe.indices.contains(index) ? colourBlindSafe[index] : colour(index)
    }

    public static func colour(_ index: Int) -> String {
        if base.indices.contains(index) { return base[index] }
        let hue = (Double(index) * 137.508).truncatingRemainder(dividingBy: 360)
        return hex(hue: hue, saturation: 0.65, lightness: 0.42)
    }

    /// HSL (hue in degrees, the others 0…1) as `#rrggbb`: SVG 1.1 knows no `hsl()`.
    static func hex(hue: Double, saturation: Double, lightness: Double) -> String {
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let sector = hue / 60
        let second = chroma * (1 - abs(sector.truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double) = switch Int(sector) {
        case 0: (chroma, second, 0)
        case 1: (second, chroma, 0)
        case 2: (0, chroma, second)
        case 3: (0, second, chroma)
        case 4: (second, 0, chroma)
        default: (chroma, 0, second)
        }
        let m = lightness - chroma / 2
        let byte = { (v: Double) in Int(((v + m) * 255).rounded()) }
        return String(format: "#%02x%02x%02x", byte(r), byte(g), byte(b))
    }
}
