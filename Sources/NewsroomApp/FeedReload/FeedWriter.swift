import Foundation
import Synchronization
import NewsroomStore

/// Writes a reload's fetched feeds into the library on a thread of its own, several feeds a
/// transaction. The fetch tasks only fetch, parse and prepare: a task waiting for the write
/// lock would hold one of the few threads Swift's tasks share (two on a two-core machine), and
/// parsing would stop while one feed is written.
final class FeedWriter: Sendable {
    /// A fetched feed: its outcome so far (kind, error) and what to write.
    struct Job: Sendable {
        var index: Int
        var outcome: FeedReloadOutcome
        var update: FeedUpdate
    }

    /// Items a transaction may hold: more feeds waiting are written together up to this.
    static let itemsPerTransaction = LibraryStore.importBatchSize

    private let store: LibraryStore
    private let handOff = HandOff<Job>(capacity: 8)
    private let outcomes = Mutex<[Int: FeedReloadOutcome]>([:])
    private let finished = DispatchSemaphore(value: 0)
    private let written: @Sendable (Int) -> Void

    /// `written` is told how many feeds each transaction finished (for the progress line).
    init(store: LibraryStore, written: @escaping @Sendable (Int) -> Void) {
        self.store = store
        self.written = written
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Queues a fetched feed; waits while eight are already waiting.
    func submit(_ job: Job) {
        _ = handOff.put(job)
    }

    /// Waits until everything submitted is written; the outcomes by job index.
    func finish() -> [Int: FeedReloadOutcome] {
        handOff.finish()
        finished.wait()
        return outcomes.withLock { $0 }
    }

    private func run() {
        defer { finished.signal() }
        while let first = handOff.take() {
            var group = [first]
            var items = first.update.articles.count
            while items < Self.itemsPerTransaction, let next = handOff.takeReady() {
                group.append(next)
                items += next.update.articles.count
            }
            record(write(group))
            written(group.count)
        }
    }

    private func write(_ group: [Job]) -> [Job] {
        do {
            let counts = try store.saveFeedUpdates(group.map(\.update))
            return zip(group, counts).map { job, counts in
                var job = job
                job.outcome.added = counts.added
                job.outcome.updated = counts.updated
                job.outcome.unchangedItems = counts.unchanged
                return job
            }
        } catch {
            return group.map { job in
                var job = job
                job.outcome = FeedReloadOutcome(url: job.outcome.url, kind: .failed, error: "the library could not save it: \(error.description)")
                return job
            }
        }
    }

    private func record(_ jobs: [Job]) {
        outcomes.withLock { outcomes in
            for job in jobs { outcomes[job.index] = job.outcome }
        }
    }
}
