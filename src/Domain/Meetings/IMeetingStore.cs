using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// Meetings with their answers, agenda suggestions, external participants and attendance: one port, SQLite locally and
/// SharePoint lists in production. Every save is versioned (SaveResult): a record carries the store version it was
/// read with (null when new), and a stale save gets Conflict and changes nothing. The agenda versions travel inside
/// the meeting, so a revision and the meeting it belongs to are saved together.
public interface IMeetingStore
{
    Task<Meeting?> GetAsync(string id, CancellationToken ct);

    /// Every meeting, drafts and cancelled ones included, latest opening day first. The network holds a few a year.
    Task<IReadOnlyList<Meeting>> ListAsync(CancellationToken ct);

    /// Adds a meeting (Version null; Duplicate when its id is taken) or updates it if unchanged since read.
    Task<SaveResult> SaveAsync(Meeting meeting, CancellationToken ct);

    Task<Rsvp?> GetRsvpAsync(string meetingId, string memberId, CancellationToken ct);

    /// The meeting's answers, one per member.
    Task<IReadOnlyList<Rsvp>> ListRsvpsAsync(string meetingId, CancellationToken ct);

    /// Adds the member's answer (Version null; Conflict when they have one already, as after a double click from
    /// two devices) or updates it if unchanged since read.
    Task<SaveResult> SaveRsvpAsync(Rsvp rsvp, CancellationToken ct);

    Task<AgendaSuggestion?> GetSuggestionAsync(string id, CancellationToken ct);

    /// The meeting's suggestions, oldest first, the office's decisions included.
    Task<IReadOnlyList<AgendaSuggestion>> ListSuggestionsAsync(string meetingId, CancellationToken ct);

    /// Adds a suggestion (Version null; Duplicate when its id is taken) or updates it if unchanged since read.
    Task<SaveResult> SaveSuggestionAsync(AgendaSuggestion suggestion, CancellationToken ct);

    /// The meeting's external participants, in the order entered.
    Task<IReadOnlyList<ExternalParticipant>> ListExternalsAsync(string meetingId, CancellationToken ct);

    /// Adds an external participant (Version null; Duplicate when its id is taken) or updates one unchanged since read.
    Task<SaveResult> SaveExternalAsync(ExternalParticipant external, CancellationToken ct);

    /// Removes the external participant if unchanged since read: Saved (with an empty version), or Conflict.
    Task<SaveResult> RemoveExternalAsync(ExternalParticipant external, CancellationToken ct);

    /// The meeting's attendance as the office recorded it, or null before anything was recorded.
    Task<Attendance?> GetAttendanceAsync(string meetingId, CancellationToken ct);

    /// Adds the meeting's attendance (Version null; Conflict when one is stored already, as after two first saves) or
    /// updates it if unchanged since read.
    Task<SaveResult> SaveAttendanceAsync(Attendance attendance, CancellationToken ct);
}
