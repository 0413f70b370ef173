/// The command being typed before the cursor, split into words the way the script language
/// splits them (quotes, `\` escapes and continuations): the finished words, and the partial
/// word Tab completes. Commands before a `;` or newline don't count.
///
/// ```swift
/// let line = TypedLine("rep list; customer show 'C0")
/// line.words    // ["customer", "show"]
/// line.partial  // "C0"
/// ```
struct TypedLine: Equatable {
    private(set) var words: [String] = []
    private(set) var partial = ""

    init(_ text: String) {
        var word: String?
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
                if character == "\n" {
                    // `\` at the end of a line continues the command: the newline only separates words.
                    if let finished = word { words.append(finished) }
                    word = nil
                } else {
                    word = (word ?? "") + String(character)
                }
            } else if let open = quote {
                if character == open { quote = nil } else { word?.append(character) }
            } else {
                switch character {
                case "\\":
                    escaped = true
                case "'", "\"":
                    quote = character
                    word = word ?? ""
                case " ", "\t":
                    if let finished = word { words.append(finished) }
                    word = nil
                case ";", "\n":
                    words = []
                    word = nil
                default:
                    word = (word ?? "") + String(character)
                }
            }
        }
        partial = word ?? ""
    }
}
