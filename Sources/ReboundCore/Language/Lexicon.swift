/// The words and phrases an interviewer listens for, grouped by what they signal.
///
/// Lists are matched on stemmed whole words, so each entry covers its inflections.
public struct Lexicon: Sendable {
  public private(set) var fillers: PhraseSet
  public private(set) var hedges: PhraseSet
  public private(set) var cliches: PhraseSet
  /// Words harsh enough to count as negativity wherever they appear.
  public private(set) var harshWords: PhraseSet
  /// Milder complaints that count only when aimed at other people.
  public private(set) var complaints: PhraseSet
  /// Where a pay figure comes from: the band, the market, surveys.
  public private(set) var salaryBasis: PhraseSet
  /// Openness to talk about pay and the package.
  public private(set) var flexibility: PhraseSet
  /// Boasting and denial: never wrong, never stressed, indispensable.
  public private(set) var arrogance: PhraseSet
  /// Words that point at former employers or colleagues.
  public private(set) var otherPeople: PhraseSet
  public private(set) var outcomes: PhraseSet
  public private(set) var goals: PhraseSet
  public private(set) var context: PhraseSet
  public private(set) var problems: PhraseSet
  public private(set) var reasons: PhraseSet
  public private(set) var researchSignals: PhraseSet
  public private(set) var genericPraise: PhraseSet
  public private(set) var numberWords: PhraseSet
  public private(set) var timeUnits: PhraseSet
  public private(set) var multipliers: PhraseSet
  public private(set) var evidenceMarkers: PhraseSet
  /// Verbs after "I" that describe feelings or states, not actions.
  public let nonActions: Set<String>
  /// Irregular past-tense action verbs ("built", "led") that do not end in -ed.
  public let irregularActions: Set<String>
  public let stopwords: Set<String>
  /// All the phrase sets above, matched together in one pass.
  let index: PhraseIndex
  /// Words common to every requirement ("experience", "strong") that prove nothing on their own.
  public let requirementNoise: Set<String>

  public init(tokenizer: Tokenizer = Tokenizer()) {
    func set(_ words: [String]) -> PhraseSet { PhraseSet(words, tokenizer: tokenizer) }
    func stems(_ words: [String]) -> Set<String> {
      Set(words.flatMap { tokenizer.tokens($0).map(\.stem) })
    }
    fillers = set([
      "um", "umm", "uh", "uhh", "er", "erm", "hmm", "you know", "i mean", "basically", "literally",
      "sort of", "kind of", "kinda", "sorta", "like i said", "so yeah", "yeah so", "and stuff",
      "or whatever", "and so on and so forth", "stuff like that", "things like that",
      "to be honest", "honestly", "at the end of the day", "you see", "okay so", "anyway",
    ])
    hedges = set([
      "i think", "i guess", "i suppose", "maybe", "perhaps", "probably", "possibly", "hopefully",
      "i feel like", "not sure", "i'm not sure", "might have", "may have", "somewhat", "a bit",
      "a little", "i'd say", "more or less", "in a way", "i hope", "try to", "tried to", "fairly",
      "pretty much", "i would say", "sort of", "kind of", "just",
    ])
    cliches = set([
      "team player", "hard worker", "hardworking", "hard-working", "perfectionist",
      "think outside the box", "outside the box", "go-getter", "go getter", "self-starter",
      "self starter", "people person", "detail-oriented", "results-driven", "results oriented",
      "synergy", "give 110", "110 percent", "wear many hats", "work too hard", "fast learner",
      "quick learner", "dynamic", "passionate about everything", "rock star", "ninja",
      "jack of all trades", "proactive", "think big", "hit the ground running", "win-win",
      "best of breed", "low-hanging fruit", "move the needle", "circle back", "touch base",
    ])
    harshWords = set([
      "incompetent", "idiot", "idiots", "stupid", "useless", "toxic", "hated", "hate", "lazy",
      "clueless", "moron", "pathetic", "dumb", "nightmare", "disaster", "jerk", "jerks",
      "micromanaged", "micromanager", "micromanaging", "backstabbing", "backstabber", "joke",
      "their fault", "his fault", "her fault", "not my fault", "blame", "blamed",
    ])
    complaints = set([
      "terrible", "awful", "horrible", "worst", "bad", "annoying", "ridiculous", "unfair",
      "never listened", "didn't listen", "didn't care", "couldn't care less", "no idea",
      "wasted", "unprofessional", "chaotic", "mess", "miserable", "rude", "unbearable",
      "frustrating", "frustrated",
    ])
    otherPeople = set([
      "boss", "manager", "management", "colleague", "coworker", "co-worker", "team", "teammate",
      "company", "employer", "they", "he", "she", "them", "leadership", "client", "director",
      "supervisor", "lead", "people there", "everyone",
    ])
    outcomes = set([
      "as a result", "resulted in", "result was", "the result", "which led to", "led to",
      "leading to", "in the end", "ended up", "by the end", "the outcome", "outcome was",
      "which meant", "this meant", "that meant", "so that", "reduced", "reduce", "increased",
      "increase", "improved", "improvement", "cut", "saved", "grew", "growth", "=doubled",
      "=halved", "=tripled", "won", "achieved", "delivered", "launched", "shipped", "on time",
      "under budget", "ahead of schedule", "dropped", "rose", "fell", "promoted", "praised",
      "adopted", "renewed", "signed", "closed", "no longer", "since then", "still use",
      "feedback was", "thanked", "recognised", "recognized", "award", "succeeded", "success",
      "raised", "boosted", "lowered", "shortened", "eliminated", "met the deadline",
      "hit the target", "exceeded", "beat", "went from", "retention", "satisfaction",
      "completed", "finished", "passed", "approved", "accepted", "resolved", "fixed",
      "now", "became", "rolled out", "made it", "turned around", "recovered",
    ])
    goals = set([
      "my goal", "our goal", "the goal", "i needed to", "i had to", "i was asked to",
      "i was responsible for", "responsible for", "my job was", "my task", "the task",
      "we needed to", "needed to", "the aim", "my aim", "my role was", "i was tasked",
      "tasked with", "in charge of", "objective", "target", "to make sure", "had to", "wanted to",
      "was asked", "my responsibility", "challenge was", "i set out to", "the plan was",
      "it was up to me", "my part", "i owned", "as the team lead", "as team lead", "as the lead",
      "as the manager", "as project manager", "as the project manager", "in my role as", "i was leading",
      "i took charge", "i took ownership", "i stepped in",
    ])
    context = set([
      "last year", "last month", "last quarter", "this year", "a few months ago",
      "a few years ago", "years ago", "when i was", "when i worked", "at my previous",
      "at my last", "in my previous", "in my last", "in my current", "in my role", "in my first",
      "while working", "while i was", "during", "one time", "once", "at the time", "previously",
      "back when", "in my old", "at my old", "my first job", "recently", "early on", "last spring",
      "last summer", "last autumn", "last fall", "last winter", "in january", "in february",
      "in march", "in april", "in may", "in june", "in july", "in august", "in september",
      "in october", "in november", "in december",
    ])
    problems = set([
      "problem", "issue", "challenge", "backlog", "complaint", "failing", "failed",
      "behind schedule", "deadline", "crisis", "outage", "declining", "dropping", "late", "delay",
      "bottleneck", "conflict", "disagreement", "broken", "slow", "error", "mistake", "risk",
      "budget", "shortage", "short-staffed", "understaffed", "churn", "losing", "struggling",
      "stuck", "tension", "pressure", "escalation", "overdue", "bug", "incident", "gap",
      "disagreed", "disagree", "stalled", "blocked", "argued", "clashed", "missed", "overran",
      "overbooked", "complained", "fell behind", "went wrong", "broke", "frustrated", "unhappy",
      "angry", "upset", "struggled", "failing", "at risk", "urgent", "short of", "too slow",
      "went down", "crashed", "was down", "outage", "offline", "stopped working", "backlogged",
    ])
    arrogance = set([
      "without me", "i am the best", "i'm the best", "the best problem solver", "better than anyone",
      "better than everyone", "nobody else could", "no one else could", "single-handedly",
      "carried the team", "i never make mistakes", "i don't make mistakes", "i don't really make",
      "i don't have any weaknesses", "i don't have weaknesses", "i don't really have any weaknesses",
      "i don't really have weaknesses", "i don't really get stressed", "i never get stressed",
      "i'm always right", "i am always right", "it wasn't my fault", "it wasn't really my fault",
      "wasn't a big deal", "nobody really noticed", "i don't really have many weaknesses",
      "non-negotiable", "not negotiable", "not going to accept", "no point carrying on",
      "take it or leave it", "i know my worth", "or i walk", "or i'll walk",
    ])
    salaryBasis = set([
      "similar roles", "similar positions", "the market", "market rate", "going rate", "band",
      "grade", "pay scale", "advertised", "advertise", "published", "industry average", "survey",
      "benchmark", "recruiter", "comparable roles", "for this level",
    ])
    flexibility = set([
      "open", "flexible", "flexibility", "depending on", "depends on", "the whole package",
      "the full package", "the package", "negotiable", "happy to discuss", "open to discussing",
      "room to", "willing to", "discuss",
    ])
    reasons = set([
      "because", "which is why", "that's why", "that is why", "drawn to", "excites me",
      "exciting", "aligns", "align with", "matters to me", "i care about", "i want to",
      "i'd love to", "i would love to", "appeals to me", "attracted", "inspired", "resonates",
      "speaks to me", "i admire", "i respect", "personally", "fits", "fit with", "connects",
      "i share", "motivates me", "is why i",
    ])
    researchSignals = set([
      "i read", "i saw", "i noticed", "i learned", "i heard", "i listened", "i looked at",
      "i follow", "i've followed", "i have followed", "i've used", "i have used", "i use your",
      "your mission", "your values", "your customers", "your product", "your products",
      "your platform", "your team", "your recent", "your annual report", "annual report",
      "announced", "announcement", "launch", "launched", "recently", "press release", "blog",
      "podcast", "article", "interview with", "your ceo", "your founder", "acquisition",
      "acquired", "expansion", "expanding", "new office", "funding", "series", "award",
      "sustainability", "strategy", "your approach", "your focus", "your app", "your service",
      "your work on", "your website", "case study", "glassdoor", "linkedin", "report",
      "survey", "surveys", "salary survey", "market rate", "going rate", "published range",
      "i checked", "i've looked", "i looked at", "benchmark", "pay scale", "band",
    ])
    genericPraise = set([
      "great company", "good company", "amazing company", "great place to work", "good reputation",
      "great reputation", "great culture", "amazing culture", "good culture", "industry leader",
      "well known", "well-known", "big name", "prestigious", "stable company", "good benefits",
      "great benefits", "fast-growing", "fast growing", "innovative company", "exciting company",
      "i've always wanted", "dream company", "everyone wants to work", "good opportunity",
      "great opportunity", "career growth", "good salary", "looks good on my",
    ])
    numberWords = set([
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds",
      "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "half",
      "a third", "a quarter", "percent", "per cent",
    ])
    timeUnits = set([
      "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint", "shift",
    ])
    multipliers = set([
      "=doubled", "=halved", "=tripled", "=quadrupled", "twice", "times faster", "times more",
      "fold", "x faster", "percentage points",
    ])
    // Signs that a claim is backed by an instance; "I've used X" alone is only a claim.
    evidenceMarkers = set([
      "for example", "for instance", "when i", "the time i", "once i", "last year i",
    ])
    nonActions = stems([
      "was", "am", "is", "were", "be", "been", "felt", "feel", "thought", "think", "wanted", "want",
      "hoped", "hope", "liked", "like", "loved", "love", "believed", "believe", "guess", "guessed",
      "suppose", "supposed", "would", "could", "should", "might", "may", "must", "will", "can",
      "do", "did", "does", "had", "have", "has", "got", "get", "mean", "meant", "know", "knew",
      "need", "needed", "wish", "wished", "enjoyed", "enjoy", "realised", "realized", "noticed",
      "remember", "remembered", "say", "said", "tend", "tended", "seemed", "used", "decided",
      "started", "tried", "try", "agreed", "learned", "learnt", "saw", "see", "hated", "hate",
      "wasn't", "didn't", "couldn't", "don't", "can't", "won't", "'m", "'d", "'ve", "'ll",
      "am", "also", "just", "really", "then", "actually", "always", "never", "personally",
      "definitely", "basically", "still", "only", "even", "kind", "sort",
    ])
    irregularActions = stems([
      "built", "led", "ran", "wrote", "set", "made", "took", "brought", "sat", "spoke", "met",
      "taught", "chose", "drove", "found", "gave", "began", "sent", "put", "kept", "told", "went",
      "held", "sought", "caught", "won", "rebuilt", "rewrote", "dug", "spent", "cut", "split",
      "drew", "laid", "paid", "rang", "sold", "bought", "fought", "stood", "shut", "broke",
      "flew", "grew", "undertook", "oversaw", "overhauled", "withdrew", "upheld", "took over",
      "ran", "lent", "dealt", "won", "wove", "swapped", "shadowed", "hired", "fixed", "mapped",
    ])
    stopwords = stems([
      "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at",
      "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
      "its", "this", "that", "these", "those", "i", "me", "my", "we", "our", "us", "you", "your",
      "he", "she", "they", "them", "their", "his", "her", "what", "which", "who", "whom", "when",
      "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
      "such", "no", "nor", "not", "only", "own", "same", "than", "too", "very", "can", "will",
      "just", "should", "would", "could", "do", "does", "did", "have", "has", "had", "about",
      "into", "over", "after", "before", "up", "down", "out", "off", "again", "there", "here",
      "also", "am", "really", "lot", "lots", "thing", "things", "get", "got", "make", "made",
      "etc", "e.g", "i.e", "well", "one", "many", "much", "able", "within", "across", "including",
      "while", "per", "via", "like", "new", "use", "using", "used", "s", "t", "don't", "it's",
      "i'm", "i've", "i'd", "we're", "you're", "you'll", "we'll", "them", "would", "must",
    ])
    requirementNoise = stems([
      "experience", "experienced", "years", "year", "ability", "able", "strong", "excellent",
      "good", "great", "solid", "proven", "demonstrated", "knowledge", "skills", "skill",
      "understanding", "familiarity", "familiar", "proficiency", "proficient", "work", "working",
      "plus", "preferred", "required", "requirement", "minimum", "least", "equivalent",
      "related", "relevant", "field", "similar", "role", "position", "candidate", "ideal",
      "ideally", "bonus", "nice", "have", "must", "someone", "track", "record", "background",
      "environment", "comfortable", "effectively", "effective", "strong", "highly", "ensure",
      "various", "multiple", "hands", "on", "degree", "level", "professional", "exceptional",
      "outstanding", "deep", "advanced", "basic", "fluent", "fluency", "willingness", "desire",
      "capable", "capability", "demonstrable", "previous", "prior", "preferably", "including",
    ])
    var all = [
      fillers, hedges, cliches, harshWords, complaints, otherPeople, outcomes, goals, context,
      problems, reasons, researchSignals, genericPraise, numberWords, timeUnits, multipliers,
      evidenceMarkers, arrogance, salaryBasis, flexibility,
    ]
    for slot in all.indices { all[slot].slot = slot }
    (fillers, hedges, cliches, harshWords, complaints, otherPeople) =
      (all[0], all[1], all[2], all[3], all[4], all[5])
    (outcomes, goals, context, problems, reasons, researchSignals) =
      (all[6], all[7], all[8], all[9], all[10], all[11])
    (genericPraise, numberWords, timeUnits, multipliers, evidenceMarkers, arrogance) =
      (all[12], all[13], all[14], all[15], all[16], all[17])
    (salaryBasis, flexibility) = (all[18], all[19])
    index = PhraseIndex(all)
  }

  /// One lexicon for the process; building it stems a few thousand words.
  public static let standard = Lexicon()
}
