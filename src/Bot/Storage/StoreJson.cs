using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Storage;

/// The one JSON form in which both stores keep a record's content (requests, answers, meetings…): one document per
/// record, so a save is one write.
public static class StoreJson
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Computed properties (QuestionNumbers, CurrentAgenda, IsAttending…) follow from the others: written, they would
        // only be ignored on reading, or worse, disagree with the fields they come from.
        IgnoreReadOnlyProperties = true,
        // Accents and other non-ASCII text stay as they are: escaped, a French answer would grow sixfold in a list.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new QuestionNumberConverter(), new RequestNumberConverter(), new StateCodeConverter() },
        // IgnoreReadOnlyProperties passes over a read-only property of a collection type (dotnet/runtime#80113): a
        // group's MemberIds would be written beside its people, and ignored on reading. No setter and no constructor
        // parameter to read it back: computed, so left out.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputed } },
    };

    static void LeaveOutComputed(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            if (property is { Get: not null, Set: null, AssociatedParameter: null }) property.ShouldSerialize = static (_, _) => false;
    }

    public static string Write<T>(T record) => JsonSerializer.Serialize(record, Options);

    public static T Read<T>(string json, string what) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Empty {what} document.");

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

    // A code is read as the code it names: a document an older version wrote in lower case or with spaces ("lu ")
    // reads back as "LU", so comparisons and keys never see the difference.
    sealed class StateCodeConverter : JsonConverter<StateCode>
    {
        public override StateCode Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
            StateCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException("Not a state code.");

        public override void Write(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
