using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// Working methods 4.4: the office proposes the agenda and revises it, taking in members' suggestions.
public static class AgendaRevision
{
    /// Issues the next version of a convened meeting's agenda: every version stays on the meeting, and the new one
    /// carries what changed, which the bot sends to the audience. Items keep their ids from the version they came
    /// from; new ones get new ids (AgendaItem.New, AgendaSuggestions.ItemFor).
    public static Outcome<Meeting, MeetingRefusal> Issue(Member actor, Meeting meeting, IReadOnlyList<AgendaItem> items, DateOnly today, MeetingSettings settings)
    {
        if (!MeetingWorkflow.IsOffice(actor)) return MeetingWorkflow.Refuse(MeetingRefusal.NotAllowed);
        if (meeting.Status == MeetingStatus.Cancelled) return MeetingWorkflow.Refuse(MeetingRefusal.Cancelled);
        if (meeting.Status != MeetingStatus.Convened) return MeetingWorkflow.Refuse(MeetingRefusal.NotConvened);
        if (today > meeting.ClosingDay) return MeetingWorkflow.Refuse(MeetingRefusal.MeetingOver);

        var typed = MeetingWorkflow.Trimmed(items);
        if (MeetingValidation.AgendaProblems(typed, meeting, settings).Count > 0) return MeetingWorkflow.Refuse(MeetingRefusal.Invalid);
        var trimmed = AgendaDiff.Reconciled(meeting.CurrentAgenda.Items, typed);
        var changes = AgendaDiff.Between(meeting.CurrentAgenda.Items, trimmed);
        if (changes.Count == 0) return MeetingWorkflow.Refuse(MeetingRefusal.NothingChanged);

        var version = new AgendaVersion { Number = meeting.CurrentAgenda.Number + 1, Items = trimmed, IssuedOn = today, Changes = changes };
        return MeetingWorkflow.Accept(meeting with { AgendaVersions = [.. meeting.AgendaVersions, version] });
    }
}

public static class AgendaDiff
{
    /// The revised items with the ids of the items they are. The form keeps an id per line, so the office inserting an
    /// item by typing it over "Any other business" and that item again on the next line would otherwise read as
    /// "reworded: item 3, added: item 4". An item whose text (both languages) is an earlier item's is that item, wherever
    /// it now stands; a line that lost its id that way, and says something no earlier item said, is a new item.
    public static IReadOnlyList<AgendaItem> Reconciled(IReadOnlyList<AgendaItem> before, IReadOnlyList<AgendaItem> after)
    {
        var byText = before.GroupBy(item => item.Title.Trimmed()).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id);
        var claimed = after.Select(item => byText.GetValueOrDefault(item.Title.Trimmed())).Where(id => id is not null).ToHashSet();
        var used = new HashSet<string>();
        return after.Select(item =>
        {
            var id = byText.GetValueOrDefault(item.Title.Trimmed()) is { } same && used.Add(same) ? same
                : claimed.Contains(item.Id) ? AgendaItem.New("").Id
                : item.Id;
            return item with { Id = id };
        }).ToList();
    }

    /// Items added, removed, re-worded (either language) and moved, and kept items whose time, chair, speakers or
    /// documents changed. An item only pushed down by an insertion above it is not "moved": the moved items are those
    /// outside the longest run of items that kept their relative order.
    public static IReadOnlyList<AgendaChange> Between(IReadOnlyList<AgendaItem> before, IReadOnlyList<AgendaItem> after)
    {
        var oldNumbers = before.Select((item, i) => (item.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var newIds = after.Select(item => item.Id).ToHashSet();
        var changes = new List<AgendaChange>();

        var kept = new List<(AgendaItem Item, int OldNumber, int NewNumber)>();
        for (var i = 0; i < after.Count; i++)
        {
            var item = after[i];
            if (!oldNumbers.TryGetValue(item.Id, out var oldNumber)) changes.Add(new(AgendaChangeKind.Added, item.Id, null, i + 1));
            else
            {
                kept.Add((item, oldNumber, i + 1));
                var was = before[oldNumber - 1];
                if (was.Title.Trimmed() != item.Title.Trimmed()) changes.Add(new(AgendaChangeKind.Reworded, item.Id, oldNumber, i + 1));
                changes.AddRange(DetailChanges(was, item).Select(kind => new AgendaChange(kind, item.Id, oldNumber, i + 1)));
            }
        }

        var inOrder = LongestIncreasing(kept.Select(k => k.OldNumber).ToList());
        changes.AddRange(kept.Where((_, i) => !inOrder.Contains(i)).Select(k => new AgendaChange(AgendaChangeKind.Moved, k.Item.Id, k.OldNumber, k.NewNumber)));
        changes.AddRange(before.Where(item => !newIds.Contains(item.Id))
            .Select(item => new AgendaChange(AgendaChangeKind.Removed, item.Id, oldNumbers[item.Id], null)));

        return changes.OrderBy(c => c.NewNumber ?? c.OldNumber).ThenBy(c => c.Kind).ToList();
    }

    static IEnumerable<AgendaChangeKind> DetailChanges(AgendaItem was, AgendaItem now)
    {
        if (was.Time != now.Time) yield return AgendaChangeKind.Retimed;
        if (!AgendaDetails.SamePeople(was.Chair, now.Chair)) yield return AgendaChangeKind.ChairChanged;
        if (!AgendaDetails.SamePeople(was.Speakers, now.Speakers)) yield return AgendaChangeKind.SpeakersChanged;
        if (!AgendaDetails.SameDocuments(was.Documents, now.Documents)) yield return AgendaChangeKind.DocumentsChanged;
    }

    // The positions of one longest strictly increasing subsequence (patience sorting); agendas are short, so the
    // quadratic version would do, but this one is as easy to read.
    static HashSet<int> LongestIncreasing(IReadOnlyList<int> values)
    {
        var tails = new List<int>();            // index into values of the smallest tail of each length
        var previous = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[i]) lo = mid + 1; else hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }
        var result = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i]) result.Add(i);
        return result;
    }
}
