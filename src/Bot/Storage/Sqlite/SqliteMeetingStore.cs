using System.Globalization;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.Sqlite;

/// Meetings, answers, suggestions, external participants and attendance, each row one JSON document (MeetingJson) with the
/// columns the lookups and the listing order need. Every save is one statement guarded by the version read (VersionedRows).
public sealed class SqliteMeetingStore(SqliteDatabase db) : IMeetingStore
{
    public async Task<Meeting?> GetAsync(string id, CancellationToken ct) =>
        (await MeetingsAsync("WHERE id = $id", ct, ("$id", id))).SingleOrDefault();

    public Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken ct) => MeetingsAsync("", ct);

    public async Task<SaveResult> SaveAsync(Meeting meeting, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("meetings", [("id", meeting.Id)],
            [("opening_day", Day(meeting.OpeningDay)), ("status", meeting.Status.ToString()), ("body", MeetingJson.Write(meeting))],
            meeting.Version, SaveResult.Duplicated, ct);
    }

    public async Task<Rsvp?> GetRsvpAsync(string meetingId, string memberId, CancellationToken ct) =>
        (await RowsAsync("meeting_rsvps", "WHERE meeting = $meeting AND member = $member", "", MeetingJson.ReadRsvp, ct,
            ("$meeting", meetingId), ("$member", memberId))).SingleOrDefault();

    public Task<IReadOnlyList<Rsvp>> ListRsvpsAsync(string meetingId, CancellationToken ct) =>
        RowsAsync("meeting_rsvps", "WHERE meeting = $meeting", "ORDER BY member", MeetingJson.ReadRsvp, ct, ("$meeting", meetingId));

    public async Task<SaveResult> SaveRsvpAsync(Rsvp rsvp, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        // A first answer that finds one stored lost to the member's other click: Conflict, so the caller reads it.
        return await connection.SaveVersionedAsync("meeting_rsvps", [("meeting", rsvp.MeetingId), ("member", rsvp.MemberId)],
            [("body", MeetingJson.Write(rsvp))], rsvp.Version, SaveResult.Conflicted, ct);
    }

    public async Task<AgendaSuggestion?> GetSuggestionAsync(string id, CancellationToken ct) =>
        (await RowsAsync("meeting_suggestions", "WHERE id = $id", "", MeetingJson.ReadSuggestion, ct, ("$id", id))).SingleOrDefault();

    public Task<IReadOnlyList<AgendaSuggestion>> ListSuggestionsAsync(string meetingId, CancellationToken ct) =>
        RowsAsync("meeting_suggestions", "WHERE meeting = $meeting", "ORDER BY suggested_on, seq", MeetingJson.ReadSuggestion, ct, ("$meeting", meetingId));

    public async Task<SaveResult> SaveSuggestionAsync(AgendaSuggestion suggestion, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("meeting_suggestions", [("id", suggestion.Id)],
            [("meeting", suggestion.MeetingId), ("suggested_on", Day(suggestion.SuggestedOn)), ("body", MeetingJson.Write(suggestion))],
            suggestion.Version, SaveResult.Duplicated, ct);
    }

    public Task<IReadOnlyList<ExternalParticipant>> ListExternalsAsync(string meetingId, CancellationToken ct) =>
        RowsAsync("meeting_externals", "WHERE meeting = $meeting", "ORDER BY seq", MeetingJson.ReadExternal, ct, ("$meeting", meetingId));

    public async Task<SaveResult> SaveExternalAsync(ExternalParticipant external, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        return await connection.SaveVersionedAsync("meeting_externals", [("id", external.Id)],
            [("meeting", external.MeetingId), ("body", MeetingJson.Write(external))], external.Version, SaveResult.Duplicated, ct);
    }

    public async Task<SaveResult> RemoveExternalAsync(ExternalParticipant external, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        await using var command = connection.Command("DELETE FROM meeting_externals WHERE id = $id AND version = $version",
            ("$id", external.Id), ("$version", SqliteExtensions.VersionNumber(external.Version)));
        // Nothing deleted: changed or removed since it was read (or never stored), which the office should see.
        return await command.ExecuteNonQueryAsync(ct) == 1 ? new SaveResult.Saved("") : SaveResult.Conflicted;
    }

    public async Task<Attendance?> GetAttendanceAsync(string meetingId, CancellationToken ct) =>
        (await RowsAsync("meeting_attendance", "WHERE meeting = $meeting", "", MeetingJson.ReadAttendance, ct, ("$meeting", meetingId))).SingleOrDefault();

    public async Task<SaveResult> SaveAttendanceAsync(Attendance attendance, CancellationToken ct)
    {
        await using var connection = await db.OpenWriterAsync(ct);
        // A first save that finds one stored lost to a colleague's (or the same office member's other click): Conflict.
        return await connection.SaveVersionedAsync("meeting_attendance", [("meeting", attendance.MeetingId)],
            [("body", MeetingJson.Write(attendance))], attendance.Version, SaveResult.Conflicted, ct);
    }

    // Latest opening day first; of two meetings opening the same day, the one added last.
    Task<IReadOnlyList<Meeting>> MeetingsAsync(string where, CancellationToken ct, params (string, object?)[] parameters) =>
        RowsAsync("meetings", where, "ORDER BY opening_day DESC, seq DESC", MeetingJson.ReadMeeting, ct, parameters);

    async Task<IReadOnlyList<T>> RowsAsync<T>(string table, string where, string orderBy, Func<string, string, T> read, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = connection.Command($"SELECT body, version FROM {table} {where} {orderBy}", parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await r.ReadAsync(ct)) rows.Add(read(r.GetString(0), r.GetInt64(1).ToString(CultureInfo.InvariantCulture)));
        return rows;
    }

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
