using FocalBot.Domain.Rapporteurs;

namespace FocalBot.Bot.Storage;

/// How both stores keep a call for nominations, a nomination and a mandate (StoreJson): one document each, so a save is
/// one write. Versions are the store's own and stay out of the document.
public static class RapporteurJson
{
    public static string Write(RapporteurCall call) => StoreJson.Write(call with { Version = null });

    public static RapporteurCall ReadCall(string json, string version) => StoreJson.Read<RapporteurCall>(json, "call") with { Version = version };

    // A nomination's id is computed from its call and nominee, so the document holds neither the id nor anything to disagree with.
    public static string Write(Nomination nomination) => StoreJson.Write(nomination with { Version = null });

    public static Nomination ReadNomination(string json, string version) => StoreJson.Read<Nomination>(json, "nomination") with { Version = version };

    public static string Write(Mandate mandate) => StoreJson.Write(mandate with { Version = null });

    public static Mandate ReadMandate(string json, string version) => StoreJson.Read<Mandate>(json, "mandate") with { Version = version };
}
