#ifndef ROUNDS_CREADLINE_SHIM_H
#define ROUNDS_CREADLINE_SHIM_H
// readline.h needs FILE from stdio.h first.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 rejects readline's mutable C globals; these setters are the only way the shell touches them.
static inline void rounds_rl_set_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}
static inline void rounds_rl_set_completion_over(int over) { rl_attempted_completion_over = over; }
static inline void rounds_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void rounds_rl_set_catch_signals(int catch_signals) { rl_catch_signals = catch_signals; }
static inline void rounds_rl_set_word_break_characters(const char *chars) {
    rl_completer_word_break_characters = (char *)chars;
}
static inline const char *rounds_rl_line_buffer(void) { return rl_line_buffer; }
static inline int rounds_rl_point(void) { return rl_point; }
static inline void rounds_rl_set_done(int done) { rl_done = done; }
static inline void rounds_rl_set_filename_completion_desired(int desired) {
    rl_filename_completion_desired = desired;
}
static inline void rounds_rl_set_prep_term_function(rl_vintfunc_t *function) { rl_prep_term_function = function; }
static inline void rounds_history_set_multiline(void) {
    // Timestamp lines ("#1700000000") mark where each entry starts, so an entry may span lines.
    history_comment_char = '#';
    history_write_timestamps = 1;
    history_multiline_entries = 1;
}
static inline const char *rounds_history_last_line(void) {
    HIST_ENTRY *entry = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    return entry ? entry->line : NULL;
}
#endif
