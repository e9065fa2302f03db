#ifndef FRONTDESK_CNCURSESW_SHIM_H
#define FRONTDESK_CNCURSESW_SHIM_H

// Wide-character curses: cchar_t, setcchar, wadd_wch (keys are read as bytes, see UTF8Assembler).
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// Macros and globals that do not import into Swift 6.
static inline WINDOW *fd_stdscr(void) { return stdscr; }
static inline int fd_lines(void) { return LINES; }
static inline int fd_cols(void) { return COLS; }
static inline attr_t fd_a_bold(void) { return A_BOLD; }
static inline attr_t fd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t fd_a_reverse(void) { return A_REVERSE; }
static inline attr_t fd_a_dim(void) { return A_DIM; }
static inline attr_t fd_a_normal(void) { return A_NORMAL; }
static inline int fd_key_f(int n) { return KEY_F(n); }
static inline int fd_color_pairs(void) { return COLOR_PAIRS; }
static inline int fd_colors(void) { return COLORS; }
static inline int fd_set_escdelay(int ms) { return set_escdelay(ms); }

// wcwidth is X/Open, and the Glibc module does not export it; curses measures glyphs with it.
extern int wcwidth(wchar_t);
static inline int fd_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
