using System.Text.Json;
using System.Text.Json.Serialization;
using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Storage;

/// How both stores keep a meeting (its agenda versions inside), an answer, a suggestion and an external participant:
/// one JSON document each, as requests are kept (RequestJson), so a save is one write. Versions are the store's own
/// and stay out of the document.
public static class MeetingJson
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Computed properties (CurrentAgenda, IsAllDay, IsAttending, IsEmpty) follow from the others: written, they
        // would only be ignored on reading, or worse, disagree with the fields they come from.
        IgnoreReadOnlyProperties = true,
        // Accents and other non-ASCII text stay as they are: escaped, a French agenda would grow sixfold in the list.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(Meeting meeting) => JsonSerializer.Serialize(meeting with { Version = null }, Options);

    public static Meeting ReadMeeting(string json, string version) =>
        (JsonSerializer.Deserialize<Meeting>(json, Options) ?? throw new JsonException("Empty meeting document.")) with { Version = version };

    public static string Write(Rsvp rsvp) => JsonSerializer.Serialize(rsvp with { Version = null }, Options);

    public static Rsvp ReadRsvp(string json, string version) =>
        (JsonSerializer.Deserialize<Rsvp>(json, Options) ?? throw new JsonException("Empty answer document.")) with { Version = version };

    public static string Write(AgendaSuggestion suggestion) => JsonSerializer.Serialize(suggestion with { Version = null }, Options);

    public static AgendaSuggestion ReadSuggestion(string json, string version) =>
        (JsonSerializer.Deserialize<AgendaSuggestion>(json, Options) ?? throw new JsonException("Empty suggestion document.")) with { Version = version };

    public static string Write(ExternalParticipant external) => JsonSerializer.Serialize(external with { Version = null }, Options);

    public static ExternalParticipant ReadExternal(string json, string version) =>
        (JsonSerializer.Deserialize<ExternalParticipant>(json, Options) ?? throw new JsonException("Empty participant document.")) with { Version = version };
}
