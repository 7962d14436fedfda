using System.Text.Json;
using System.Text.Json.Serialization;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Storage;

/// How both stores keep a request's and an answer's content: one JSON document each, so a save is one write. Versions
/// are the store's own and stay out of the document.
public static class RequestJson
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        // Accents and other non-ASCII text stay as they are: escaped, a French answer would grow sixfold in the list.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new QuestionNumberConverter(), new RequestNumberConverter() },
    };

    // Numbers are written as people write them ("2026/07", 3): the structs have no setters for the serializer to use.
    sealed class QuestionNumberConverter : JsonConverter<QuestionNumber>
    {
        public override QuestionNumber Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) => new(reader.GetInt32());

        public override void Write(Utf8JsonWriter writer, QuestionNumber value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
    }

    sealed class RequestNumberConverter : JsonConverter<RequestNumber>
    {
        public override RequestNumber Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
            RequestNumber.TryParse(reader.GetString(), out var n) ? n : throw new JsonException("Not a request number.");

        public override void Write(Utf8JsonWriter writer, RequestNumber value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    public static string Write(InformationRequest request) => JsonSerializer.Serialize(request with { Version = null }, Options);

    public static InformationRequest ReadRequest(string json, string version) =>
        (JsonSerializer.Deserialize<InformationRequest>(json, Options) ?? throw new JsonException("Empty request document.")) with { Version = version };

    public static string Write(StateAnswer answer) => JsonSerializer.Serialize(answer with { StoreVersion = null }, Options);

    public static StateAnswer ReadAnswer(string json, string version) =>
        (JsonSerializer.Deserialize<StateAnswer>(json, Options) ?? throw new JsonException("Empty answer document.")) with { StoreVersion = version };
}
