/// Name tables for the demo company, as (kanji, katakana) pairs so every reading is right.
///
/// ```swift
/// let family = random.pick(DemoData.familyNames)   // 山田 / ヤマダ
/// ```
enum DemoData {
    static let familyNames = pairs("""
        佐藤:サトウ 鈴木:スズキ 高橋:タカハシ 田中:タナカ 伊藤:イトウ 渡辺:ワタナベ 山本:ヤマモト 中村:ナカムラ
        小林:コバヤシ 加藤:カトウ 吉田:ヨシダ 山田:ヤマダ 佐々木:ササキ 山口:ヤマグチ 松本:マツモト 井上:イノウエ
        木村:キムラ 林:ハヤシ 斎藤:サイトウ 清水:シミズ 山崎:ヤマザキ 森:モリ 池田:イケダ 橋本:ハシモト
        阿部:アベ 石川:イシカワ 山下:ヤマシタ 中島:ナカジマ 石井:イシイ 小川:オガワ 前田:マエダ 岡田:オカダ
        長谷川:ハセガワ 藤田:フジタ 後藤:ゴトウ 近藤:コンドウ 村上:ムラカミ 遠藤:エンドウ 青木:アオキ 坂本:サカモト
        斉藤:サイトウ 福田:フクダ 太田:オオタ 西村:ニシムラ 藤井:フジイ 金子:カネコ 岡本:オカモト 藤原:フジワラ
        中野:ナカノ 三浦:ミウラ 原田:ハラダ 松田:マツダ 竹内:タケウチ 小野:オノ 田村:タムラ 中山:ナカヤマ
        和田:ワダ 石田:イシダ 森田:モリタ 上田:ウエダ 原:ハラ 内田:ウチダ 柴田:シバタ 酒井:サカイ
        工藤:クドウ 横山:ヨコヤマ 宮崎:ミヤザキ 宮本:ミヤモト 大野:オオノ 高木:タカギ 安藤:アンドウ 丸山:マルヤマ
        今井:イマイ 河野:コウノ 増田:マスダ 杉山:スギヤマ 村田:ムラタ 大塚:オオツカ 小島:コジマ 千葉:チバ
        """)

    /// 屋号-style words many small firms are named with: 丸栄, 東和, 三光.
    static let coinedNames = pairs("""
        丸栄:マルエイ 東和:トウワ 三光:サンコウ 日進:ニッシン 協和:キョウワ 共栄:キョウエイ 太平:タイヘイ 富士:フジ
        昭和:ショウワ 大成:タイセイ 東邦:トウホウ 中央:チュウオウ 光陽:コウヨウ 旭:アサヒ 明治:メイジ 大栄:ダイエイ
        丸三:マルサン 山一:ヤマイチ 丸正:マルショウ 三協:サンキョウ 日東:ニットウ 新光:シンコウ 東洋:トウヨウ 太陽:タイヨウ
        平和:ヘイワ 千代田:チヨダ 丸和:マルワ 第一:ダイイチ 朝日:アサヒ 北斗:ホクト 信和:シンワ 栄光:エイコウ
        大同:ダイドウ 三和:サンワ 和光:ワコウ 扶桑:フソウ 関東:カントウ 城南:ジョウナン 城北:ジョウホク 武蔵:ムサシ
        江戸:エド 多摩:タマ 大東:ダイトウ 三栄:サンエイ 東京:トウキョウ 日栄:ニチエイ 新和:シンワ 丸協:マルキョウ
        """)

    /// Given names of the reps.
    static let givenNames = pairs("""
        健:ケン 翔太:ショウタ 大輔:ダイスケ 拓也:タクヤ 直樹:ナオキ 誠:マコト 剛:ツヨシ 浩二:コウジ 隆:タカシ
        亮:リョウ 和也:カズヤ 健太:ケンタ 達也:タツヤ 雄一:ユウイチ 修:オサム 聡:サトシ 悠人:ユウト 大樹:ダイキ
        洋平:ヨウヘイ 慎一:シンイチ 裕子:ユウコ 恵美:エミ 美咲:ミサキ 由美:ユミ 真由美:マユミ 彩:アヤ 直美:ナオミ
        陽子:ヨウコ 智子:トモコ 麻衣:マイ 沙織:サオリ 愛:アイ 久美子:クミコ 明美:アケミ 千尋:チヒロ 舞:マイ
        """)

    static let tags = (newBusiness: "新規開拓", followUp: "要フォロー", priceTalks: "値上げ交渉中",
                       competitor: "競合あり", large: "大口", referrer: "紹介元")

    /// Where the company's office may be, by seed: real street corners in central Tokyo.
    static let offices: [(latitude: Double, longitude: Double)] = [
        (35.691_8, 139.770_9), // 千代田区神田
        (35.619_7, 139.728_6), // 品川区大崎
        (35.684_0, 139.774_5), // 中央区日本橋
        (35.655_4, 139.757_1), // 港区浜松町
    ]

    /// `"山田:ヤマダ 佐藤:サトウ"` → name parts.
    private static func pairs(_ text: String) -> [NamePart] {
        text.split(whereSeparator: \.isWhitespace).map { word in
            let parts = word.split(separator: ":")
            return NamePart(kanji: String(parts[0]), kana: String(parts[1]))
        }
    }
}
