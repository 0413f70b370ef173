import Foundation
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct ColumnMappingTests {
    static let customerFields = [
        FieldSpec("code", "顧客コード", required: true), FieldSpec("name", "顧客名", required: true),
        FieldSpec("name_kana", "フリガナ"), FieldSpec("address", "住所"), FieldSpec("lat", "緯度"), FieldSpec("lon", "経度"),
        FieldSpec("phone", "電話番号"), FieldSpec("rep", "担当者"), FieldSpec("rank", "ランク"),
        FieldSpec("potential_yen", "ポテンシャル"), FieldSpec("service_minutes", "滞在時間"),
        FieldSpec("time_windows", "訪問可能時間"), FieldSpec("closed_days", "定休日"), FieldSpec("tags", "タグ"),
    ]

    @Test func japaneseAndEnglishHeadersInAnyWidthAndCase() throws {
        let mapping = try ColumnMapping(fields: Self.customerFields)
        let columns = try mapping.resolve([" 顧客名 ", "CODE", "ﾌﾘｶﾞﾅ", "Potential Yen", "ｔａｇｓ", "電話番号"], file: "c.csv")
        #expect(columns.columns == ["name": 0, "code": 1, "name_kana": 2, "potential_yen": 3, "tags": 4, "phone": 5])
        let row = TableRow(number: 2, cells: ["山田商店", "C001", "ヤマダ", "120万", "a,b", "03"])
        #expect(columns.value("code", in: row) == "C001")
        #expect(columns.value("rank", in: row) == nil)
        #expect(columns.column(of: "potential_yen") == "Potential Yen")
    }

    @Test func headerProblemsAreReportedTogether() {
        let mapping = try! ColumnMapping(fields: Self.customerFields)
        let problems = #expect(throws: ExchangeProblems.self) {
            try mapping.resolve(["顧客めい", "code", "顧客コード", "備考", ""], file: "c.csv")
        }
        #expect(problems?.problems.map { $0.text(in: .en) } == [
            "c.csv: 顧客めい: unknown column; did you mean '顧客名'?",
            "c.csv: 顧客コード: the same field as column 'code'",
            "c.csv: 備考: unknown column; map it with --map or list it under ignore:",
            "c.csv: column 5 has no header",
            "c.csv: required column missing: name (顧客名)",
        ])
        #expect(problems?.problems.last?.text(in: .ja) == "c.csv: 必須の列がありません: 顧客名 (name)")
    }

    @Test func mappingFileRenamesAndIgnoresColumns() throws {
        let file = try MappingFile(yaml: """
            # 基幹システムの得意先マスタ
            fields:
              code: 得意先コード
              name: 得意先名
              phone: [TEL, 電話]
            ignore: [備考, 更新者]
            """, file: "map.yaml")
        #expect(file.fields.map(\.line) == [3, 4, 5, 5])
        let mapping = try ColumnMapping(fields: Self.customerFields, mappingFile: file)
        let columns = try mapping.resolve(["得意先コード", "得意先名", "TEL", "備考", "更新者", "住所"], file: "m.csv")
        #expect(columns.columns == ["code": 0, "name": 1, "phone": 2, "address": 5])
    }

    @Test func mappingFileNamesWinOverBuiltInOnes() throws {
        // In this company's files 住所 is the delivery address, kept as a tag.
        let file = try MappingFile(yaml: "fields:\n  tags: 住所\n", file: "map.yaml")
        let columns = try ColumnMapping(fields: Self.customerFields, mappingFile: file)
            .resolve(["code", "name", "住所"], file: "m.csv")
        #expect(columns.columns["tags"] == 2)
    }

    @Test(arguments: [
        ("fields:\n  code: [a\n", "map.yaml:3: malformed YAML:"),
        ("fields:\n  code: a\n  code: b\n", "map.yaml:2: malformed YAML: duplicate key: code"),
        ("fields:\n  code: a\nignroe: [x]\n", "map.yaml:3: unknown key 'ignroe'; did you mean 'ignore'?"),
        ("fields:\n  code:\n", "map.yaml:2: code: give a column name or a list of them"),
        ("fields: [code, name]\n", "map.yaml:1: expected 'fields:'"),
        ("- code\n", "map.yaml:1: expected 'fields:'"),
        ("", "map.yaml: the mapping file is empty"),
    ])
    func malformedMappingFilesSayWhere(yaml: String, expected: String) {
        let problem = #expect(throws: ExchangeProblem.self) { try MappingFile(yaml: yaml, file: "map.yaml") }
        #expect(problem?.text(in: .en).hasPrefix(expected) == true, "\(problem?.text(in: .en) ?? "no problem")")
    }

    @Test func unknownFieldInAMappingFileIsReportedAtItsLine() throws {
        let file = try MappingFile(yaml: "fields:\n  code: 得意先コード\n  nmae: 得意先名\n", file: "map.yaml")
        let problems = #expect(throws: ExchangeProblems.self) { try ColumnMapping(fields: Self.customerFields, mappingFile: file) }
        #expect(problems?.problems.map { $0.text(in: .en) } == ["map.yaml:3: unknown field 'nmae'; did you mean 'name'?"])
    }

    @Test func mappingFileSavedAsShiftJISLoads() throws {
        let folder = ScratchFolder()
        let url = folder.write("map.yaml", bytes: try TextEncoding.cp932.encode("fields:\n  code: 得意先コード\nignore: [備考]\n"))
        let file = try MappingFile.load(from: url)
        #expect(file.fields.map(\.column) == ["得意先コード"])
        #expect(file.ignore.map(\.column) == ["備考"])
    }

    @Test func loadingAMissingMappingFileIsAnIOProblem() {
        let problem = #expect(throws: ExchangeProblem.self) {
            try MappingFile.load(from: URL(fileURLWithPath: "/nonexistent/map.yaml"))
        }
        #expect(problem?.code == .io)
    }
}
