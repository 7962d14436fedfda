using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Storage;

/// A request's and an answer's content as both stores keep it (StoreJson). Versions are the store's own and stay out
/// of the document.
public static class RequestJson
{
    public static string Write(InformationRequest request) => StoreJson.Write(request with { Version = null });

    public static InformationRequest ReadRequest(string json, string version) => StoreJson.Read<InformationRequest>(json, "request") with { Version = version };

    public static string Write(StateAnswer answer) => StoreJson.Write(answer with { StoreVersion = null });

    public static StateAnswer ReadAnswer(string json, string version) => StoreJson.Read<StateAnswer>(json, "answer") with { StoreVersion = version };
}
