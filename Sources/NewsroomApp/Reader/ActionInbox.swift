import NewsroomUI
import Synchronization

/// Where work running off the reader's thread (a feed reload) leaves its actions; the reader
/// takes them between key waits, so only its own thread touches the state and the terminal.
/// A progress count not taken yet is replaced by the next one: the reader shows only the
/// latest, and the inbox stays small however slow the reader is.
final class ActionInbox: Sendable {
    private let actions = Mutex<[Action]>([])

    func post(_ action: Action) {
        actions.withLock { actions in
            if case .feedReloadProgress = action, let last = actions.last, case .feedReloadProgress = last {
                actions[actions.count - 1] = action
            } else {
                actions.append(action)
            }
        }
    }

    /// Every action posted since the last call, in order.
    func takeAll() -> [Action] {
        actions.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }
}
