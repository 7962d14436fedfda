using DocumentFormat.OpenXml.Packaging;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Exports;

/// What a Word or Excel file says about itself: the title its first page shows, the bot and the language. No author,
/// no names and no state, so an anonymous compilation stays anonymous and a list of participants leaks nothing more.
static class FileProperties
{
    public static void Set(OpenXmlPackage package, string title, Language language)
    {
        package.PackageProperties.Title = title;
        package.PackageProperties.Creator = "FocalBot";
        package.PackageProperties.Language = Tag(language);
    }

    /// The language the file declares and Word checks spelling in.
    public static string Tag(Language language) => language == Language.Fr ? "fr-FR" : "en-GB";
}
