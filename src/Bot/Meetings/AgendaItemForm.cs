using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The people an item's chair and speakers are chosen from: the network's active members and the meeting's external
/// participants, each as a choice value ("m:" or "x:" and the id) with its label, and the person it stands for.
public sealed record AgendaPeople(IReadOnlyList<(string Value, string Label, AgendaPerson Person)> Choices)
{
    public static AgendaPeople Of(IEnumerable<Member> everyone, IEnumerable<ExternalParticipant> externals, ItemDetails current, Language language)
    {
        var byName = StringComparer.Create(Text.Culture(language), true);
        var members = everyone.Where(m => m.IsActive).OrderBy(m => m.DisplayName, byName)
            .Select(m => (ValueOf(AgendaPerson.For(m)), AgendaView.Person(AgendaPerson.For(m), language), AgendaPerson.For(m)));
        var guests = externals.OrderBy(e => e.Name, byName)
            .Select(e => (ValueOf(AgendaPerson.For(e)), AgendaTexts.ExternalMark.Format(language, e.Name.Trim()), AgendaPerson.For(e)));
        var choices = members.Concat(guests).ToList();
        // Someone chosen before who is no longer a member or participant stays choosable, under the name kept.
        var kept = current.Speakers.Prepend(current.Chair).OfType<AgendaPerson>().Where(p => p.Kind != AgendaPersonKind.Named)
            .Where(p => choices.All(c => c.Item1 != ValueOf(p))).DistinctBy(p => p.Key);
        return new([.. choices, .. kept.Select(p => (ValueOf(p), AgendaView.Person(p, language), p))]);
    }

    public static string ValueOf(AgendaPerson p) => (p.Kind == AgendaPersonKind.External ? "x:" : "m:") + p.Id;

    public AgendaPerson? Find(string value) => Choices.FirstOrDefault(c => c.Value == value).Person;
}

/// The fields of an item's details card as typed, so a card with problems comes back exactly as the office left it,
/// and what they say once read: times, chair, speakers (chosen or named) and documents.
public sealed record AgendaItemForm
{
    public const string DayKey = "itemDay";
    public const string StartsKey = "itemStarts";
    public const string EndsKey = "itemEnds";
    public const string ChairKey = "itemChair";
    public const string ChairNameKey = "itemChairName";
    public const string SpeakersKey = "itemSpeakers";
    public const string SpeakerNamesKey = "itemSpeakerNames";
    /// Set on the button that goes back without the card's changes.
    public const string DiscardKey = "discard";

    public static string DocumentTitleKey(int k) => string.Create(CultureInfo.InvariantCulture, $"itemDoc{k}title");
    public static string DocumentLinkKey(int k) => string.Create(CultureInfo.InvariantCulture, $"itemDoc{k}url");
    /// The k-th stored file of the item (in the item's order): its title, and whether to take it off.
    public static string FileTitleKey(int k) => string.Create(CultureInfo.InvariantCulture, $"itemFile{k}title");
    public static string FileRemoveKey(int k) => string.Create(CultureInfo.InvariantCulture, $"itemFile{k}remove");

    public string Day { get; init; } = "1";
    public string Starts { get; init; } = "";
    public string Ends { get; init; } = "";
    public string Chair { get; init; } = "";
    public string ChairName { get; init; } = "";
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public string SpeakerNames { get; init; } = "";
    public IReadOnlyList<(string Title, string Link)> Documents { get; init; } = [];
    /// The item's stored files as typed, in the item's order: the file itself is read-only, its title editable.
    public IReadOnlyList<(string Title, bool Remove)> Files { get; init; } = [];

    public static AgendaItemForm Of(ItemDetails d) => new()
    {
        Day = (d.Time?.Day ?? 1).ToString(CultureInfo.InvariantCulture),
        Starts = d.Time?.Starts.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
        Ends = d.Time?.Ends.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
        Chair = d.Chair is { Kind: not AgendaPersonKind.Named } c ? AgendaPeople.ValueOf(c) : "",
        ChairName = d.Chair is { Kind: AgendaPersonKind.Named } n ? n.Name : "",
        Speakers = [.. d.Speakers.Where(s => s.Kind != AgendaPersonKind.Named).Select(AgendaPeople.ValueOf)],
        SpeakerNames = string.Join("; ", d.Speakers.Where(s => s.Kind == AgendaPersonKind.Named).Select(s => s.Name)),
        Documents = [.. d.Documents.Where(x => x.File is null).Select(x => (x.Title, x.Url ?? ""))],
        Files = [.. d.Documents.Where(x => x.File is not null).Select(x => (x.Title, false))],
    };

    public static AgendaItemForm From(JsonObject data, MeetingSettings settings)
    {
        string S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        return new AgendaItemForm
        {
            Day = S(DayKey) is { Length: > 0 } day ? day : "1",
            Starts = S(StartsKey), Ends = S(EndsKey), Chair = S(ChairKey).Trim(), ChairName = S(ChairNameKey),
            Speakers = [.. S(SpeakersKey).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            SpeakerNames = S(SpeakerNamesKey),
            Documents = [.. Enumerable.Range(1, settings.MaxDocumentsPerItem).Select(k => (S(DocumentTitleKey(k)), S(DocumentLinkKey(k))))
                .Where(d => !string.IsNullOrWhiteSpace(d.Item1) || !string.IsNullOrWhiteSpace(d.Item2))],
            Files = [.. Enumerable.Range(1, settings.MaxDocumentsPerItem).TakeWhile(k => data.ContainsKey(FileTitleKey(k)))
                .Select(k => (S(FileTitleKey(k)), S(FileRemoveKey(k)) == "true"))],
        };
    }

    /// The details the fields say, or the problems that keep them from it (in the office's language): a time needs
    /// both ends, a chair is chosen or named, a document has a title and a link, and the item then follows the
    /// agenda's rules for its details (AgendaDetails.ItemProblems) on the meeting's days, when they are known. The
    /// item's stored files stay (after the links) with the titles typed, but those marked to remove; a file's title
    /// left empty keeps the one it had.
    public (ItemDetails? Details, IReadOnlyList<string> Problems) Read(
        AgendaItem item, int number, AgendaPeople people, Meeting? meeting, MeetingSettings settings, Language language)
    {
        var problems = new List<string>();
        var (starts, ends) = (ItemDetails.ParseTime(Starts), ItemDetails.ParseTime(Ends));
        var day = int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        var timed = !string.IsNullOrWhiteSpace(Starts) || !string.IsNullOrWhiteSpace(Ends);
        if (timed && (starts is null || ends is null)) problems.Add(AgendaTexts.TimeIncomplete.In(language));
        if (Chair.Length > 0 && !string.IsNullOrWhiteSpace(ChairName)) problems.Add(AgendaTexts.ChairTwice.In(language));
        if (Documents.Any(x => string.IsNullOrWhiteSpace(x.Title) || string.IsNullOrWhiteSpace(x.Link))) problems.Add(AgendaTexts.DocumentHalf.In(language));

        var details = new ItemDetails
        {
            Time = starts is { } s && ends is { } e ? new AgendaTime(day, s, e) : null,
            Chair = Chair.Length > 0 ? people.Find(Chair) : string.IsNullOrWhiteSpace(ChairName) ? null : AgendaPerson.Named(ChairName),
            Speakers = [.. Speakers.Select(people.Find).OfType<AgendaPerson>(), .. Names(SpeakerNames).Select(AgendaPerson.Named)],
            Documents = [.. Documents.Select(x => AgendaDocument.Link(x.Title, x.Link)), .. KeptFiles(item)],
        };
        var kept = AgendaDetails.Normalized(details.ApplyTo(item));
        problems.AddRange(AgendaDetails.ItemProblems(kept, number, meeting ?? Unbounded(settings), settings)
            .Select(i => MeetingTexts.Describe(i, language)));
        return problems.Count > 0 ? (null, problems.Distinct().ToList()) : (ItemDetails.Of(kept), []);
    }

    IEnumerable<AgendaDocument> KeptFiles(AgendaItem item) =>
        item.Documents.Where(d => d.File is not null).Select((d, i) => (Document: d, Typed: i < Files.Count ? Files[i] : (d.Title, false)))
            .Where(x => !x.Typed.Item2)
            .Select(x => string.IsNullOrWhiteSpace(x.Typed.Item1) ? x.Document : AgendaDocument.Stored(x.Typed.Item1, x.Document.File!));

    /// Names typed one after another, separated by ";" or a new line.
    static IEnumerable<string> Names(string text) => text.Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // A draft whose days cannot be read yet: any day of the longest meeting at any hour, checked again on saving.
    static Meeting Unbounded(MeetingSettings settings) => new()
    {
        Kind = MeetingKind.Plenary, Title = BilingualText.Of(""), OpeningDay = DateOnly.MinValue, ClosingDay = DateOnly.MinValue.AddDays(settings.MaxDays - 1),
        TimeZoneId = "UTC", Audience = MeetingAudience.AllFocalPoints, AgendaVersions = [AgendaVersion.Draft([])],
    };
}
