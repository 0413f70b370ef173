import Foundation
import ZIPFoundation

/// The parts of an XLSX file a reader needs, found the way Excel finds them: the workbook lists
/// its sheets, and its relationships say which file holds each.
struct XLSXPackage {
    let file: String
    private let archive: Archive
    /// The first worksheet's part, such as `xl/worksheets/sheet1.xml`.
    let sheetPart: String
    let sharedStringsPart: String?
    let stylesPart: String?
    let date1904: Bool

    init(url: URL) throws(ExchangeProblem) {
        file = url.relativePath
        if let head = try? FileHandle(forReadingFrom: url).read(upToCount: 4),
           head.elementsEqual([0xD0, 0xCF, 0x11, 0xE0]) {
            throw ExchangeProblem(file: file, message: .oldExcelFile)
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            if !FileManager.default.isReadableFile(atPath: url.path) {
                throw ExchangeProblem(file: file, message: .cannotOpen(ChunkedInput.reason(error)), code: .io)
            }
            throw ExchangeProblem(file: file, message: .notXLSX)
        }
        var workbook = try Self.scanner(archive, part: "xl/workbook.xml", file: file)
        var sheetRelation: String?
        var date1904 = false
        while let event = try workbook.next() {
            switch event {
            case let .start("workbookPr", attributes):
                date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            case let .start("sheet", attributes) where sheetRelation == nil:
                sheetRelation = attributes["id"]
            default:
                break
            }
        }
        self.date1904 = date1904
        var relations: [(id: String, type: String, target: String)] = []
        if archive["xl/_rels/workbook.xml.rels"] != nil {
            var scanner = try Self.scanner(archive, part: "xl/_rels/workbook.xml.rels", file: file)
            while let event = try scanner.next() {
                if case let .start("Relationship", attributes) = event, let id = attributes["Id"],
                   let target = attributes["Target"] {
                    relations.append((id, attributes["Type"] ?? "", Self.partName(target)))
                }
            }
        }
        sheetPart = relations.first { $0.id == sheetRelation }?.target ?? "xl/worksheets/sheet1.xml"
        sharedStringsPart = relations.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (archive["xl/sharedStrings.xml"] != nil ? "xl/sharedStrings.xml" : nil)
        stylesPart = relations.first { $0.type.hasSuffix("/styles") }?.target
            ?? (archive["xl/styles.xml"] != nil ? "xl/styles.xml" : nil)
        guard archive[sheetPart] != nil else { throw ExchangeProblem(file: file, message: .missingPart(sheetPart)) }
    }

    /// A small part, read whole into memory.
    func scanner(_ part: String) throws(ExchangeProblem) -> XMLScanner<MemoryInput> {
        try Self.scanner(archive, part: part, file: file)
    }

    /// Unpacks the worksheet into a temporary file and opens it: the sheet can be far bigger
    /// than memory should hold, and the archive can only be read front to back in one go.
    func sheetInput() throws(ExchangeProblem) -> ChunkedInput {
        let temporary = TemporaryFile(beside: FileManager.default.temporaryDirectory.appendingPathComponent("rounds-sheet.xml"))
        do {
            _ = try archive.extract(archive[sheetPart]!, to: temporary.url)
        } catch {
            throw ExchangeProblem(file: file, message: .malformedXLSX(part: sheetPart, offset: 0))
        }
        // Once opened, the file can go: the open handle keeps its data until it is closed.
        return try ChunkedInput(url: temporary.url)
    }

    private static func scanner(_ archive: Archive, part: String, file: String) throws(ExchangeProblem)
        -> XMLScanner<MemoryInput> {
        guard let entry = archive[part] else { throw ExchangeProblem(file: file, message: .missingPart(part)) }
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry) { bytes.append(contentsOf: $0) }
        } catch {
            throw ExchangeProblem(file: file, message: .malformedXLSX(part: part, offset: 0))
        }
        return XMLScanner(source: MemoryInput(bytes), file: file, part: part)
    }

    /// Relationship targets are relative to `xl/` unless they start with `/`.
    private static func partName(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(String(component)) }
        }
        return parts.joined(separator: "/")
    }
}
