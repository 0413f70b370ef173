import Foundation
import ArgumentParser
import RoundsDomain

/// `--format` and `--output`, shared by every listing: add `@OptionGroup var listing: ListingOptions`.
public struct ListingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Message.formatHelp.text(), valueName: "table|csv|json"))
    public var format: OutputFormat?

    @Option(help: ArgumentHelp(Message.outputHelp.text(), valueName: "file"), completion: .file())
    public var output: String?

    @Option(help: ArgumentHelp(Message.onlyHelp.text(), valueName: "column"))
    public var only: String?

    @Flag(help: ArgumentHelp(Message.countHelp.text()))
    public var count = false

    public init() {}
}

extension OutputFormat: ExpressibleByArgument {}

/// One record shown field by field (`customer show`): a two-column table, or one JSON object.
public struct Record: Sendable {
    public var fields: [(key: String, label: Message, value: Cell)] = []

    public init() {}

    public mutating func add(_ key: String, _ label: Message, _ value: Cell) {
        fields.append((key, label, value))
    }
}

extension Session {
    /// The format asked for: `--format`, else what the `--output` file's extension says (`x.csv`,
    /// `x.json`), so a file is never a screen table by mistake; else `set format`.
    public func format(_ options: ListingOptions) -> OutputFormat {
        if let format = options.format { return format }
        switch options.output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "csv": return .csv
        case "json": return .json
        default: return settings.format
        }
    }

    /// Renders a listing in the format asked for (option, else `set format`), to `--output` or the screen.
    public func emit(_ listing: Listing, _ options: ListingOptions) throws {
        if options.count {
            return try emitCount(listing.rows.count, options)
        }
        if let key = options.only {
            guard let index = listing.columns.firstIndex(where: { $0.key == key }) else {
                throw RoundsError(.usage, .invalidField("--only", key, .oneOf(listing.columns.map(\.key))))
            }
            return try deliver(listing.rows.map { $0[index].plain + "\n" }.joined(), to: options.output)
        }
        try deliver(ListingRenderer.render(listing, as: format(options)), to: options.output)
    }

    /// `--count` for a listing whose rows the database counted without loading them.
    public func emitCount(_ count: Int, _ options: ListingOptions) throws {
        try deliver("\(count)\n", to: options.output)
    }

    /// A record is one row to `--count`, and `--only` picks one of its fields, as they do for listings.
    public func emit(_ record: Record, _ options: ListingOptions) throws {
        if options.count { return try emitCount(1, options) }
        if let key = options.only {
            guard let field = record.fields.first(where: { $0.key == key }) else {
                throw RoundsError(.usage, .invalidField("--only", key, .oneOf(record.fields.map(\.key))))
            }
            return try deliver(field.value.plain + "\n", to: options.output)
        }
        try emit(text: render(record, as: format(options)), options)
    }

    /// Text a command composed itself, to `--output` or the screen.
    public func emit(text: String, _ options: ListingOptions) throws {
        try deliver(text, to: options.output)
    }

    public func render(_ record: Record, as format: OutputFormat) -> String {
        switch format {
        case .json:
            return "{\n" + record.fields.map { "  \(JSON.string($0.key)): \(JSON.value($0.value))" }.joined(separator: ",\n") + "\n}\n"
        case .csv:
            var listing = Listing(columns: [.init("field", .fieldHeader), .init("value", .valueHeader)])
            for field in record.fields { listing.append([.text(field.key), .text(field.value.plain)]) }
            return ListingRenderer.render(listing, as: .csv)
        case .table:
            let labels = record.fields.map { $0.label.text() }
            let width = labels.map(DisplayWidth.of).max() ?? 0
            return zip(labels, record.fields).map { label, field in
                (DisplayWidth.pad(label, to: width, align: .left) + "  " + field.value.display).trimmingTrailingSpaces()
            }.joined(separator: "\n") + "\n"
        }
    }

    private func deliver(_ text: String, to path: String?) throws {
        guard let path else { return out.write(text) }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw RoundsError(.io, .cannotWrite(path), cause: (error as NSError).localizedDescription)
        }
    }
}
