import CReadline
import Foundation

/// GNU readline, set up for the Rounds prompt: line editing, Tab completion through a
/// `Completer`, and Ctrl-C as a key that abandons the line.
///
/// ```swift
/// LineEditor.configure(completer: Completer(registry: session.registry, rules: session.settings.rules, store: session.store))
/// switch LineEditor.read(prompt: "rounds> ") {
/// case .line(let text): print(text)
/// case .interrupted, .end: break
/// }
/// ```
///
/// readline is one process-wide C state, and its callbacks are C functions that capture
/// nothing, so the state they need lives in `nonisolated(unsafe)` statics. readline calls them
/// only on the thread inside `readline()`, which is the one thread that calls `read`.
enum LineEditor {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        /// Ctrl-D on an empty line.
        case end
    }

    nonisolated(unsafe) private static var completer: Completer?
    /// The earlier lines of a multi-line entry, so completion sees the whole command.
    nonisolated(unsafe) private static var context = ""
    nonisolated(unsafe) private static var pendingMatches: [String] = []
    nonisolated(unsafe) private static var wasInterrupted = false
    /// readline keeps these pointers, so they are allocated once and never freed.
    nonisolated(unsafe) private static let name = strdup("rounds")
    nonisolated(unsafe) private static let wordBreaks = strdup(" \t\n;")

    static func configure(completer: Completer) {
        self.completer = completer
        rounds_rl_set_readline_name(name)  // for `$if rounds` in ~/.inputrc
        rounds_rl_set_catch_signals(0)     // InterruptHandler owns SIGINT
        rl_initialize()                    // reads ~/.inputrc, so the settings below win
        rl_variable_bind("enable-bracketed-paste", "off")
        rounds_rl_set_word_break_characters(wordBreaks)
        rounds_rl_set_completion(complete)
        rounds_rl_set_prep_term_function(prepareTerminal)
        for keymap in ["emacs", "vi-insert", "vi-command"] {
            if let map = rl_get_keymap_by_name(keymap) { rl_bind_key_in_map(ctrlC, cancelLine, map) }
        }
    }

    /// Reads one line; `context` is the entry's text so far when this line continues it.
    static func read(prompt: String, context: String = "") -> Input {
        self.context = context
        wasInterrupted = false
        guard let line = readline(prompt) else { return .end }
        defer { free(line) }
        return wasInterrupted ? .interrupted : .line(String(cString: line))
    }

    private static let ctrlC: Int32 = 3

    /// readline's terminal set-up, plus one change: the terminal no longer turns Ctrl-C into
    /// SIGINT, so it reaches readline as a key bound to `cancelLine`. Handling the key inside
    /// readline is safe where a signal handler touching readline would not be. readline's
    /// restore puts the saved settings back, so Ctrl-C signals again while a command runs.
    private static let prepareTerminal: @convention(c) (Int32) -> Void = { meta in
        rl_prep_terminal(meta)
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        withUnsafeMutableBytes(of: &settings.c_cc) { $0[Int(VINTR)] = disabledCharacter }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    #if canImport(Glibc)
    private static let disabledCharacter: UInt8 = 0  // _POSIX_VDISABLE
    #else
    private static let disabledCharacter: UInt8 = 0xff
    #endif

    /// Ctrl-C at the prompt: show `^C` after the text, end the line, and mark it abandoned.
    private static let cancelLine: @convention(c) (Int32, Int32) -> Int32 = { _, key in
        wasInterrupted = true
        rl_end_of_line(1, key)
        rl_insert_text("^C")
        rl_redisplay()  // readline redraws after a key's function returns, but not once the line is done
        return rl_newline(1, key)
    }

    private static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, end in
        // The shell decides every completion; readline must not fall back to file names on its own.
        rounds_rl_set_completion_over(1)
        guard let completer, let text, let buffer = rounds_rl_line_buffer() else { return nil }
        let typed = String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(end)), as: UTF8.self)
        switch completer.candidates(for: context + typed) {
        case .files:
            rounds_rl_set_filename_completion_desired(1)
            return rl_completion_matches(text, rl_filename_completion_function)
        case .words(let words):
            pendingMatches = words
            return rl_completion_matches(text, nextMatch)
        }
    }

    /// readline's generator protocol: called until it returns nil, each string `strdup`ed
    /// because readline frees it.
    private static let nextMatch: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, _ in
        guard !pendingMatches.isEmpty else { return nil }
        return strdup(pendingMatches.removeFirst())
    }
}
