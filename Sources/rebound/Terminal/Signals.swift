import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Set when Ctrl-C arrives; libedit's read then returns with EINTR and the answer is discarded.
let interruptSeen = Atomic<Bool>(false)

enum Signals {
  /// Catches SIGINT without SA_RESTART, so a blocked read returns instead of the process dying.
  static func catchInterrupts() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in interruptSeen.store(true, ordering: .relaxed) }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  /// Makes libedit and the C library read UTF-8 whatever the caller's locale.
  static func useUTF8Locale() {
    setlocale(LC_CTYPE, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }
}
