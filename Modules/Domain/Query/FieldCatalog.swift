/// The fields a listing can filter and sort on, with their types and help (`help fields customer`).
public struct FieldCatalog: Sendable {
    public enum FieldType: String, Sendable {
        case text, integer, real, yen, date, rank, status, tags
    }

    public struct Field: Sendable {
        public let name: String
        public let type: FieldType
        public let help: Message

        public init(_ name: String, _ type: FieldType, _ help: Message) {
            self.name = name
            self.type = type
            self.help = help
        }
    }

    public let entity: String
    public let fields: [Field]

    public init(entity: String, fields: [Field]) {
        self.entity = entity
        self.fields = fields
    }

    public func field(named name: String) -> Field? {
        fields.first { $0.name == name.lowercased() }
    }

    public static let customer = FieldCatalog(entity: "customer", fields: [
        Field("code", .text, Message(en: "customer code", ja: "顧客コード")),
        Field("name", .text, Message(en: "trade name", ja: "顧客名")),
        Field("name_kana", .text, Message(en: "reading of the name (katakana)", ja: "顧客名フリガナ")),
        Field("address", .text, Message(en: "address", ja: "住所")),
        Field("lat", .real, Message(en: "latitude (WGS84)", ja: "緯度")),
        Field("lon", .real, Message(en: "longitude (WGS84)", ja: "経度")),
        Field("phone", .text, Message(en: "phone number", ja: "電話番号")),
        Field("rep", .text, Message(en: "code of the rep in charge", ja: "担当者コード")),
        Field("rank", .rank, Message(en: "focus, develop or maintain (重点・育成・維持)", ja: "ランク（重点・育成・維持）")),
        Field("potential", .yen, Message(en: "annual potential in yen", ja: "年間ポテンシャル（円）")),
        Field("service_minutes", .integer, Message(en: "minutes per visit", ja: "1回の訪問時間（分）")),
        Field("visit_interval_days", .integer, Message(en: "own days between visits (instead of the rank's)", ja: "個別の訪問間隔（日、ランクより優先）")),
        Field("time_windows", .text, Message(en: "visiting hours, e.g. 09:00-12:00,13:00-17:00", ja: "訪問可能時間帯")),
        Field("closed_days", .text, Message(en: "closed weekdays, e.g. sat,sun", ja: "定休日")),
        Field("status", .status, Message(en: "active, dormant or archived", ja: "状態（取引中・休眠・アーカイブ）")),
        Field("tags", .tags, Message(en: "tags; 'tags contains X' matches one tag", ja: "タグ")),
        Field("created", .date, Message(en: "date the customer was added", ja: "登録日")),
        Field("updated", .date, Message(en: "date of the last change", ja: "更新日")),
    ])
}
