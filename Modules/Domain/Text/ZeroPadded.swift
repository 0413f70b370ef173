extension String {
    /// `number` with leading zeros up to `width` digits: `String(7, zeroPaddedTo: 2)` is `07`.
    /// By hand, as Foundation's `String(format:)` costs more than a row insert or a row read, and
    /// days, times and demo codes are formatted once per row.
    public init(_ number: Int, zeroPaddedTo width: Int) {
        let digits = String(number)
        self = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
