namespace FocalBot.Domain.Meetings;

/// One agenda item. Its id stays the same from version to version, so a revision can tell a re-worded or moved item
/// from a new one; its number is its position.
public sealed record AgendaItem(string Id, BilingualText Title)
{
    public static AgendaItem New(string en, string? fr = null) => new(Guid.NewGuid().ToString("N")[..12], BilingualText.Of(en, fr));
}

public enum AgendaChangeKind { Added, Removed, Reworded, Moved }

/// What a revision changed about one item, with its number before (none when added) and after (none when removed).
public sealed record AgendaChange(AgendaChangeKind Kind, string ItemId, int? OldNumber, int? NewNumber);

/// One issued agenda. Working methods 4.4: the office proposes the agenda; each revision is kept and sent with what
/// changed, so nobody has to compare two lists by eye.
public sealed record AgendaVersion
{
    public required int Number { get; init; }
    public required IReadOnlyList<AgendaItem> Items { get; init; }
    /// Null while the draft agenda waits for the convocation.
    public DateOnly? IssuedOn { get; init; }
    /// Against the version before; empty for version 1.
    public IReadOnlyList<AgendaChange> Changes { get; init; } = [];

    public static AgendaVersion Draft(IEnumerable<AgendaItem> items) => new() { Number = 1, Items = items.ToList() };

    public int? NumberOf(string itemId)
    {
        for (var i = 0; i < Items.Count; i++)
            if (Items[i].Id == itemId) return i + 1;
        return null;
    }
}
