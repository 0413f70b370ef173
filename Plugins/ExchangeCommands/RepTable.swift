import RoundsDomain
import RoundsExchange

/// The rep file layout; lunch is `12:00-13:00` (or `11:30-13:30/60`), empty for none; team (チーム) is optional.
enum RepTable {
    static let fields = [
        FieldSpec("code", "担当者コード", required: true), FieldSpec("name", "氏名", required: true),
        FieldSpec("start_lat", "出発地緯度"), FieldSpec("start_lon", "出発地経度"),
        FieldSpec("end_lat", "帰着地緯度"), FieldSpec("end_lon", "帰着地経度"),
        FieldSpec("work_start", "始業時刻"), FieldSpec("work_end", "終業時刻"), FieldSpec("lunch", "昼休み"),
        FieldSpec("team", "チーム"),
    ]

    static let numberFields: Set<String> = ["start_lat", "start_lon", "end_lat", "end_lon"]

    static func cells(_ rep: Rep) -> [String] {
        [
            rep.code, rep.name,
            rep.start.map { "\($0.latitude)" } ?? "", rep.start.map { "\($0.longitude)" } ?? "",
            rep.end.map { "\($0.latitude)" } ?? "", rep.end.map { "\($0.longitude)" } ?? "",
            rep.workingHours.start.description, rep.workingHours.end.description, rep.lunch?.description ?? "",
            rep.team ?? "",
        ]
    }

    static func parse(_ cells: inout CellReader) -> Rep {
        let code = cells.required("code")
        var rep = Rep(code: code, name: cells.required("name"), lunch: nil)
        if !code.isEmpty {
            do { try Code.validate(code, field: "code") } catch { cells.report("code", error) }
        }
        rep.team = cells.text("team")
        rep.start = cells.coordinate("start_lat", "start_lon")
        rep.end = cells.coordinate("end_lat", "end_lon")
        let start = cells.parse("work_start") { text throws(RoundsError) in try TimeOfDay(parsing: text, field: "work_start") }
        let end = cells.parse("work_end") { text throws(RoundsError) in try TimeOfDay(parsing: text, field: "work_end") }
        do {
            rep.workingHours = try TimeWindow(start: start ?? Rep.defaultWorkingHours.start, end: end ?? Rep.defaultWorkingHours.end,
                                              field: "work_end")
        } catch {
            cells.report("work_end", error)
        }
        // A file without a lunch column gets the usual break; an empty cell means none.
        rep.lunch = cells.has("lunch")
            ? cells.parse("lunch") { text throws(RoundsError) in try LunchBreak(parsing: text) }
            : Rep.defaultLunch
        if cells.problems.isEmpty {
            do { try rep.validate() } catch { cells.report("lunch", error) }
        }
        return rep
    }
}
