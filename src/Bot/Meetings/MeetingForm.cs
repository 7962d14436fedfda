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
    /// Each agenda item with its id (kept from version to version, so a revision tells a re-worded item from a new one).
    public IReadOnlyList<(string Id, string En, string Fr)> Items { get; init; } = [];
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
        Items = [.. m.CurrentAgenda.Items.Select(i => (i.Id, i.Title.En, i.Title.Fr))],
        Slots = Math.Max(FirstSlots, m.CurrentAgenda.Items.Count),
    };

    /// The form as the card sent it back; a form without a zone (forged or cut) takes the network's.
    public static MeetingForm From(JsonObject data, string networkZone)
    {
        string S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        var slots = int.TryParse(S(SlotsKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, HardestLimit) : FirstSlots;
        var items = Enumerable.Range(1, slots).Select(i => (S(ItemIdKey(i)), S(ItemEnKey(i)), S(ItemFrKey(i)))).ToList();
        while (items.Count > 0 && string.IsNullOrWhiteSpace(items[^1].Item2) && string.IsNullOrWhiteSpace(items[^1].Item3)) items.RemoveAt(items.Count - 1);
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
            AgendaVersions = [AgendaVersion.Draft(Items.Select(i => new AgendaItem(i.Id is { Length: > 0 } id ? id : NewItemId(), new BilingualText(i.En, i.Fr))))],
        };
    }

    /// The agenda items typed, for a revision.
    public IReadOnlyList<AgendaItem> AgendaItems() =>
        [.. Items.Select(i => new AgendaItem(i.Id is { Length: > 0 } id ? id : NewItemId(), new BilingualText(i.En.Trim(), i.Fr.Trim())))];

    static string NewItemId() => Guid.NewGuid().ToString("N")[..12];

    static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
