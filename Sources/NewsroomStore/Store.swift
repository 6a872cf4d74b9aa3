import GRDB
import NewsroomCore

/// Placeholder: the SQLite library store (issue 3).
public struct StorePlaceholder {}
