using FocalBot.Domain.Meetings;

namespace FocalBot.Domain.Tests.Meetings;

public sealed class AgendaDiffTests
{
    static AgendaItem Item(string id, string en = "", string fr = "") => new(id, BilingualText.Of(en == "" ? $"Item {id}" : en, fr));

    static IReadOnlyList<AgendaItem> Items(params string[] ids) => ids.Select(id => Item(id)).ToList();

    [Fact]
    public void The_same_agenda_has_no_change() => Assert.Empty(AgendaDiff.Between(Items("a", "b", "c"), Items("a", "b", "c")));

    [Fact]
    public void An_inserted_item_is_added_and_the_items_below_are_not_moved() =>
        Assert.Equal([new AgendaChange(AgendaChangeKind.Added, "x", null, 2)], AgendaDiff.Between(Items("a", "b", "c"), Items("a", "x", "b", "c")));

    [Fact]
    public void A_removed_item_keeps_its_old_number() =>
        Assert.Equal([new AgendaChange(AgendaChangeKind.Removed, "b", 2, null)], AgendaDiff.Between(Items("a", "b", "c"), Items("a", "c")));

    [Fact]
    public void Rewording_either_language_is_a_change_but_spaces_around_are_not()
    {
        var before = new[] { Item("a", "Opening", "Ouverture") };

        Assert.Equal([new AgendaChange(AgendaChangeKind.Reworded, "a", 1, 1)], AgendaDiff.Between(before, [Item("a", "Opening", "Ouverture de la réunion")]));
        Assert.Empty(AgendaDiff.Between(before, [Item("a", " Opening ", "Ouverture")]));
    }

    [Fact]
    public void Moving_one_item_up_reports_that_item_only() =>
        Assert.Equal([new AgendaChange(AgendaChangeKind.Moved, "d", 4, 2)], AgendaDiff.Between(Items("a", "b", "c", "d", "e"), Items("a", "d", "b", "c", "e")));

    [Fact]
    public void Every_kind_of_change_at_once_in_agenda_order()
    {
        var before = new[] { Item("a"), Item("b"), Item("c"), Item("d") };
        var after = new[] { Item("a", "Opening, revised"), Item("d"), Item("x"), Item("b") };

        // b comes after d only because d moved above it: b is not reported as moved.
        Assert.Equal(
        [
            new AgendaChange(AgendaChangeKind.Reworded, "a", 1, 1),
            new AgendaChange(AgendaChangeKind.Moved, "d", 4, 2),
            new AgendaChange(AgendaChangeKind.Added, "x", null, 3),
            new AgendaChange(AgendaChangeKind.Removed, "c", 3, null),
        ], AgendaDiff.Between(before, after));
    }
}
