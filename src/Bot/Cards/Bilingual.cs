using System.Text.Json.Nodes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Cards;

/// Cards addressed to the whole network (a channel post, a mention line) have no reader's language: they speak both,
/// English first, French beside or below it. Fixed labels come from the feature's texts; what members wrote is shown
/// as they wrote it, with its translation when there is one.
public static class Bilingual
{
    /// Between the English and the French of one short label: "Deadline / Date limite".
    public const string Separator = " / ";

    /// A short label in both languages, once when they are the same ("Questions").
    public static string Label(Text text) => Join(text.En, text.Fr);

    /// A formatted text in both languages, each with its own culture: "14 December 2026 / 14 décembre 2026".
    public static string Format(Text text, params object?[] args) => Join(text.Format(Language.En, args), text.Format(Language.Fr, args));

    public static string Join(string en, string fr) => en == fr ? en : en + Separator + fr;

    /// A sentence in both languages: two text blocks, English then French, so each reads as a whole.
    public static JsonObject Lines(Text text, bool subtle = false, string? spacing = null, params object?[] args) => Card.Container(
        [Card.TextBlock(text.Format(Language.En, args), subtle: subtle), Card.TextBlock(text.Format(Language.Fr, args), subtle: subtle, spacing: "Small")],
        spacing: spacing);

    /// What a member wrote, in English and French side by side when both are there, else the one given (either may be
    /// empty: a request may have no translation, a meeting title may be given in one language). Literal text only.
    public static JsonObject SideBySide(string? en, string? fr, string? label = null, bool bold = false, string? size = null)
    {
        JsonObject Block(string text)
        {
            var block = label is null ? Card.Literal(text, weight: bold ? "Bolder" : null) : Card.LabelledLiteral(label, text);
            if (size is not null) block["inlines"]!.AsArray()[^1]!["size"] = size;
            return block;
        }
        var (hasEn, hasFr) = (!string.IsNullOrWhiteSpace(en), !string.IsNullOrWhiteSpace(fr));
        if (!hasEn || !hasFr || en!.Trim() == fr!.Trim()) return Block((hasEn ? en : fr ?? "")!.Trim());
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray(
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Block(en.Trim())) },
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Block(fr.Trim())) }),
        };
    }
}
