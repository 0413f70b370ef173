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
