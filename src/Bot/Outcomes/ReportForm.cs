using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;

namespace FocalBot.Bot.Outcomes;

/// One line of the draft form: a recommendation as typed, with its addressee as the choice's value. New lines carry
/// the id the form gave them when it opened, so a second press of "Save" finds the recommendation the first one added.
public sealed record RecommendationLine(string Id, int? Number, BilingualText Text, string AddresseeChoice)
{
    public bool IsNew => Number is null;

    public bool IsBlank => Text.IsEmpty && AddresseeChoice.Length == 0;
}

/// The office's draft form, as drawn or as typed: the background, a summary per item of the meeting's current agenda
/// (by item id) with its attributable mark, the recommendations by number, and two new lines. The store version the
/// form was drawn from travels in its button, so a colleague's save in between is noticed, not overwritten.
public sealed record ReportForm(string MeetingId, string Version, BilingualText Background,
    IReadOnlyDictionary<string, (BilingualText Text, bool Attributable)> Summaries, IReadOnlyList<RecommendationLine> Recommendations)
{
    public const string VersionKey = "reportVersion";
    public const string NewIdsKey = "newRecommendations";
    public const string CommentIdKey = "commentId";
    public const string CommentKey = "comment";
    public const string AboutKey = "about";
    public const string BackgroundEnKey = "bgEn";
    public const string BackgroundFrKey = "bgFr";
    public const int NewLines = 2;

    public static string SummaryEnKey(string itemId) => $"sEn|{itemId}";
    public static string SummaryFrKey(string itemId) => $"sFr|{itemId}";
    public static string AttributableKey(string itemId) => $"sAt|{itemId}";
    public static string RecommendationEnKey(string id) => $"rEn|{id}";
    public static string RecommendationFrKey(string id) => $"rFr|{id}";
    public static string AddresseeKey(string id) => $"rTo|{id}";

    /// The report as stored (or just started), with two empty new lines.
    public static ReportForm Of(SummaryReport report, Meeting meeting) => new(
        meeting.Id, report.Version ?? "", report.Background,
        meeting.CurrentAgenda.Items.ToDictionary(i => i.Id, i => report.SummaryOf(i.Id) is { } s ? (s.Text, s.Attributable) : (BilingualText.Of(""), false)),
        [.. report.Recommendations.OrderBy(r => r.Number).Select(r => new RecommendationLine(r.Id, r.Number, r.Text, Choice(r.Addressee))), .. Blank()]);

    /// The form as the card sent it: the report's items and recommendations, read from their inputs; the new lines
    /// under the ids the card carried.
    public static ReportForm From(JsonObject data, SummaryReport report, Meeting meeting)
    {
        string Str(string key) => JsonText.StringOf(data[key]) ?? "";
        BilingualText Pair(string en, string fr) => new(Str(en), Str(fr));
        var summaries = meeting.CurrentAgenda.Items.ToDictionary(i => i.Id,
            i => (Pair(SummaryEnKey(i.Id), SummaryFrKey(i.Id)), Str(AttributableKey(i.Id)) == "true"));
        var lines = report.Recommendations.OrderBy(r => r.Number)
            .Select(r => new RecommendationLine(r.Id, r.Number, Pair(RecommendationEnKey(r.Id), RecommendationFrKey(r.Id)), Str(AddresseeKey(r.Id))))
            .Concat(Str(NewIdsKey).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(id => report.Find(id) is null).Take(NewLines)
                .Select(id => new RecommendationLine(id, null, Pair(RecommendationEnKey(id), RecommendationFrKey(id)), Str(AddresseeKey(id)))));
        return new(meeting.Id, Str(VersionKey), Pair(BackgroundEnKey, BackgroundFrKey), summaries, [.. lines]);
    }

    public IEnumerable<RecommendationLine> NewIds => Recommendations.Where(r => r.IsNew);

    static IEnumerable<RecommendationLine> Blank() =>
        Enumerable.Range(0, NewLines).Select(_ => new RecommendationLine(Guid.NewGuid().ToString("N"), null, BilingualText.Of(""), ""));

    /// "states", "coe", "network", "group:{id}", "rapporteur:{member id}".
    public static string Choice(Addressee a) => a.Kind switch
    {
        AddresseeKind.MemberStates => "states",
        AddresseeKind.CouncilOfEurope => "coe",
        AddresseeKind.Network => "network",
        AddresseeKind.ThematicGroup => $"group:{a.Id}",
        _ => $"rapporteur:{a.Id}",
    };

    public static Addressee? Parse(string choice) => choice switch
    {
        "states" => Addressee.MemberStates,
        "coe" => Addressee.CouncilOfEurope,
        "network" => Addressee.Network,
        _ when choice.StartsWith("group:", StringComparison.Ordinal) && choice.Length > 6 => Addressee.Group(choice[6..]),
        _ when choice.StartsWith("rapporteur:", StringComparison.Ordinal) && choice.Length > 11 => Addressee.Rapporteur(choice[11..]),
        _ => null,
    };

    /// The data the card's buttons carry: the meeting (which the meetings' guards load), the version, the new lines' ids.
    public JsonObject ButtonData() => new()
    {
        [ReportRoutes.MeetingIdKey] = MeetingId,
        [VersionKey] = Version,
        [NewIdsKey] = string.Join(',', NewIds.Select(r => r.Id)),
    };
}
