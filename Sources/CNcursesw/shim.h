// ncursesw for Swift. SwiftPM drops pkg-config's _XOPEN_SOURCE, so ask for the wide API here.
#ifndef NEWSROOM_CNCURSESW_SHIM_H
#define NEWSROOM_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros with casts and globals that Swift cannot import or Swift 6 rejects: wrap them.
static inline attr_t nr_a_bold(void) { return A_BOLD; }
static inline attr_t nr_a_reverse(void) { return A_REVERSE; }
static inline attr_t nr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nr_a_dim(void) { return A_DIM; }
static inline attr_t nr_a_italic(void) { return A_ITALIC; }
static inline attr_t nr_a_normal(void) { return A_NORMAL; }
static inline int nr_key_f(int n) { return KEY_F(n); }
static inline int nr_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int nr_getmaxx(WINDOW *w) { return getmaxx(w); }
// The global stdscr after newterm(); Swift 6 rejects reading the global itself.
static inline WINDOW *nr_stdscr(void) { return stdscr; }
// newterm on the process's own stdout/stdin (the stdio globals are not usable from Swift 6).
// Unlike initscr, newterm returns NULL on failure instead of exiting the process.
static inline SCREEN *nr_newterm(void) { return newterm(NULL, stdout, stdin); }
// The COLORS / COLOR_PAIRS globals, valid after start_color().
static inline int nr_colors(void) { return COLORS; }
static inline int nr_color_pairs(void) { return COLOR_PAIRS; }

// Mouse masks are function-like macros; Swift does not import them.
static inline mmask_t nr_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t nr_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t nr_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t nr_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t nr_button5_pressed(void) { return BUTTON5_PRESSED; }

// True when the C library's current locale encodes text as UTF-8.
static inline int nr_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Signals that must restore the terminal (SIGINT, SIGTERM, SIGHUP). The handler only stores
// the signal number in a `volatile sig_atomic_t`, the one thing C guarantees a handler may do;
// the backend notices it on the main thread (the blocking read returns early with EINTR because
// SA_RESTART is not set) and restores the terminal there, outside the handler.
// Static locals in static inline functions: one copy per importing Swift module, and only
// NewsroomTerminal calls these.
static inline volatile sig_atomic_t *nr_signal_slot(void) {
    static volatile sig_atomic_t slot = 0;
    return &slot;
}
static inline void nr_signal_record(int signal_number) { *nr_signal_slot() = signal_number; }
static inline int nr_signal_install(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = nr_signal_record;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocked read must wake up
    return sigaction(signal_number, &action, NULL);
}
static inline int nr_signal_restore_default(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}
// Returns the pending signal number (0 if none) and clears it.
static inline int nr_signal_take(void) {
    int pending = *nr_signal_slot();
    *nr_signal_slot() = 0;
    return pending;
}

// wcwidth is hidden from Swift's Glibc module.
int wcwidth(wchar_t c);
#endif
