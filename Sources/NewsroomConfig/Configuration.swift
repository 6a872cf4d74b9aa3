import NewsroomCore
import NewsroomTerminal
import NewsroomUI

/// Every setting the configuration file can hold, with the value in effect and where it came
/// from (`ConfigurationLoader` fills it; `newsroom config` prints it). The defaults here are
/// the reader's behaviour without a file.
public struct Configuration: Sendable {
    /// The file read (or looked for), and what named it.
    public var file: Sourced<String>
    /// Whether that file exists (a missing file at the default place means the defaults).
    public var fileExists: Bool

    /// The library; nil: the standard place (`DatabaseLocation`, below NEWSROOM_DB).
    public var database = Sourced<String?>(nil)
    /// The urls file; nil: the standard place (`$XDG_CONFIG_HOME/newsroom/urls`).
    public var urls = Sourced<String?>(nil)
    public var layout = Sourced(ReaderSettings.LayoutChoice.automatic)
    public var split = Sourced(ReaderSettings().splitPercent)
    public var readingWidth = Sourced(ReaderSettings().readingWidth)
    public var dateFormat = Sourced(DateFormat.standard)
    /// The browser's program and its first arguments (the link is added last); nil: none set.
    public var browser = Sourced<[String]?>(nil)
    /// Whether a reload fetches the web pages of every feed's items (a feed tagged
    /// `no-full-article` opts out) or only those of feeds tagged `full-article`.
    public var fullArticle = Sourced(false)
    public var reloadAtStart = Sourced(false)
    public var hyperlinks = Sourced(HyperlinkMode.auto)
    /// The roles the file gives a look of its own.
    public var colors: [StyleRole: Sourced<Look>] = [:]
    /// Set when NO_COLOR is: colours are off whatever the file says.
    public var noColor: Bool = false

    public init(file: Sourced<String>, fileExists: Bool) {
        self.file = file
        self.fileExists = fileExists
    }

    /// What the reader's state carries.
    public var readerSettings: ReaderSettings {
        ReaderSettings(layout: layout.value, splitPercent: split.value, readingWidth: readingWidth.value,
                       dateFormat: dateFormat.value)
    }

    /// The looks the terminal's theme takes over from the file.
    public var looks: [StyleRole: Look] {
        colors.mapValues(\.value)
    }
}

extension StyleRole {
    /// The role's key in `[colors]`: `status-bar` for `statusBar`.
    public var configurationName: String {
        var name = ""
        for character in String(describing: self) {
            if character.isUppercase {
                name += "-" + character.lowercased()
            } else {
                name.append(character)
            }
        }
        return name
    }

    public init?(configurationName: String) {
        guard let role = StyleRole.allCases.first(where: { $0.configurationName == configurationName }) else { return nil }
        self = role
    }
}
