namespace FocalBot.Domain.Meetings;

/// One agenda item. Its id stays the same from version to version, so a revision can tell a re-worded or moved item
/// from a new one; its number is its position. The details (time, chair, speakers, documents) are optional: an
/// agenda stored before they existed reads back without them.
public sealed record AgendaItem(string Id, BilingualText Title)
{
    /// When the item is taken, on which day of the meeting; none for an untimed item ("Any other business").
    public AgendaTime? Time { get; init; }

    /// Who moderates or chairs the item (working methods 4.2: the SRSG chairs plenaries).
    public AgendaPerson? Chair { get; init; }

    /// Who speaks, in speaking order.
    public IReadOnlyList<AgendaPerson> Speakers { get; init; } = [];

    public IReadOnlyList<AgendaDocument> Documents { get; init; } = [];

    public static AgendaItem New(string en, string? fr = null) => new(Guid.NewGuid().ToString("N")[..12], BilingualText.Of(en, fr));

    public bool HasDetails => Time is not null || Chair is not null || Speakers.Count > 0 || Documents.Count > 0;

    // A record compares lists by reference; two items read from two stores are the same item when their lists hold
    // the same people and documents in the same order.
    public bool Equals(AgendaItem? other) =>
        other is not null && Id == other.Id && Title == other.Title && Time == other.Time && Chair == other.Chair
        && Speakers.SequenceEqual(other.Speakers) && Documents.SequenceEqual(other.Documents);

    public override int GetHashCode() => HashCode.Combine(Id, Title, Time, Chair, Speakers.Count, Documents.Count);
}

/// Appended in this order, never reordered: stored change lists name their kind, and a revision lists an item's
/// changes in this order. An agenda written before the details existed has only the first four.
public enum AgendaChangeKind { Added, Removed, Reworded, Moved, Retimed, ChairChanged, SpeakersChanged, DocumentsChanged }

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
