using FocalBot.Domain.Decisions;

namespace FocalBot.Bot.Storage;

/// A silence procedure as both stores keep it (StoreJson): one document, objections of every round inside, so a save is
/// one write. Versions are the store's own and stay out of the document.
public static class ProcedureJson
{
    public static string Write(SilenceProcedure procedure) => StoreJson.Write(procedure with { Version = null });

    public static SilenceProcedure Read(string json, string version) => StoreJson.Read<SilenceProcedure>(json, "procedure") with { Version = version };
}
