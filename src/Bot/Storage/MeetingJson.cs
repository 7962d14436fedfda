using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Storage;

/// How both stores keep a meeting (its agenda versions inside), an answer, a suggestion, an external participant and
/// the attendance:
/// one JSON document each, as requests are kept (RequestJson), so a save is one write. Versions are the store's own
/// and stay out of the document.
public static class MeetingJson
{
    public static string Write(Meeting meeting) => StoreJson.Write(meeting with { Version = null });

    public static Meeting ReadMeeting(string json, string version) =>
        StoreJson.Read<Meeting>(json, "meeting") with { Version = version };

    public static string Write(Rsvp rsvp) => StoreJson.Write(rsvp with { Version = null });

    public static Rsvp ReadRsvp(string json, string version) =>
        StoreJson.Read<Rsvp>(json, "answer") with { Version = version };

    public static string Write(AgendaSuggestion suggestion) => StoreJson.Write(suggestion with { Version = null });

    public static AgendaSuggestion ReadSuggestion(string json, string version) =>
        StoreJson.Read<AgendaSuggestion>(json, "suggestion") with { Version = version };

    public static string Write(ExternalParticipant external) => StoreJson.Write(external with { Version = null });

    public static ExternalParticipant ReadExternal(string json, string version) =>
        StoreJson.Read<ExternalParticipant>(json, "participant") with { Version = version };

    public static string Write(Attendance attendance) => StoreJson.Write(attendance with { Version = null });

    public static Attendance ReadAttendance(string json, string version) =>
        StoreJson.Read<Attendance>(json, "attendance") with { Version = version };
}
