using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

/// Where a meeting's summary report stands. It only moves forward: the office drafts it, sends the draft to the
/// participants for comments until a deadline, revises it, then issues the final report.
public enum ReportStatus
{
    /// The office is writing it; nobody else has seen it.
    Draft,
    /// Sent to the participants, who comment until CommentsUntil; the office may still revise it.
    OpenForComments,
    /// Final: nothing in it changes any more.
    Issued,
}

/// Whom a recommendation is addressed to, as the network's reports name them.
public enum AddresseeKind { MemberStates, CouncilOfEurope, Network, ThematicGroup, Rapporteur }

/// A recommendation's addressee; a thematic group by its id, a rapporteur by their member id.
public sealed record Addressee(AddresseeKind Kind, string? Id = null)
{
    public static Addressee MemberStates { get; } = new(AddresseeKind.MemberStates);
    public static Addressee CouncilOfEurope { get; } = new(AddresseeKind.CouncilOfEurope);
    public static Addressee Network { get; } = new(AddresseeKind.Network);
    public static Addressee Group(string groupId) => new(AddresseeKind.ThematicGroup, groupId);
    public static Addressee Rapporteur(string memberId) => new(AddresseeKind.Rapporteur, memberId);

    /// A group or a rapporteur needs to say which; the others name nobody.
    public bool IsComplete => Kind is AddresseeKind.ThematicGroup or AddresseeKind.Rapporteur ? !string.IsNullOrWhiteSpace(Id) : Id is null;
}

/// What the report says about one agenda item (by the item's id, which survives agenda revisions). Chatham House
/// Rule by default: the summary attributes nothing to a speaker or a state unless the office marks it attributable.
public sealed record ItemSummary(string AgendaItemId, BilingualText Text, bool Attributable = false);

/// A numbered recommendation. Its id never changes and follow-up actions refer to it; its number never changes
/// either once given (SummaryReports), so "recommendation 3" means the same thing in the draft, the comments, the
/// final report and the actions sent to their owners.
public sealed record Recommendation(string Id, int Number, BilingualText Text, Addressee Addressee);

/// The summary report of one meeting (one per meeting, keyed by the meeting's id), in the layout of the network's
/// peers' reports: background and aims, a summary per agenda item, numbered recommendations. Texts are the office's,
/// English and French side by side, either possibly empty (BilingualText shows the other).
public sealed record SummaryReport
{
    public required string MeetingId { get; init; }
    /// "Background and aims".
    public BilingualText Background { get; init; } = BilingualText.Of("");
    /// In the order of the meeting's agenda at the time each was written; the report orders them by the agenda.
    public IReadOnlyList<ItemSummary> Summaries { get; init; } = [];
    /// By number.
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];
    public ReportStatus Status { get; init; } = ReportStatus.Draft;
    /// The day the draft went to the participants, and the last day they may comment (counted in working days).
    public DateOnly? CirculatedOn { get; init; }
    public DateOnly? CommentsUntil { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? IssuedBy { get; init; }
    /// The issued report as Word, one file per language, written before the report was saved issued; empty before.
    public IReadOnlyList<ReportFile> Files { get; init; } = [];
    public required string CreatedBy { get; init; }
    public required DateOnly CreatedOn { get; init; }

    /// The store's version of this record as it was read; null for a report not stored yet.
    public string? Version { get; init; }

    public Recommendation? Find(string recommendationId) => Recommendations.FirstOrDefault(r => r.Id == recommendationId);

    public ItemSummary? SummaryOf(string agendaItemId) => Summaries.FirstOrDefault(s => s.AgendaItemId == agendaItemId);

    /// The issued report's file in this language, or null.
    public ReportFile? FileIn(Language language) => Files.FirstOrDefault(f => f.Language == language);
}

/// One file of the issued report, as the export store saved it: FileId is the store's key for it, Url its address in
/// the library (null for a local file, reached only through a link the bot signs for one member).
public sealed record ReportFile(Language Language, string FileId, string Name, string ContentType, long Length, string? Url);

/// A participant's comment on the draft report. It reaches the office only: no other participant ever reads it.
public sealed record ReportComment
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    public required string MeetingId { get; init; }
    public required string MemberId { get; init; }
    public required string Text { get; init; }
    public required Language Language { get; init; }
    /// What it is about, when the participant said: a recommendation's number, or an agenda item's id.
    public int? RecommendationNumber { get; init; }
    public string? AgendaItemId { get; init; }
    public required DateTimeOffset At { get; init; }

    /// The store's version of this record as it was read; null for a comment not stored yet.
    public string? Version { get; init; }
}
