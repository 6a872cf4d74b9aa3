import CNcursesw
import NewsroomUI

/// Placeholder: the ncurses backend (issue 4).
public enum TerminalPlaceholder {}
