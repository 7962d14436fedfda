using FocalBot.Domain.Groups;

namespace FocalBot.Bot.Storage;

/// A thematic group as both stores keep it (StoreJson): one document, its people inside, so a save is one write.
/// Versions are the store's own and stay out of the document.
public static class GroupJson
{
    public static string Write(ThematicGroup group) => StoreJson.Write(group with { Version = null });

    public static ThematicGroup Read(string json, string version) => StoreJson.Read<ThematicGroup>(json, "group") with { Version = version };
}
