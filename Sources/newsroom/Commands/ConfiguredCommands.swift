import NewsroomTerminal

/// The commands that read the configuration (every one but `parse`, which reads the one file
/// it is given and nothing else): `Newsroom.main` checks the file before any of them runs.
extension ConfigCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, nil) }
}
extension AddCommand: ConfiguredCommand {}
extension ListCommand: ConfiguredCommand {}
extension SearchCommand: ConfiguredCommand {}
extension BookmarksAddCommand: ConfiguredCommand {}
extension BookmarksRemoveCommand: ConfiguredCommand {}
extension BookmarksListCommand: ConfiguredCommand {}
extension BookmarksExportCommand: ConfiguredCommand {}
extension BookmarksImportCommand: ConfiguredCommand {}
extension BookmarksTestHookCommand: ConfiguredCommand {}
extension SubscribeCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, nil) }
}
extension UnsubscribeCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, nil) }
}
extension FeedsCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, nil) }
}
extension ReloadCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, nil) }
}
extension ImportOPMLCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, nil) }
}
extension ExportOPMLCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, nil) }
}
