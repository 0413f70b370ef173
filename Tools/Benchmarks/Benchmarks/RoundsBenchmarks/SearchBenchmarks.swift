// The search target of the customer-history issue, on the release binary as a whole process:
//
//   F1  rounds --db NOTES1M search 値上                       ≤ 100 ms (1,000,000 notes, a 2-character query)
//   F2  rounds --db NOTES1M search 東和冷機 --limit 20          (a 4-character name, for comparison)
//
// The fixture is made once per run through the real import: a 1,000-customer demo company, then a
// generated CSV of 1,000,000 notes in Japanese (`import notes`), so the search index is the one
// users get.

import Benchmark
import Foundation

func searchBenchmarks() {
    Benchmark(
        "F1-search-2chars-1M-notes-max100ms",
        configuration: target(.milliseconds(100), warmup: 3, iterations: 40, seconds: 10)
    ) { _ in
        try Rounds.check(Rounds.run(["--db", try NotesFixture.shared.database(), "search", "値上"]))
    } setup: {
        _ = try NotesFixture.shared.database()
    }

    Benchmark(
        "F2-search-name-1M-notes",
        configuration: target(nil, warmup: 3, iterations: 40, seconds: 10)
    ) { _ in
        try Rounds.check(Rounds.run(["--db", try NotesFixture.shared.database(), "search", "東和冷機", "--limit", "20"]))
    } setup: {
        _ = try NotesFixture.shared.database()
    }
}

/// A million notes over a thousand customers, made once per benchmark run.
final class NotesFixture: @unchecked Sendable {
    static let shared = NotesFixture()
    static let notes = 1_000_000
    static let customers = 1_000

    private let lock = NSLock()

    func database() throws -> String {
        try lock.withLock {
            let directory = try Fixtures.shared.directory()
            let path = directory.appendingPathComponent("notes-1m.sqlite").path
            let ready = path + ".ready"
            if FileManager.default.fileExists(atPath: ready) { return path }
            Fixtures.removeDatabase(path)
            let start = ContinuousClock.now
            try Rounds.check(Rounds.run(["demo", "create", "--customers", "\(Self.customers)", "--years", "0", "--db", path]))
            let csv = directory.appendingPathComponent("notes-1m.csv")
            try Self.writeNotes(to: csv)
            try Rounds.check(Rounds.run(["--db", path, "import", "notes", csv.path]))
            try? FileManager.default.removeItem(at: csv)
            let count = try Fixtures.count(["--db", path, "note", "list", "--count"])
            guard count == Self.notes else { throw BenchmarkFailure("\(path) holds \(count) notes, not \(Self.notes)") }
            try Data().write(to: URL(fileURLWithPath: ready))
            Fixtures.log("made \(path) (\(Self.notes) notes) in \(ContinuousClock.now - start)")
            return path
        }
    }

    /// Sentences a rep would write, from parts chosen by a fixed linear congruential sequence so
    /// every run searches the same text.
    private static func writeNotes(to url: URL) throws {
        let subjects = ["東和冷機", "北斗商事", "丸栄食品", "先方の購買課長", "工場長", "新任の担当者", "社長", "経理部"]
        let topics = ["値上げ", "納期", "品質", "在庫", "支払条件", "新製品", "保守契約", "配送", "見積", "省エネ"]
        let verbs = ["について相談あり", "を気にしている", "の件で要望を受けた", "に不満がある様子", "を来月までに回答",
                     "について他社と比較中", "の説明を希望", "を再確認したい"]
        let kinds = ["competitor", "request", "general"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var chunk = "customer,date,kind,text\n"
        for index in 0..<notes {
            let number = String(next(customers) + 1)
            let customer = "C" + String(repeating: "0", count: 5 - number.count) + number
            let day = String(format: "2026-%02d-%02d", next(11) + 1, next(28) + 1)
            let text = subjects[next(subjects.count)] + "が" + topics[next(topics.count)] + verbs[next(verbs.count)]
            chunk += "\(customer),\(day),\(kinds[next(kinds.count)]),\(text)\n"
            if index % 20_000 == 19_999 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
    }
}
