/// A row of block characters, one per value, scaled between zero and the largest value: a
/// trend at a glance in a terminal line (`▁▃▅█▂`).
///
/// ```swift
/// Sparkline.render([0, 2, 4, 8, 1])   // "▁▃▅█▂"
/// ```
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        guard top > 0 else { return String(repeating: blocks[0], count: values.count) }
        return String(values.map { value in
            blocks[min(blocks.count - 1, max(0, value) * (blocks.count - 1) / top)]
        })
    }
}

/// A horizontal bar of `width` cells at most, in eighths of a cell, for comparing a few totals
/// side by side (`plan compare`).
///
/// ```swift
/// Bar.render(75, of: 100, width: 8)   // "██████"
/// ```
public enum Bar {
    static let partial: [Character] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"].compactMap(\.first)

    public static func render(_ value: Double, of top: Double, width: Int) -> String {
        guard top > 0, value > 0 else { return "" }
        let eighths = Int((min(value, top) / top * Double(width * 8)).rounded())
        let part = eighths % 8
        return String(repeating: "█", count: eighths / 8) + (part > 0 ? String(partial[part - 1]) : "")
    }
}
