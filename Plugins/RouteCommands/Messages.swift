import Foundation
import RoundsDomain
import RoundsRouting

extension Message {
    static let routeAbstract = Message(en: "Visit order: the best route for a rep's day, or for a benchmark file.",
                                       ja: "訪問順序：担当者の1日の最適ルート、またはベンチマークファイルの求解")
    static let routeDayAbstract = Message(en: "The order to visit the chosen customers in on one day, with times.",
                                          ja: "指定した顧客をその日に回る順番と時刻")
    static let routeDayDiscussion = Message(
        en: """
            Starts and ends where the rep does (rep edit --start/--end), inside the rep's working hours and lunch \
            break, serving each customer inside its visiting hours for its service minutes. Up to 12 customers the \
            order is proven the best; more are searched within --time-limit. Customers closed that weekday, or that \
            cannot be fitted, are listed with the reason. Travel uses the company's speed (rounds.yaml travel:).
            """,
        ja: """
            担当者の出発地・帰着地（rep edit --start/--end）から、勤務時間と昼休憩の中で、各顧客の訪問可能時間帯に \
            所要時間分の訪問を行います。12件までは最適であることを証明し、それ以上は --time-limit の範囲で探索します。 \
            定休日の顧客や入りきらない顧客は理由つきで示します。移動時間は会社の速度設定（rounds.yaml の travel:）を使います。
            """)
    static let routeRepHelp = Message(en: "The rep whose day it is.", ja: "担当者コード")
    static let routeDateHelp = Message(en: "The day (YYYY-MM-DD, today, today+1, R8.12.1).", ja: "日付（YYYY-MM-DD・today・today+1・R8.12.1）")
    static let routeCustomersHelp = Message(en: "Customers to visit, comma-separated.", ja: "訪問する顧客コード（カンマ区切り）")
    static let routeOptionalHelp = Message(en: "Customers to visit if the day has room (maintain-rank ones are left out first).",
                                           ja: "余裕があれば訪問する顧客（維持ランクから先に外します）")
    static let routeAppointmentHelp = Message(en: "A fixed appointment: service starts at this time (repeatable).",
                                              ja: "確定したアポイント：この時刻に訪問開始（複数指定可）")
    static let routeGeoJSONHelp = Message(en: "Also write the route as GeoJSON to this file.", ja: "ルートを GeoJSON でこのファイルにも書き出します")
    static let timeLimitHelp = Message(en: "Seconds the search may run for (days of up to 12 stops are solved exactly regardless).",
                                       ja: "探索に使う秒数（12件以下の日は常に厳密解）")
    static let seedHelp = Message(en: "Seed of the search: the same seed gives the same route.", ja: "探索の乱数シード（同じシードなら同じ結果）")
    static let timeLimitRange = Message(en: "give seconds above 0 and up to 3600", ja: "0 より大きく 3600 以下の秒数を指定してください")

    static let noCustomersGiven = Message(en: "give the customers to visit with --customers C001,C002",
                                          ja: "--customers C001,C002 のように訪問する顧客を指定してください")
    static func repWithoutStart(_ code: String) -> Message {
        Message(en: "rep \(code) has no start location; set it with: rep edit \(code) --start LAT,LON",
                ja: "担当者 \(code) に出発地がありません。rep edit \(code) --start 緯度,経度 で設定してください")
    }
    static func unknownRep(_ code: String) -> Message {
        Message(en: "unknown rep '\(code)'", ja: "担当者 '\(code)' は登録されていません")
    }
    static func unknownCustomer(_ code: String) -> Message {
        Message(en: "unknown customer '\(code)'", ja: "顧客 '\(code)' は登録されていません")
    }
    static func customerWithoutLocation(_ code: String) -> Message {
        Message(en: "customer \(code) has no map position; set it with: customer edit \(code) --lat LAT --lon LON",
                ja: "顧客 \(code) に位置がありません。customer edit \(code) --lat 緯度 --lon 経度 で設定してください")
    }
    static func customerTwice(_ code: String) -> Message {
        Message(en: "customer \(code) is given twice", ja: "顧客 \(code) が2回指定されています")
    }
    static func appointmentNotChosen(_ code: String) -> Message {
        Message(en: "the appointment is with \(code), who is not in --customers or --optional",
                ja: "アポイントの顧客 \(code) が --customers にも --optional にもありません")
    }
    static let appointmentFormat = Message(en: "use CODE@HH:MM, such as C003@14:00", ja: "C003@14:00 のように 顧客コード@時刻 で指定してください")
    static func closedOn(_ day: Weekday) -> Message {
        Message(en: "closed on \(day.code)", ja: "\(day.kanji)曜定休")
    }
    static func cannotReachInHours(_ hours: String) -> Message {
        Message(en: "cannot be reached within its visiting hours \(hours)", ja: "訪問可能時間帯 \(hours) に到着できません")
    }
    static let noRoomInDay = Message(en: "no room left in the working day", ja: "勤務時間内に入りきりません")
    static func lunchAt(_ start: String, _ end: String) -> Message {
        Message(en: "lunch \(start)-\(end)", ja: "昼休憩 \(start)-\(end)")
    }
    static func daySummary(leave: String, back: String, drive: Int, stops: Int, optimal: Bool, lunch: Message?) -> Message {
        let lunchEn = lunch.map { ", \($0.en)" } ?? "", lunchJa = lunch.map { "、\($0.ja)" } ?? ""
        return Message(en: "leave \(leave), back \(back), driving \(drive) min, \(stops) stops\(lunchEn)\(optimal ? " (proven best order)" : "")",
                       ja: "出発 \(leave)、帰着 \(back)、移動 \(drive) 分、\(stops) 件\(lunchJa)\(optimal ? "（最適順序）" : "")")
    }
    static func droppedLine(_ code: String, _ name: String, _ reason: Message) -> Message {
        Message(en: "not visited: \(code) \(name): \(reason.en)", ja: "訪問しない: \(code) \(name)：\(reason.ja)")
    }
    static func cannotWriteFile(_ path: String) -> Message {
        Message(en: "cannot write \(path)", ja: "\(path) に書き込めません")
    }

    static let seqHeader = Message(en: "#", ja: "#")
    static let customerHeader = Message(en: "customer", ja: "顧客")
    static let nameHeader = Message(en: "name", ja: "顧客名")
    static let arriveHeader = Message(en: "arrive", ja: "到着")
    static let startHeader = Message(en: "start", ja: "開始")
    static let departHeader = Message(en: "depart", ja: "出発")
    static let waitHeader = Message(en: "wait min", ja: "待ち分")
    static let driveHeader = Message(en: "drive min", ja: "移動分")

    static let routeSolveAbstract = Message(en: "Solve a TSPLIB, Solomon or VRPLIB benchmark file.",
                                            ja: "TSPLIB・Solomon・VRPLIB 形式のベンチマークを解きます")
    static let routeSolveDiscussion = Message(
        en: """
            The cost is the file's own distance: TSPLIB's rounding rules (EUC_2D, CEIL_2D, GEO, ATT), Solomon's \
            Euclidean distance in full precision, with capacities, time windows and at most the file's vehicles. \
            Routes list node numbers as in the file, the depot left out. Up to 12 stops on one vehicle are solved \
            exactly; otherwise the search runs for --time-limit seconds and gives the same answer for the same --seed.
            """,
        ja: """
            コストはファイル自身の距離です（TSPLIB の丸め規則 EUC_2D・CEIL_2D・GEO・ATT、Solomon は倍精度のユークリッド距離）。\
            容量・時間枠・車両数の上限を守ります。ルートはファイルのノード番号で、デポは含みません。車両1台・12件以下は厳密解、\
            それ以外は --time-limit 秒探索し、同じ --seed なら同じ結果になります。
            """)
    static let benchmarkFileHelp = Message(en: "The benchmark file.", ja: "ベンチマークファイル")
    static let benchmarkFormatHelp = Message(en: "The file's format when its content does not say (tsplib, solomon, vrplib).",
                                             ja: "内容から判別できないときのファイル形式（tsplib・solomon・vrplib）")
    static func searching(_ best: Double) -> Message {
        let cost = best.isFinite ? String(format: "%.2f", best) : "-"
        return Message(en: "searching (best \(cost))", ja: "探索中（最良 \(cost)）")
    }
    static func solveSummary(_ name: String, cost: Double, vehicles: Int, seconds: Double, optimal: Bool) -> Message {
        let time = String(format: "%.3f", seconds), costText = cost == cost.rounded() ? String(Int(cost)) : String(cost)
        return Message(en: "\(name): cost \(costText), \(vehicles) vehicle(s), \(time) s\(optimal ? ", proven optimal" : "")",
                       ja: "\(name): コスト \(costText)、車両 \(vehicles) 台、\(time) 秒\(optimal ? "、最適解" : "")")
    }
    static func dropReason(_ reason: DroppedStop.Reason) -> Message {
        switch reason {
        case .unreachableInWindow: Message(en: "cannot be reached inside its time window", ja: "時間枠内に到着できません")
        case .overCapacity: Message(en: "demand above every vehicle's capacity", ja: "需要がどの車両の容量も超えています")
        case .noRoom: Message(en: "no room left in the routes", ja: "ルートに入りきりません")
        }
    }
    static func droppedNode(_ label: String, _ reason: DroppedStop.Reason) -> Message {
        Message(en: "not visited: node \(label): \(dropReason(reason).en)", ja: "訪問しない: ノード \(label)：\(dropReason(reason).ja)")
    }
    static let routeHeader = Message(en: "route", ja: "ルート")
    static let stopsHeader = Message(en: "stops", ja: "件数")
    static let loadHeader = Message(en: "load", ja: "積載")
    static let costHeader = Message(en: "cost", ja: "コスト")
    static let nodesHeader = Message(en: "nodes", ja: "ノード")

    static let routeMatrixHelp = Message(
        en: "Road travel times instead of straight lines: from,to,seconds CSV (the rep's code for start and end) or an OSRM table JSON (start, end, then the customers in order).",
        ja: "直線距離の代わりに道路の移動時間を使います：from,to,seconds の CSV（出発・帰着は担当者コード）または OSRM の table JSON（出発・帰着・顧客の順）")
    static func osrmPlaces(_ path: String, _ found: Int, _ needed: Int) -> Message {
        Message(en: "\(path): the table has \(found) places; this day needs \(needed): the rep's start, end, then each customer as given",
                ja: "\(path): 表の地点数は \(found) ですが、この日は \(needed) 地点（出発・帰着・指定順の顧客）が必要です")
    }
    static func placeNotInMatrix(_ path: String, _ id: String) -> Message {
        Message(en: "\(path): no travel times for \(id); add rows from and to it", ja: "\(path): \(id) の移動時間がありません。\(id) との行を追加してください")
    }
}
