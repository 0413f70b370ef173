import RoundsDomain

/// A customer's notes in the rep's words: rivals seen (競合), what the customer asked for or
/// complained about (要望: 値上げ, 納期, 品質…) and the rest (一般), tagged, written by its rep.
///
/// ```swift
/// let notes = DemoNotes.make(account)   // [競合] ミナト資材が工業用ウエスで1割ほど安い見積を… (tags 競合, ミナト資材)
/// ```
enum DemoNotes {
    static func make(_ account: DemoAccount) -> [Note] {
        var random = account.random(.notes)
        let count = switch account.customer.rank {
        case .focus: random.int(in: 4...8)
        case .develop: random.int(in: 2...5)
        case .maintain: random.int(in: 1...3)
        case nil: random.int(in: 0...2)
        }
        let span = account.until.days(since: account.since)
        var written = Set<String>()
        var notes: [Note] = []
        for _ in 0..<count {
            let day = min(account.until, account.openDay(onOrAfter: account.since.adding(days: random.below(span + 1))))
            let slots = Slots.make(account, day: day, &random)
            var note = Note(customer: account.customer.code, date: day, text: "", author: account.rep,
                            createdAt: DemoClock.time(day, minute: random.int(in: 17 * 60...20 * 60)))
            if let rival = account.competitor, random.chance(0.35) {
                note.kind = .competitor
                note.text = random.pick(DemoPhrases.rivalNotes)(slots)
                note.tags = ["競合", rival]
            } else if random.chance(0.55) {
                let request = random.pick(DemoPhrases.requestNotes)
                note.kind = .request
                note.text = request.text(slots)
                note.tags = request.tag.map { [$0] } ?? []
            } else {
                let general = random.pick(DemoPhrases.generalNotes)
                note.text = general.text(slots)
                note.tags = general.tag.map { [$0] } ?? []
            }
            // A rep does not write the same thing twice about one customer.
            if written.insert(note.text).inserted { notes.append(note) }
        }
        return notes.sorted { $0.date < $1.date }
    }
}
