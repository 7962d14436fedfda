using FocalBot.Domain.Members;

namespace FocalBot.Domain.Meetings;

/// When an item is taken: on the meeting's day Day (1 for the opening day), from Starts to Ends, in the meeting's time
/// zone. A day number rather than a date, so a meeting moved to other days keeps its timetable.
public sealed record AgendaTime(int Day, TimeOnly Starts, TimeOnly Ends)
{
    public DateOnly DateIn(Meeting meeting) => meeting.OpeningDay.AddDays(Day - 1);
}

public enum AgendaPersonKind
{
    /// A member of the network, by id.
    Member,
    /// An external participant of a thematic session, by id.
    External,
    /// Anyone else, by the name the office typed (a guest speaker at a plenary).
    Named,
}

/// A chair or speaker. The name (and a member's state) is copied in when the office chooses the person, so the agenda
/// reads the same in every card and file without the directory; Key says who it is, whatever their name became.
public sealed record AgendaPerson(AgendaPersonKind Kind, string? Id, string Name)
{
    public StateCode? StateCode { get; init; }

    public static AgendaPerson For(Member member) => new(AgendaPersonKind.Member, member.Id, member.DisplayName.Trim()) { StateCode = member.StateCode };

    public static AgendaPerson For(ExternalParticipant external) => new(AgendaPersonKind.External, external.Id, external.Name.Trim());

    public static AgendaPerson Named(string name) => new(AgendaPersonKind.Named, null, name.Trim());

    /// The same person in two versions: a member or external participant by id, anyone else by the name typed.
    public string Key => Kind == AgendaPersonKind.Named ? $"n:{Name.Trim()}" : $"{Kind}:{Id}";
}

/// A file sent to the bot and stored in the export store, as an agenda document names it: the store's key (FileId)
/// and page (FileUrl: SharePoint; null for a local file), the file's name and size, and the upload it came from
/// (UploadId), so the same upload attached twice is one document.
public sealed record AgendaFile(string UploadId, string FileId, string Name, string ContentType, long Length)
{
    public string? FileUrl { get; init; }
}

/// A document of an agenda item: a link the office gives (an https address, Url), or a file sent to the bot and stored
/// (File), never both; and its title, which the office may edit either way.
public sealed record AgendaDocument(string Title, string? Url)
{
    public AgendaFile? File { get; init; }

    /// The stored file's key in the export store, or null for a link.
    public string? FileId => File?.FileId;

    public static AgendaDocument Link(string title, string url) => new(title.Trim(), url.Trim());

    public static AgendaDocument Stored(string title, AgendaFile file) => new(title.Trim(), null) { File = file };
}

/// The rules of an item's details: times inside the meeting and in agenda order, people and documents within limits.
public static class AgendaDetails
{
    /// How many days the meeting takes, its opening and closing days included.
    public static int Days(Meeting meeting) => meeting.ClosingDay.DayNumber - meeting.OpeningDay.DayNumber + 1;

    /// One item's own problems: its time (inside the meeting's days and hours, ending after it starts), its people
    /// (named, not too long, not too many) and its documents (a title and a whole https address each).
    public static IReadOnlyList<MeetingIssue> ItemProblems(AgendaItem item, int number, Meeting meeting, MeetingSettings settings)
    {
        var issues = new List<MeetingIssue>();
        if (item.Time is { } t)
        {
            if (t.Ends <= t.Starts) issues.Add(new(MeetingProblem.AgendaItemEndsBeforeStarts, number));
            else if (IsOutside(t, meeting)) issues.Add(new(MeetingProblem.AgendaItemOutsideMeeting, number));
        }
        var people = item.Speakers.Prepend(item.Chair).OfType<AgendaPerson>().ToList();
        if (people.Any(p => string.IsNullOrWhiteSpace(p.Name) || p.Name.Trim().Length > MemberDetails.MaxName))
            issues.Add(new(MeetingProblem.AgendaItemPersonInvalid, number));
        if (item.Speakers.Count > settings.MaxSpeakersPerItem) issues.Add(new(MeetingProblem.AgendaItemTooManySpeakers, number));
        if (item.Documents.Count > settings.MaxDocumentsPerItem) issues.Add(new(MeetingProblem.AgendaItemTooManyDocuments, number));
        if (item.Documents.Any(d => !IsDocument(d, settings))) issues.Add(new(MeetingProblem.AgendaItemDocumentInvalid, number));
        return issues;
    }

    /// The timed items in agenda order: each starts once the timed item before it has ended (a gap is a break;
    /// untimed items may stand anywhere). One that starts before the previous one starts is out of order; one that
    /// starts before it ends overlaps it.
    public static IReadOnlyList<MeetingIssue> ScheduleProblems(IReadOnlyList<AgendaItem> items)
    {
        var issues = new List<MeetingIssue>();
        AgendaTime? previous = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Time is not { } t || t.Ends <= t.Starts) continue;
            if (previous is { } p)
            {
                if (Start(t) < Start(p)) issues.Add(new(MeetingProblem.AgendaItemOutOfOrder, i + 1));
                else if (Start(t) < End(p)) issues.Add(new(MeetingProblem.AgendaItemOverlaps, i + 1));
            }
            previous = t;
        }
        return issues;
    }

    /// Limits over the whole agenda, which keep every version of a meeting within what its store holds.
    public static IReadOnlyList<MeetingIssue> TotalProblems(IReadOnlyList<AgendaItem> items, MeetingSettings settings)
    {
        var issues = new List<MeetingIssue>();
        if (items.Sum(i => i.Speakers.Count) > settings.MaxAgendaSpeakers) issues.Add(new(MeetingProblem.AgendaTooManySpeakers));
        if (items.Sum(i => i.Documents.Count) > settings.MaxAgendaDocuments) issues.Add(new(MeetingProblem.AgendaTooManyDocuments));
        return issues;
    }

    /// The details as they are kept: names and documents trimmed, people without a name and the same person twice
    /// among the speakers left out, a chair of nobody dropped.
    public static AgendaItem Normalized(AgendaItem item) => item with
    {
        Title = item.Title.Trimmed(),
        Chair = item.Chair is { } c && !string.IsNullOrWhiteSpace(c.Name) ? c with { Name = c.Name.Trim() } : null,
        Speakers = [.. item.Speakers.Where(s => !string.IsNullOrWhiteSpace(s.Name)).Select(s => s with { Name = s.Name.Trim() }).DistinctBy(s => s.Key)],
        Documents = [.. item.Documents.Where(d => d.File is not null || !string.IsNullOrWhiteSpace(d.Title) || !string.IsNullOrWhiteSpace(d.Url))
            .Select(d => d.File is { } file ? AgendaDocument.Stored(d.Title, file) : AgendaDocument.Link(d.Title, d.Url ?? ""))],
    };

    /// Whether two versions of an item have the same people, by who they are (Key), in the same order.
    public static bool SamePeople(AgendaPerson? a, AgendaPerson? b) => a?.Key == b?.Key;

    public static bool SamePeople(IReadOnlyList<AgendaPerson> a, IReadOnlyList<AgendaPerson> b) => a.Select(p => p.Key).SequenceEqual(b.Select(p => p.Key));

    public static bool SameDocuments(IReadOnlyList<AgendaDocument> a, IReadOnlyList<AgendaDocument> b) => a.SequenceEqual(b);

    /// A document's problem: a title within its length, and either a whole https address within the length allowed
    /// or a stored file (its key, upload and name), never both.
    public static bool IsDocument(AgendaDocument d, MeetingSettings settings) =>
        !string.IsNullOrWhiteSpace(d.Title) && d.Title.Trim().Length <= settings.DocumentTitleMaxLength
        && (d.File is { } file ? string.IsNullOrEmpty(d.Url) && IsStored(file) : IsLink(d.Url ?? "", settings));

    static bool IsLink(string url, MeetingSettings settings) =>
        url.Trim().Length <= settings.DocumentLinkMaxLength
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    static bool IsStored(AgendaFile file) =>
        !string.IsNullOrWhiteSpace(file.FileId) && !string.IsNullOrWhiteSpace(file.UploadId) && !string.IsNullOrWhiteSpace(file.Name) && file.Length >= 0;

    // Outside the meeting's days, or, for a meeting with times, before it starts on the opening day or after it ends on
    // the closing day.
    static bool IsOutside(AgendaTime t, Meeting meeting) =>
        t.Day < 1 || t.Day > Days(meeting)
        || (t.Day == 1 && meeting.StartsAt is { } starts && t.Starts < starts)
        || (t.Day == Days(meeting) && meeting.EndsAt is { } ends && t.Ends > ends);

    // Minutes from the opening day's midnight, so times on different days compare.
    static int Start(AgendaTime t) => Minutes(t.Day, t.Starts);

    static int End(AgendaTime t) => Minutes(t.Day, t.Ends);

    static int Minutes(int day, TimeOnly time) => (day - 1) * 24 * 60 + time.Hour * 60 + time.Minute;
}
