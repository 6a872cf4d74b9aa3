// Crash restore: a fatal signal in the reader (a Swift runtime trap is SIGILL or SIGTRAP, a bad
// access SIGSEGV or SIGBUS, abort() SIGABRT) first gives the terminal back, then dies of the
// signal. Without it the shell is left in the alternate screen with mouse tracking and keypad
// mode on, and Swift's interactive backtracer holds the terminal for 30 s.
//
// The handler may only call async-signal-safe functions: write(2), tcsetattr(3), sigaction(2)
// and raise(3). It cannot call endwin() (ncurses allocates and uses stdio), so it writes the
// xterm sequences that undo what the reader turned on, and the terminal settings saved before
// ncurses changed them.
#ifndef NEWSROOM_CNCURSESW_CRASH_H
#define NEWSROOM_CNCURSESW_CRASH_H
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

enum { NR_CRASH_SIGNAL_COUNT = 6, NR_CRASH_STACK_SIZE = 64 * 1024 };

static inline const int *nr_crash_signals(void) {
    static const int signals[NR_CRASH_SIGNAL_COUNT] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    return signals;
}

// Static locals in static inline functions: one copy per importing Swift module, and only
// NewsroomTerminal calls these.
static inline struct termios *nr_crash_saved_termios(void) { static struct termios saved; return &saved; }
static inline int *nr_crash_has_termios(void) { static int has = 0; return &has; }
static inline struct sigaction *nr_crash_previous(void) {
    static struct sigaction previous[NR_CRASH_SIGNAL_COUNT];
    return previous;
}

static inline void nr_crash_handler(int signal_number) {
    // Mouse tracking (every mode ncurses may have used), keypad and cursor-key modes, colours,
    // cursor, then back to the normal screen.
    static const char restore[] =
        "\033[?1000l\033[?1002l\033[?1003l\033[?1005l\033[?1006l\033[?1015l"
        "\033[?1l\033>\033[0m\033[?25h\033[?1049l\r\n";
    static const char message[] = "newsroom: the reader crashed; the terminal was restored\n";
    ssize_t ignored = write(STDOUT_FILENO, restore, sizeof restore - 1);
    if (*nr_crash_has_termios()) tcsetattr(STDIN_FILENO, TCSANOW, nr_crash_saved_termios());
    ignored = write(STDERR_FILENO, message, sizeof message - 1);
    (void)ignored;
    // SA_RESETHAND put the default action back; SA_NODEFER lets it act at once: the process
    // dies of the signal (a core dump where enabled), not in the backtracer.
    raise(signal_number);
}

// Saves the terminal settings (call before ncurses changes them) and installs the handler for
// every fatal signal, on an alternate stack so a stack overflow still reaches it.
static inline void nr_crash_install(void) {
    *nr_crash_has_termios() = tcgetattr(STDIN_FILENO, nr_crash_saved_termios()) == 0;
    static char alternate_stack[NR_CRASH_STACK_SIZE];
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = nr_crash_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
    for (int i = 0; i < NR_CRASH_SIGNAL_COUNT; i++) {
        sigaction(nr_crash_signals()[i], &action, &nr_crash_previous()[i]);
    }
}

// After the terminal is restored normally: the handlers that were there before come back
// (Swift's backtracer, for a crash outside the reader).
static inline void nr_crash_uninstall(void) {
    for (int i = 0; i < NR_CRASH_SIGNAL_COUNT; i++) {
        sigaction(nr_crash_signals()[i], &nr_crash_previous()[i], NULL);
    }
}
#endif
