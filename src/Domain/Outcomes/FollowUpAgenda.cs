using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

/// The item "follow-up to the previous meeting" of a plenary's draft agenda: its title, short enough for an agenda
/// item and the same in every version (a count of the actions by state), and a line per action saying where it stands.
public sealed record FollowUpItem(string AgendaItemId, BilingualText Title, IReadOnlyList<BilingualText> Lines);

/// What the next plenary is told of the previous one's follow-up actions.
public static class FollowUpAgenda
{
    static readonly Text TitleText = new("Follow-up to the previous meeting ({0:d MMMM yyyy})", "Suivi de la réunion précédente ({0:d MMMM yyyy})");
    static readonly Text Counts = new(
        "{0} — actions done: {1}, open: {2}, overdue: {3}",
        "{0} — actions réalisées\u00a0: {1}, en cours\u00a0: {2}, en retard\u00a0: {3}");
    static readonly Text Line = new("Recommendation {0} — {1}: {2} — {3}", "Recommandation {0} — {1}\u00a0: {2} — {3}");
    static readonly Text DoneState = new("done on {0:d MMMM yyyy}", "réalisée le {0:d MMMM yyyy}");
    static readonly Text OpenState = new("open, due {0:d MMMM yyyy}", "en cours, échéance le {0:d MMMM yyyy}");
    static readonly Text MoreTimeState = new("more time asked, due {0:d MMMM yyyy}", "délai supplémentaire demandé, échéance le {0:d MMMM yyyy}");
    static readonly Text OverdueState = new("overdue, due {0:d MMMM yyyy}", "en retard, échéance le {0:d MMMM yyyy}");

    /// The meeting a new plenary follows up: the latest plenary convened before it that had ended by its opening day.
    public static Meeting? Previous(Meeting next, IEnumerable<Meeting> meetings) =>
        meetings.Where(m => m.Id != next.Id && m is { Kind: MeetingKind.Plenary, Status: MeetingStatus.Convened } && m.ClosingDay < next.OpeningDay)
            .MaxBy(m => m.ClosingDay);

    /// The item's id on the agenda: the same for the same previous meeting, so putting it on an agenda again updates it.
    public static string ItemId(Meeting previous) => "followup-" + previous.Id[..Math.Min(12, previous.Id.Length)];

    /// The item for the previous meeting's actions as they stand today, in both languages; `owner` names an owner in a
    /// language (a state's name, a rapporteur's, a group's). Lines follow the recommendations' numbers, then due dates.
    public static FollowUpItem Item(Meeting previous, IEnumerable<FollowUpAction> actions, Func<ActionOwner, Language, string> owner, DateOnly today)
    {
        var ours = actions.Where(a => a.MeetingId == previous.Id).OrderBy(a => a.RecommendationNumber).ThenBy(a => a.Due).ThenBy(a => a.CreatedOn).ToList();
        string TitleIn(Language l)
        {
            var title = TitleText.Format(l, previous.OpeningDay);
            if (ours.Count == 0) return title;
            var done = ours.Count(a => !a.IsOpen);
            var overdue = ours.Count(a => a.IsOverdue(today));
            return Counts.Format(l, title, done, ours.Count - done - overdue, overdue);
        }
        string LineIn(FollowUpAction a, Language l) => Line.Format(l, a.RecommendationNumber, owner(a.Owner, l), a.What.In(l), StateIn(a, l, today));
        return new FollowUpItem(ItemId(previous), new BilingualText(TitleIn(Language.En), TitleIn(Language.Fr)),
            [.. ours.Select(a => new BilingualText(LineIn(a, Language.En), LineIn(a, Language.Fr)))]);
    }

    /// Where one action stands, in a few words.
    public static string StateIn(FollowUpAction action, Language language, DateOnly today) =>
        action.Status == ActionStatus.Done ? DoneState.Format(language, action.DoneOn ?? action.Due)
        : action.IsOverdue(today) ? OverdueState.Format(language, action.Due)
        : action.Status == ActionStatus.MoreTimeAsked ? MoreTimeState.Format(language, action.Due)
        : OpenState.Format(language, action.Due);
}
