import NewsroomCore
import NewsroomTerminal
import NewsroomUI

/// `newsroom config`: every setting in effect, one per line, with where it came from as a
/// comment. The output is itself a valid configuration file, so any line can be copied into
/// the real one; the colours are the standard theme's where the file sets none.
public enum ConfigurationReport {
    /// `databasePath` and `urlsPath`: where the library and the urls file are when the
    /// configuration leaves them to the standard places (the caller knows those).
    public static func text(_ configuration: Configuration, databasePath: String, urlsPath: String) -> String {
        var lines: [String] = []
        let file = configuration.file
        let named = file.origin == .standard ? "the standard place" : file.origin.description
        lines.append("# Settings in effect and where each comes from (valid TOML: lines can be copied into the file).")
        if file.value.isEmpty {
            lines.append("# configuration file: none (neither XDG_CONFIG_HOME nor HOME is set)")
        } else {
            lines.append("# configuration file: \(file.value) (\(named)\(configuration.fileExists ? "" : "; not there, so all defaults"))")
        }
        func add(_ setting: String, comment: String) {
            let padding = String(repeating: " ", count: max(1, 34 - DisplayWidth.of(setting)))
            lines.append(setting + padding + "# " + comment)
        }
        func add(_ key: String, _ value: String, _ origin: SettingOrigin) {
            add("\(key) = \(value)", comment: origin.description)
        }
        add("db", quoted(configuration.database.value ?? databasePath), configuration.database.origin)
        add("urls", quoted(configuration.urls.value ?? urlsPath), configuration.urls.origin)
        add("layout", quoted(configuration.layout.value.rawValue), configuration.layout.origin)
        add("split", String(configuration.split.value), configuration.split.origin)
        add("reading-width", String(configuration.readingWidth.value), configuration.readingWidth.origin)
        add("date-format", quoted(configuration.dateFormat.value.pattern), configuration.dateFormat.origin)
        if let browser = configuration.browser.value {
            let value = browser.count == 1 ? quoted(browser[0]) : "[" + browser.map(quoted).joined(separator: ", ") + "]"
            add("browser", value, configuration.browser.origin)
        } else {
            add("# browser = \"w3m\"", comment: "default: none ($BROWSER is not set)")
        }
        add("full-article", String(configuration.fullArticle.value), configuration.fullArticle.origin)
        add("reload-at-start", String(configuration.reloadAtStart.value), configuration.reloadAtStart.origin)
        add("hyperlinks", quoted(configuration.hyperlinks.value.rawValue), configuration.hyperlinks.origin)
        lines.append("")
        lines.append("[colors]")
        if configuration.noColor {
            lines.append("# colours are off (environment NO_COLOR): these apply when it is unset")
        }
        let standard = Theme.standard(.color)
        for role in StyleRole.allCases {
            let look = configuration.colors[role] ?? Sourced(standard.look(for: role))
            add(role.configurationName, quoted(ColorSpec.text(look.value)), look.origin)
        }
        return lines.map { Sanitizer.display($0) }.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string: backslash and quote escaped, control characters as \uXXXX.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
