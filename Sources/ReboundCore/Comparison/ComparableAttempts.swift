import Foundation

/// Attempts that can fairly be compared with a transcript: the same posting, or without one the same banks.
public enum ComparableAttempts {
  public static func matching(_ transcript: Transcript, in headers: [TranscriptHeader]) -> [TranscriptHeader] {
    let posting = transcript.posting.map { ($0 as NSString).lastPathComponent }
    return headers.filter { header in
      if let posting { return header.posting.map { ($0 as NSString).lastPathComponent } == posting }
      return header.posting == nil && Set(header.banks) == Set(transcript.banks)
    }
    .sorted { $0.startedAt < $1.startedAt }
  }

  /// The most recent scored attempt before this one, to show how far the person has come.
  public static func previous(_ transcript: Transcript, in headers: [TranscriptHeader]) -> TranscriptHeader? {
    matching(transcript, in: headers)
      .last { $0.id != transcript.id && $0.startedAt <= transcript.startedAt && $0.summary?.overall != nil }
  }
}
