/// Splits CSV bytes into records and fields (RFC 4180), before any decoding.
///
/// Working on bytes is safe for UTF-8 and CP932 alike: the bytes that matter here (`,` `"` CR LF)
/// never occur inside a multi-byte character of either encoding. Runs of ordinary bytes are copied
/// in one go, which is what keeps a million rows to a few seconds.
struct CSVRecordScanner {
    private var input: ChunkedInput
    /// The current record's field contents, end to end, with quotes undone.
    private(set) var bytes: [UInt8] = []
    /// Where each field of the current record ends in `bytes`.
    private(set) var ends: [Int] = []
    /// Where each field's content starts in the file, and whether it was quoted, to turn a
    /// position in `bytes` back into a file offset.
    private(set) var starts: [(offset: Int, quoted: Bool)] = []
    /// The line the current record starts on.
    private(set) var line = 1
    private var nextLine = 1
    /// The last record ended with CR: a LF right after it belongs to the same line break.
    private var skipLF = false

    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    init(input: ChunkedInput) {
        self.input = input
    }

    var file: String { input.file }

    var progress: ReadProgress { input.progress }

    /// Reads the next record; false at the end of the file. `row` only names the record in the
    /// error for a quoted field that never closes.
    mutating func nextRecord(row: Int) throws(ExchangeProblem) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        line = nextLine
        var state = State.fieldStart
        while true {
            if input.position == input.count {
                guard try input.refill() else { break }
            }
            let buffer = input.buffer
            var index = input.position
            let end = input.count
            if skipLF {
                skipLF = false
                if buffer[index] == .lineFeed { index += 1 }
            }
            chunk: while index < end {
                switch state {
                case .fieldStart:
                    if buffer[index] == .quote {
                        index += 1
                        starts.append((input.bufferOffset + index, true))
                        state = .quoted
                    } else {
                        starts.append((input.bufferOffset + index, false))
                        state = .unquoted
                    }
                case .unquoted:
                    var stop = index
                    while stop < end {
                        let byte = buffer[stop]
                        if byte == .comma || byte == .lineFeed || byte == .carriageReturn { break }
                        stop += 1
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<stop]))
                    index = stop
                    guard stop < end else { break chunk }
                    if endField(buffer[stop], state: &state) {
                        input.position = stop + 1
                        return true
                    }
                    index += 1
                case .quoted:
                    var stop = index
                    while stop < end && buffer[stop] != .quote {
                        if buffer[stop] == .lineFeed { nextLine += 1 }
                        stop += 1
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<stop]))
                    index = stop
                    guard stop < end else { break chunk }
                    index += 1
                    state = .afterQuote
                case .afterQuote:
                    let byte = buffer[index]
                    if byte == .quote {
                        bytes.append(.quote)
                        state = .quoted
                    } else if byte == .comma || byte == .lineFeed || byte == .carriageReturn {
                        if endField(byte, state: &state) {
                            input.position = index + 1
                            return true
                        }
                    } else {
                        // Text after a closing quote: Excel keeps it as part of the field.
                        state = .unquoted
                        continue chunk
                    }
                    index += 1
                }
            }
            input.position = index
        }
        switch state {
        case .quoted:
            throw ExchangeProblem(file: input.file, row: row, message: .unterminatedQuote(line: line))
        case .fieldStart where starts.isEmpty:
            return false
        case .fieldStart:
            starts.append((input.offset, false))
            ends.append(bytes.count)
        case .unquoted, .afterQuote:
            ends.append(bytes.count)
        }
        nextLine += 1
        return true
    }

    /// Ends the current field at a comma or line break; true when the record ends too.
    private mutating func endField(_ byte: UInt8, state: inout State) -> Bool {
        ends.append(bytes.count)
        state = .fieldStart
        guard byte != .comma else { return false }
        skipLF = byte == .carriageReturn
        nextLine += 1
        return true
    }

    /// The file offset of `bytes[index]`, counting the doubled quotes before it in its field.
    func fileOffset(ofByte index: Int, inField field: Int) -> Int {
        let fieldStart = field == 0 ? 0 : ends[field - 1]
        let (offset, quoted) = starts[field]
        let doubled = quoted ? bytes[fieldStart..<index].count { $0 == .quote } : 0
        return offset + (index - fieldStart) + doubled
    }

    /// The line `bytes[index]` is on, counting line breaks inside quoted fields before it.
    func line(ofByte index: Int) -> Int {
        line + bytes[..<index].count { $0 == .lineFeed }
    }
}

extension UInt8 {
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
