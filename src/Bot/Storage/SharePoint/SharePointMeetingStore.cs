using System.Globalization;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Meetings, answers, agenda suggestions, external participants and attendance in five lists, one item per record whose content
/// is one JSON document (MeetingJson), so every save is one write. A version is the item's eTag: an update sends it as
/// If-Match, and a fresh write id lets a write the SDK resent after a lost answer recognise its own first attempt.
public sealed class SharePointMeetingStore(SharePointLists lists) : IMeetingStore
{
    const string MeetingId = "MeetingId", OpeningDay = "OpeningDay", Status = "Status", RsvpKey = "RsvpKey", MemberId = "MemberId",
        SuggestionId = "SuggestionId", ExternalId = "ExternalId", WriteId = KeyedItems.WriteId;

    /// A meeting carries every agenda version issued. Twenty-four columns hold 1,440,000 characters; the largest
    /// agenda (40 items of 300 characters in each language, each timed and chaired, with the most speakers and
    /// documents an agenda takes: MeetingSettings) issued thirteen times, with its invitees, takes about 1,310,000.
    static readonly ListBody MeetingBody = new(24);

    /// An attendance list: the largest (MeetingSettings.MaxAttendees people, every detail at its longest) takes about
    /// 225,000 characters.
    static readonly ListBody AttendanceBody = new(5);

    /// An answer, a suggestion or a participant is a few thousand characters at most.
    static readonly ListBody SmallBody = new(1);

    internal static readonly ListSpec Meetings = new("Meetings", "FocalBot: plenary meetings and thematic sessions with their agendas, one item each. Title is the opening day and kind.",
    [
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Key(),
        // Calendar days as yyyy-MM-dd text: how a dateOnly column round-trips across time zones is not documented.
        ColumnSpec.Text(OpeningDay, "Opening day", 10),
        ColumnSpec.Choice<MeetingStatus>(Status, "Status"),
        .. MeetingBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Answers = new("Meeting answers", "FocalBot: one answer per meeting and member. Title is meeting|member.",
    [
        // meeting|member: SharePoint lets one create succeed, so a member's first answer is never stored twice.
        ColumnSpec.Text(RsvpKey, "Meeting and member", 160).Key(),
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Filtered(),
        ColumnSpec.Text(MemberId, "Member id", 64),
        .. SmallBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Suggestions = new("Agenda suggestions", "FocalBot: agenda items members suggest, with the office's decision. Title is the suggestion id.",
    [
        ColumnSpec.Text(SuggestionId, "Suggestion id", 64).Key(),
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Filtered(),
        .. SmallBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Externals = new("External participants", "FocalBot: people from outside the network at thematic sessions. Title is the participant id.",
    [
        ColumnSpec.Text(ExternalId, "Participant id", 64).Key(),
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Filtered(),
        .. SmallBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Attendances = new("Meeting attendance", "FocalBot: who attended each meeting, as the office recorded it. Title is the meeting id.",
    [
        // One list per meeting: SharePoint lets one create succeed, so two first saves never store two lists.
        ColumnSpec.Text(MeetingId, "Meeting id", 64).Key(),
        .. AttendanceBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<Meeting?> GetAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(Meetings, ct)).ByKeyAsync(MeetingId, id, ct) is { } row ? ReadMeeting(row) : null;

    /// The network holds a few meetings a year: all are read, and ordered here (Graph does not sort on fields).
    public async Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken ct) =>
        [.. (await (await lists.ItemsAsync(Meetings, ct)).QueryAsync(null, int.MaxValue, ct))
            .Select(r => (Row: r, Meeting: ReadMeeting(r)))
            .OrderByDescending(x => x.Meeting.OpeningDay).ThenByDescending(x => x.Row.Sequence)
            .Select(x => x.Meeting)];

    public async Task<SaveResult> SaveAsync(Meeting meeting, CancellationToken ct)
    {
        var writeId = Guid.NewGuid().ToString();
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = $"{Day(meeting.OpeningDay)} {meeting.Kind}", [MeetingId] = meeting.Id, [OpeningDay] = Day(meeting.OpeningDay),
            [Status] = meeting.Status.ToString(), [WriteId] = writeId,
        };
        MeetingBody.Add(fields, MeetingJson.Write(meeting), "meeting");
        return await (await lists.ItemsAsync(Meetings, ct)).SaveKeyedAsync(MeetingId, meeting.Id, meeting.Version, fields, SaveResult.Duplicated, ct);
    }

    public async Task<Rsvp?> GetRsvpAsync(string meetingId, string memberId, CancellationToken ct) =>
        await (await lists.ItemsAsync(Answers, ct)).ByKeyAsync(RsvpKey, Key(meetingId, memberId), ct) is { } row ? ReadRsvp(row) : null;

    public async Task<IReadOnlyList<Rsvp>> ListRsvpsAsync(string meetingId, CancellationToken ct) =>
        [.. (await OfMeetingAsync(Answers, meetingId, ct)).Select(ReadRsvp).OrderBy(r => r.MemberId, StringComparer.Ordinal)];

    public async Task<SaveResult> SaveRsvpAsync(Rsvp rsvp, CancellationToken ct)
    {
        var key = Key(rsvp.MeetingId, rsvp.MemberId);
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = key, [RsvpKey] = key, [MeetingId] = rsvp.MeetingId, [MemberId] = rsvp.MemberId, [WriteId] = Guid.NewGuid().ToString(),
        };
        SmallBody.Add(fields, MeetingJson.Write(rsvp), "answer");
        // The member's first answer stored already (a double click from two devices): Conflict, so the caller reads it.
        return await (await lists.ItemsAsync(Answers, ct)).SaveKeyedAsync(RsvpKey, key, rsvp.Version, fields, SaveResult.Conflicted, ct);
    }

    public async Task<AgendaSuggestion?> GetSuggestionAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(Suggestions, ct)).ByKeyAsync(SuggestionId, id, ct) is { } row ? ReadSuggestion(row) : null;

    public async Task<IReadOnlyList<AgendaSuggestion>> ListSuggestionsAsync(string meetingId, CancellationToken ct) =>
        [.. (await OfMeetingAsync(Suggestions, meetingId, ct))
            .Select(r => (Row: r, Suggestion: ReadSuggestion(r)))
            .OrderBy(x => x.Suggestion.SuggestedOn).ThenBy(x => x.Row.Sequence)
            .Select(x => x.Suggestion)];

    public async Task<SaveResult> SaveSuggestionAsync(AgendaSuggestion suggestion, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = suggestion.Id, [SuggestionId] = suggestion.Id, [MeetingId] = suggestion.MeetingId, [WriteId] = Guid.NewGuid().ToString(),
        };
        SmallBody.Add(fields, MeetingJson.Write(suggestion), "suggestion");
        return await (await lists.ItemsAsync(Suggestions, ct)).SaveKeyedAsync(SuggestionId, suggestion.Id, suggestion.Version, fields, SaveResult.Duplicated, ct);
    }

    /// In the order entered: item ids grow with each create.
    public async Task<IReadOnlyList<ExternalParticipant>> ListExternalsAsync(string meetingId, CancellationToken ct) =>
        [.. (await OfMeetingAsync(Externals, meetingId, ct)).OrderBy(r => r.Sequence).Select(ReadExternal)];

    public async Task<SaveResult> SaveExternalAsync(ExternalParticipant external, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = external.Id, [ExternalId] = external.Id, [MeetingId] = external.MeetingId, [WriteId] = Guid.NewGuid().ToString(),
        };
        SmallBody.Add(fields, MeetingJson.Write(external), "participant");
        return await (await lists.ItemsAsync(Externals, ct)).SaveKeyedAsync(ExternalId, external.Id, external.Version, fields, SaveResult.Duplicated, ct);
    }

    public async Task<SaveResult> RemoveExternalAsync(ExternalParticipant external, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(Externals, ct);
        var current = await items.ByKeyAsync(ExternalId, external.Id, ct);
        if (current is null || current.ETag != external.Version) return SaveResult.Conflicted;
        var deleted = await items.DeleteAsync(current.Id, current.ETag, ct);
        // Missing: our delete, resent by the SDK after a lost answer, found its own first attempt done (or a colleague
        // removed it a moment before). Either way the participant is gone, as the office asked.
        return deleted.Status is WriteStatus.Done or WriteStatus.Missing ? new SaveResult.Saved("") : SaveResult.Conflicted;
    }


    public async Task<Attendance?> GetAttendanceAsync(string meetingId, CancellationToken ct) =>
        await (await lists.ItemsAsync(Attendances, ct)).ByKeyAsync(MeetingId, meetingId, ct) is { } row
            ? MeetingJson.ReadAttendance(AttendanceBody.Read(row), row.ETag) : null;

    public async Task<SaveResult> SaveAttendanceAsync(Attendance attendance, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = attendance.MeetingId, [MeetingId] = attendance.MeetingId, [WriteId] = Guid.NewGuid().ToString(),
        };
        AttendanceBody.Add(fields, MeetingJson.Write(attendance), "attendance");
        // A first list stored already (a colleague's, or the same click twice): Conflict, so the caller reads it.
        return await (await lists.ItemsAsync(Attendances, ct)).SaveKeyedAsync(MeetingId, attendance.MeetingId, attendance.Version, fields, SaveResult.Conflicted, ct);
    }

    /// SharePoint compares text case-insensitively: only the exact key counts.

    async Task<IEnumerable<ListRow>> OfMeetingAsync(ListSpec spec, string meetingId, CancellationToken ct) =>
        (await (await lists.ItemsAsync(spec, ct)).WhereAsync(MeetingId, meetingId, ct)).Where(r => r.Text(MeetingId) == meetingId);

    static Meeting ReadMeeting(ListRow row) => MeetingJson.ReadMeeting(MeetingBody.Read(row), row.ETag);

    static Rsvp ReadRsvp(ListRow row) => MeetingJson.ReadRsvp(SmallBody.Read(row), row.ETag);

    static AgendaSuggestion ReadSuggestion(ListRow row) => MeetingJson.ReadSuggestion(SmallBody.Read(row), row.ETag);

    static ExternalParticipant ReadExternal(ListRow row) => MeetingJson.ReadExternal(SmallBody.Read(row), row.ETag);

    static string Key(string meetingId, string memberId) => $"{meetingId}|{memberId}";

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
