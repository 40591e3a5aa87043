import Foundation
import ReboundCore

/// The story bank for an interview, read and analysed only when first needed (`/stories`, the
/// end summary), so the first question never waits for it.
final class StoryBankOnDemand: StorySource, @unchecked Sendable {
  let store: StoryStore
  private let lock = NSLock()
  private var built: StoryMatcher?

  init(store: StoryStore) { self.store = store }

  var matcher: StoryMatcher {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    // Files that do not read are reported by 'rebound stories list'; an interview carries on without them.
    let matcher = StoryMatcher(stories: store.loadAll().stories)
    built = matcher
    return matcher
  }

  var storyCount: Int { matcher.storyCount }

  func stories(forQuestion question: String, requirement: String?, limit: Int) -> [StoryMap.Fit] {
    matcher.stories(forQuestion: question, requirement: requirement, limit: limit)
  }

  /// Keeps an answer as a new story and makes it count from now on.
  func add(_ story: Story) throws -> Story {
    let saved = try store.add(story)
    lock.lock()
    built = nil
    lock.unlock()
    return saved
  }
}
