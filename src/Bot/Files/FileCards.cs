using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Files;

/// The cards of a file sent to the bot: the offer ("Attach «name» to…") with every feature's places, and what became
/// of it. File names are sanitised when received, and shown literally all the same.
public static class FileCards
{
    // The offer's data: the stored upload and its ticket (UploadTickets), and the choice of where it goes. Cards already
    // sent carry these keys: never rename one.
    public const string UploadKey = "upload";
    public const string NameKey = "uploadName";
    public const string TypeKey = "uploadType";
    public const string LengthKey = "uploadLength";
    public const string FileKey = "uploadFile";
    public const string UrlKey = "uploadUrl";
    public const string TicketKey = "ticket";
    public const string TargetKey = "target";

    /// "Attach «name» (size) to:" with the places it may go, Attach and Discard. When every place is of one group (one
    /// request), its first is chosen already.
    public static JsonObject Offer(StoredUpload upload, string ticket, IReadOnlyList<FileDestination> places, IReadOnlyList<string> problems, Language language)
    {
        var data = UploadData(upload);
        data[TicketKey] = ticket;
        return Card.New(
        [
            Card.Title(FileTexts.OfferTitle.Format(language, Card.Plain(upload.Name), FileTexts.Size(upload.Length, language))),
            Card.TextBlock(FileTexts.OfferIntro.In(language), subtle: true),
            Card.Problems(FileTexts.FixProblems.In(language), problems),
            Card.ChoiceSet(TargetKey, FileTexts.OfferTarget.In(language), places.Select(p => (p.Title, p.Value)), OneGroup(places) ? places[0].Value : null,
                required: true, error: FileTexts.ChooseTarget.In(language)),
        ],
        [
            Card.Execute(FileTexts.AttachButton.In(language), FileRoutes.AttachFile, data, style: "positive"),
            Card.Execute(FileTexts.DiscardButton.In(language), FileRoutes.DiscardFile, data, withInputs: false),
        ]);
    }

    static bool OneGroup(IReadOnlyList<FileDestination> places) =>
        places.Count > 0 && places[0].Group is { } group && places.All(p => p.Group == group);

    /// The upload the card's data names, or null when a field is missing.
    public static StoredUpload? UploadOf(JsonObject data)
    {
        string? S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (S(UploadKey) is not { Length: > 0 } id || S(NameKey) is not { Length: > 0 } name || S(TypeKey) is not { Length: > 0 } type
            || !long.TryParse(S(LengthKey), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || S(FileKey) is not { Length: > 0 } file)
            return null;
        return new StoredUpload(id, name, type, length, file, S(UrlKey) is { Length: > 0 } url ? url : null);
    }

    static JsonObject UploadData(StoredUpload upload)
    {
        var data = new JsonObject
        {
            [UploadKey] = upload.Id, [NameKey] = upload.Name, [TypeKey] = upload.ContentType,
            [LengthKey] = upload.Length.ToString(CultureInfo.InvariantCulture), [FileKey] = upload.FileId,
        };
        if (upload.FileUrl is not null) data[UrlKey] = upload.FileUrl;
        return data;
    }

    /// The document is attached (`where`: the feature's words for the place); the button opens where it went, and
    /// `notice` says what followed (a revised agenda sent).
    public static JsonObject Attached(string name, string where, JsonObject open, Language language, string? notice = null) => Card.New(
    [
        Card.Title(FileTexts.AttachedTitle.In(language)),
        Card.TextBlock(FileTexts.Attached.Format(language, Card.Plain(name), where), color: "Good"),
        notice is null ? null : Card.TextBlock(notice, subtle: true),
    ],
    [open]);

    /// The offer was turned down.
    public static JsonObject Discarded(string name, Language language) => Card.New(
    [
        Card.Title(FileTexts.DiscardedTitle.In(language)),
        Card.TextBlock(FileTexts.Discarded.Format(language, Card.Plain(name))),
    ]);
}
