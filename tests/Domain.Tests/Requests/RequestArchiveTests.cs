using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Requests;

public sealed class RequestArchiveTests
{
    static readonly InformationRequest Children = ARequest.Sent() with
    {
        Number = new RequestNumber(2025, 3), SentOn = new DateOnly(2025, 2, 1), Status = RequestStatus.Closed,
        Title = "Reception of unaccompanied children",
        TitleTranslation = "Accueil des enfants non accompagnés",
        Questions = [new Question("Which authority is responsible?", "Quelle autorité est responsable de l’éducation ?")],
    };

    static readonly InformationRequest Returns = ARequest.Sent() with
    {
        Number = new RequestNumber(2026, 7), Language = Language.Fr,
        Title = "Retours volontaires", Background = "Programmes d'aide au retour",
        Audience = Audience.All with { GroupId = "returns" },
    };

    static readonly InformationRequest Draft = ARequest.Draft() with { Title = "Reception conditions, draft" };

    static IReadOnlyList<string?> Numbers(ArchiveQuery query) =>
        RequestArchive.Search([Children, Returns, Draft], query).Select(r => r.Number?.ToString()).ToList();

    [Fact]
    public void Words_match_in_either_language_without_accents_or_case()
    {
        Assert.Equal(["2025/03"], Numbers(new("ENFANTS non accompagnes")));
        Assert.Equal(["2025/03"], Numbers(new("Education")));
        Assert.Equal(["2025/03"], Numbers(new("l'éducation")));
        Assert.Equal(["2026/07"], Numbers(new("aide RETOUR")));
    }

    [Fact]
    public void Every_word_must_appear()
    {
        Assert.Empty(Numbers(new("children retour")));
    }

    [Fact]
    public void Drafts_are_never_in_the_archive_and_newest_comes_first()
    {
        Assert.Equal(["2026/07", "2025/03"], Numbers(new()));
        Assert.Empty(Numbers(new("draft")));
    }

    [Fact]
    public void Year_group_and_status_filter()
    {
        Assert.Equal(["2025/03"], Numbers(new(Year: 2025)));
        Assert.Equal(["2026/07"], Numbers(new(GroupId: "returns")));
        Assert.Equal(["2025/03"], Numbers(new(Status: RequestStatus.Closed)));
        Assert.Equal(["2026/07"], Numbers(new(Status: RequestStatus.Sent)));
    }

    [Fact]
    public void The_number_is_searchable()
    {
        Assert.Equal(["2026/07"], Numbers(new("2026/07")));
    }

    [Theory]
    [InlineData("frontex 2025", "frontex", 2025)]
    [InlineData("2025", "", 2025)]
    [InlineData("1999 2024 retour", "1999 retour", 2024)]
    [InlineData("  ", "", null)]
    public void A_typed_query_takes_a_year_from_its_words(string typed, string words, int? year)
    {
        var query = ArchiveQuery.Parse(typed);
        Assert.Equal(words, query.Words);
        Assert.Equal(year, query.Year);
    }

    [Fact]
    public void Years_are_offered_newest_first()
    {
        Assert.Equal([2026, 2025], RequestArchive.Years([Children, Returns, Draft]));
    }
}
