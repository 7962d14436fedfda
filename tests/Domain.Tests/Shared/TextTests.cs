using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Shared;

public sealed class TextTests
{
    [Fact]
    public void A_text_picks_its_language_and_formats_with_that_culture()
    {
        var deadline = new Text("Deadline: {0:d MMMM yyyy}", "Date limite\u00a0: {0:d MMMM yyyy}");
        var date = new DateTime(2026, 12, 4);

        Assert.Equal("Deadline: 4 December 2026", deadline.Format(Language.En, date));
        Assert.Equal("Date limite\u00a0: 4 décembre 2026", deadline.Format(Language.Fr, date));
    }

    static readonly Text Deadline = new("Due on {0:dddd d MMMM yyyy}", "À rendre le {0:dddd d MMMM yyyy}");

    [Theory]
    [InlineData(1, "À rendre le mardi 1er décembre 2026")]
    [InlineData(2, "À rendre le mercredi 2 décembre 2026")]
    [InlineData(21, "À rendre le lundi 21 décembre 2026")]
    public void French_writes_the_first_of_the_month_as_an_ordinal(int day, string expected)
    {
        Assert.Equal(expected, Deadline.Format(Language.Fr, new DateOnly(2026, 12, day)));
    }

    [Fact]
    public void English_keeps_the_plain_day()
    {
        Assert.Equal("Due on Tuesday 1 December 2026", Deadline.Format(Language.En, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Times_of_day_and_offsets_get_the_ordinal_too_and_other_formats_do_not()
    {
        var text = new Text("", "{0:d MMMM 'à' HH:mm} · {1:dd/MM/yyyy} · {2:d MMM}");
        var first = new DateTime(2027, 1, 1, 9, 30, 0);

        Assert.Equal("1er janvier à 09:30 · 01/01/2027 · 1er janv.", text.Format(Language.Fr, first, first, new DateTimeOffset(first, TimeSpan.Zero)));
    }

    [Fact]
    public void Numbers_and_other_values_keep_the_French_culture()
    {
        var text = new Text("", "{0:N0} États, {1}, {2}, {3:0.0}");

        Assert.Equal("1\u202f234 États, texte, , 2,5", text.Format(Language.Fr, 1234, "texte", null, 2.5));
    }

    [Fact]
    public void A_date_written_directly_follows_the_same_rule()
    {
        Assert.Equal("1er juillet 2026", Text.Date(new DateOnly(2026, 7, 1), "d MMMM yyyy", Language.Fr));
        Assert.Equal("1 July 2026", Text.Date(new DateOnly(2026, 7, 1), "d MMMM yyyy", Language.En));
    }
}
