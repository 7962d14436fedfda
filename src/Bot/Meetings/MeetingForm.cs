using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Meetings;

/// The meeting form's fields as typed, so a form with problems comes back exactly as the office left it.
public sealed record MeetingForm
{
    public const string IdKey = "id";
    public const string VersionKey = "version";
    public const string SlotsKey = "slots";
    public const string KindKey = "kind";
    public const string TitleEnKey = "titleEn";
    public const string TitleFrKey = "titleFr";
    public const string OpeningKey = "opening";
    public const string ClosingKey = "closing";
    public const string StartsKey = "starts";
    public const string EndsKey = "ends";
    public const string TimeZoneKey = "timeZone";
    public const string PlaceKey = "place";
    public const string LinkKey = "link";
    public const string ExternalsKey = "externals";
    public const string AudienceKey = "audience";
    public const string MembersKey = "members";
    public const string GroupKey = "group";
    public const string LateReasonKey = "lateReason";

    public static string ItemEnKey(int n) => string.Create(CultureInfo.InvariantCulture, $"item{n}en");
    public static string ItemFrKey(int n) => string.Create(CultureInfo.InvariantCulture, $"item{n}fr");
    public static string ItemIdKey(int n) => string.Create(CultureInfo.InvariantCulture, $"item{n}id");
    /// An item's details (ItemDetails), carried in the form's buttons' data.
    public static string ItemDetailsKey(int n) => string.Create(CultureInfo.InvariantCulture, $"item{n}more");

    /// Which form an item's details card returns to: the meeting form (a draft) or the revision form.
    public const string FormKindKey = "form";
    public const string DraftFormValue = "draft";
    public const string ReviseFormValue = "revise";
    /// The item whose details the office opens.
    public const string DetailsItemKey = "detailsItem";

    public const int FirstSlots = 3;
    const int HardestLimit = 100;

    /// The zones a network meeting is held in; the list keeps typos out of calendar files.
    public static readonly string[] TimeZones = ["Europe/Paris", "Europe/Brussels", "Europe/London", "Europe/Lisbon", "Europe/Athens", "Europe/Helsinki", "Europe/Istanbul", "UTC"];

    /// The zones offered in the form: the list, and the form's own zone first when the list lacks it (the network's
    /// Calendar:TimeZone, or a meeting's zone from before).
    public static IEnumerable<string> ZoneChoices(string zone) => TimeZones.Contains(zone) ? TimeZones : [zone, .. TimeZones];

    public required string Id { get; init; }
    public string? Version { get; init; }
    public MeetingKind Kind { get; init; } = MeetingKind.Plenary;
    public string TitleEn { get; init; } = "";
    public string TitleFr { get; init; } = "";
    public string Opening { get; init; } = "";
    public string Closing { get; init; } = "";
    public string Starts { get; init; } = "";
    public string Ends { get; init; } = "";
    /// New meetings start in the network's zone (Calendar:TimeZone).
    public required string TimeZone { get; init; }
    public string Place { get; init; } = "";
    public string Link { get; init; } = "";
    public bool Externals { get; init; }
    public AudienceKind Audience { get; init; } = AudienceKind.AllFocalPoints;
    public IReadOnlyList<string> Members { get; init; } = [];
    /// The thematic group's id, for a session with a group's members.
    public string Group { get; init; } = "";
    /// Each agenda item with its id (kept from version to version, so a revision tells a re-worded item from a new one)
    /// and the details the card carried.
    public IReadOnlyList<AgendaLine> Items { get; init; } = [];
    public int Slots { get; init; } = FirstSlots;

    public static MeetingForm New(string networkZone) => new() { Id = Guid.NewGuid().ToString("N"), TimeZone = networkZone };

    public static MeetingForm Of(Meeting m) => new()
    {
        Id = m.Id,
        Version = m.Version,
        Kind = m.Kind,
        TitleEn = m.Title.En,
        TitleFr = m.Title.Fr,
        Opening = Day(m.OpeningDay),
        Closing = Day(m.ClosingDay),
        Starts = m.StartsAt?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
        Ends = m.EndsAt?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "",
        TimeZone = m.TimeZoneId,
        Place = m.Place ?? "",
        Link = m.OnlineLink ?? "",
        Externals = m.WithExternals,
        Audience = m.Audience.Kind,
        Members = m.Audience.MemberIds,
        Group = m.Audience.GroupId ?? "",
        Items = [.. m.CurrentAgenda.Items.Select(LineOf)],
        Slots = Math.Max(FirstSlots, m.CurrentAgenda.Items.Count),
    };

    /// An item as a line of the form, its details with it when it has any.
    public static AgendaLine LineOf(AgendaItem item) => new(item.Id, item.Title.En, item.Title.Fr) { Details = item.HasDetails ? ItemDetails.Of(item) : null };

    /// The form as the card sent it back; a form without a zone (forged or cut) takes the network's.
    public static MeetingForm From(JsonObject data, string networkZone)
    {
        string S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        var slots = int.TryParse(S(SlotsKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, HardestLimit) : FirstSlots;
        var items = Enumerable.Range(1, slots)
            .Select(i => new AgendaLine(S(ItemIdKey(i)), S(ItemEnKey(i)), S(ItemFrKey(i))) { Details = ItemDetails.FromData(data[ItemDetailsKey(i)]) }).ToList();
        while (items.Count > 0 && items[^1].IsEmpty) items.RemoveAt(items.Count - 1);
        return new MeetingForm
        {
            Id = S(IdKey) is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N"),
            Version = S(VersionKey) is { Length: > 0 } version ? version : null,
            Kind = Enum.TryParse<MeetingKind>(S(KindKey), out var kind) ? kind : MeetingKind.Plenary,
            TitleEn = S(TitleEnKey),
            TitleFr = S(TitleFrKey),
            Opening = S(OpeningKey),
            Closing = S(ClosingKey),
            Starts = S(StartsKey),
            Ends = S(EndsKey),
            TimeZone = S(TimeZoneKey) is { Length: > 0 } zone ? zone : networkZone,
            Place = S(PlaceKey),
            Link = S(LinkKey),
            Externals = S(ExternalsKey) == "true",
            Audience = AudienceOf(S(AudienceKey)),
            Members = [.. S(MembersKey).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Group = S(GroupKey).Trim(),
            Items = items,
            Slots = slots,
        };
    }

    /// The audience radio's values; anything else (forged or cut) is every focal point, the audience of a plenary.
    public const string AudienceAllValue = "all";
    public const string AudienceChosenValue = "chosen";
    public const string AudienceGroupValue = "group";

    public string AudienceValue => Audience switch
    {
        AudienceKind.ChosenMembers => AudienceChosenValue,
        AudienceKind.ThematicGroup => AudienceGroupValue,
        _ => AudienceAllValue,
    };

    static AudienceKind AudienceOf(string value) => value switch
    {
        AudienceChosenValue => AudienceKind.ChosenMembers,
        AudienceGroupValue => AudienceKind.ThematicGroup,
        _ => AudienceKind.AllFocalPoints,
    };

    public DateOnly? OpeningDay => ParseDay(Opening);
    public DateOnly? ClosingDay => ParseDay(Closing);

    /// The meeting the form describes, or null without readable days (the form then says so).
    public Meeting? ToMeeting()
    {
        if (OpeningDay is not { } opening || ClosingDay is not { } closing) return null;
        return new Meeting
        {
            Id = Id,
            Version = Version,
            Kind = Kind,
            Title = new BilingualText(TitleEn, TitleFr),
            OpeningDay = opening,
            ClosingDay = closing,
            StartsAt = ParseTime(Starts),
            EndsAt = ParseTime(Ends),
            TimeZoneId = TimeZone,
            Place = Place,
            OnlineLink = Link,
            WithExternals = Externals,
            Audience = Audience switch
            {
                AudienceKind.ChosenMembers => MeetingAudience.Members([.. Members]),
                AudienceKind.ThematicGroup => MeetingAudience.Group(Group),
                _ => MeetingAudience.AllFocalPoints,
            },
            AgendaVersions = [AgendaVersion.Draft(Items.Select(i => i.ToItem(i.Id is { Length: > 0 } id ? id : NewItemId())))],
        };
    }

    /// The agenda items typed, for a revision.
    public IReadOnlyList<AgendaItem> AgendaItems() =>
        [.. Items.Select(i => (i with { En = i.En.Trim(), Fr = i.Fr.Trim() }).ToItem(i.Id is { Length: > 0 } id ? id : NewItemId()))];

    /// The form with the stored details of each line that carried none (a card sent before items had details):
    /// found by the line's item id among `stored`. The stored files the card names are the meeting's own, found by
    /// their upload's id among `stored` (ItemDetails.WithStoredFiles).
    public MeetingForm WithStoredDetails(IEnumerable<AgendaItem>? stored)
    {
        var items = (stored ?? []).ToList();
        var byId = items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var files = items.SelectMany(i => i.Documents).Select(d => d.File).OfType<AgendaFile>().DistinctBy(f => f.UploadId).ToDictionary(f => f.UploadId);
        return this with
        {
            Items = [.. Items.Select(line => line.Details is { } details ? line with { Details = details.WithStoredFiles(files) }
                : byId.TryGetValue(line.Id, out var item) && item.HasDetails ? line with { Details = ItemDetails.Of(item) } : line)],
        };
    }

    /// Every field of the form as a card sends it, for the buttons of a card that does not show the form's inputs
    /// (an item's details): pressed, they bring the form back exactly as the office left it.
    public JsonObject Data(string formKind)
    {
        var data = new JsonObject
        {
            [IdKey] = Id, [FormKindKey] = formKind, [SlotsKey] = Slots.ToString(CultureInfo.InvariantCulture), [KindKey] = Kind.ToString(),
            [TitleEnKey] = TitleEn, [TitleFrKey] = TitleFr, [OpeningKey] = Opening, [ClosingKey] = Closing, [StartsKey] = Starts, [EndsKey] = Ends,
            [TimeZoneKey] = TimeZone, [PlaceKey] = Place, [LinkKey] = Link, [ExternalsKey] = Externals ? "true" : "false", [AudienceKey] = AudienceValue,
            [MembersKey] = string.Join(",", Members), [GroupKey] = Group,
        };
        if (Version is not null) data[VersionKey] = Version;
        for (var n = 1; n <= Items.Count; n++)
        {
            data[ItemEnKey(n)] = Items[n - 1].En;
            data[ItemFrKey(n)] = Items[n - 1].Fr;
        }
        return WithLines(data);
    }

    /// The lines' ids and details into a button's data, beside the inputs the card sends itself.
    public JsonObject WithLines(JsonObject data)
    {
        for (var n = 1; n <= Items.Count; n++)
        {
            data[ItemIdKey(n)] = Items[n - 1].Id;
            if (Items[n - 1].Details is { } details) data[ItemDetailsKey(n)] = details.ToData();
        }
        return data;
    }

    static string NewItemId() => Guid.NewGuid().ToString("N")[..12];

    static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    static TimeOnly? ParseTime(string text) => ItemDetails.ParseTime(text);
}
