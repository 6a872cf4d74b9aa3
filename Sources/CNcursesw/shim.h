// ncursesw for Swift. SwiftPM drops pkg-config's _XOPEN_SOURCE, so ask for the wide API here.
#ifndef NEWSROOM_CNCURSESW_SHIM_H
#define NEWSROOM_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
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
// wcwidth is hidden from Swift's Glibc module.
int wcwidth(wchar_t c);
#endif
