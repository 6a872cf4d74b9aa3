import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom feeds [--json]`: every subscription with its title, tags, last fetch, status (and
/// last error) and how many of its items the library holds.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "List subscriptions: title, tags, last fetch, status and item count (or --json).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    @Flag(help: "Print the list as a JSON array (fields in docs/cli.md).")
    var json = false

    func run() throws {
        try CommandFailure.reporting {
            let subscriptions = try urls.load(common).subscriptions
            let store = try common.openStore(.readOnly)
            let states = try store.feedStates()
            let counts = try store.feedItemCounts()
            if json {
                var writer = JSONWriter(pretty: true)
                writer.beginArray()
                for subscription in subscriptions {
                    let state = states[subscription.url]
                    writer.beginObject()
                    writer.key("url"); writer.string(subscription.url)
                    writer.key("title"); writer.string(state?.title)
                    writer.key("tags"); writer.stringArray(subscription.tags)
                    writer.key("lastFetched"); writer.string(state?.lastFetched.map(Self.iso8601))
                    writer.key("status"); writer.string(state?.status?.rawValue)
                    writer.key("error"); writer.string(state?.lastError)
                    writer.key("items"); writer.number(counts[subscription.url] ?? 0)
                    writer.endObject()
                }
                writer.endArray()
                StandardStreams.write(writer.text + "\n")
                return
            }
            var out = ""
            for subscription in subscriptions {
                let state = states[subscription.url]
                let status = state?.status?.rawValue ?? "never fetched"
                var line = "\(subscription.url)  \(counts[subscription.url] ?? 0) items  \(status)"
                if let fetched = state?.lastFetched { line += " " + Self.iso8601(fetched) }
                if let title = state?.title { line += "  \"\(title)\"" }
                if !subscription.tags.isEmpty { line += "  [" + subscription.tags.joined(separator: ", ") + "]" }
                if let error = state?.lastError, state?.status == .failed { line += "  error: \(error)" }
                out += Sanitizer.display(line) + "\n"
            }
            StandardStreams.write(out)
        }
    }

    /// `2024-03-04T09:15:00Z` for seconds since 1970.
    static func iso8601(_ seconds: Int64) -> String {
        Timestamp(secondsSince1970: seconds, utcOffsetSeconds: 0).iso8601
    }
}
