using System.Text;
using FocalBot.Bot.MemberDirectory;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.MemberDirectory;

public sealed class DirectoryListingTests
{
    static readonly Member[] Network =
    [
        AMember.Elise(), AMember.Jonas(), AMember.Sophie(), AMember.Ana(),
        AMember.FocalPoint("m-anne", "Anne Bernard", "FR", organisation: "Préfecture du Bas-Rhin"),
        AMember.FocalPoint("m-mehmet", "Mehmet Yılmaz", "TR", lead: true, organisation: "Göç İdaresi"),
    ];

    [Theory]
    [InlineData("Élise", "elise")]
    [InlineData("TÜRKIYE", "turkiye")]
    [InlineData("Ministère de l’Intérieur", "ministere de l'interieur")]
    [InlineData("Yılmaz Øberg Łukasz Œuvre", "yilmaz oberg lukasz oeuvre")]
    public void Folding_drops_case_and_accents(string text, string folded) => Assert.Equal(folded, DirectoryListing.Fold(text));

    [Theory]
    [InlineData("elise", "m-elise")]
    [InlineData("MOREAU", "m-elise")]
    [InlineData("allemagne", "m-jonas")]
    [InlineData("germany", "m-jonas")]
    [InlineData("de", "m-jonas")]
    [InlineData("turkiye", "m-mehmet")]
    [InlineData("prefecture", "m-anne")]
    [InlineData("france bernard", "m-anne")]
    [InlineData("yilmaz", "m-mehmet")]
    public void Search_finds_by_name_state_code_state_name_or_organisation(string query, string id)
    {
        var page = DirectoryListing.Build(Network, query, 0, Language.En);

        Assert.Contains(id, page.Groups.SelectMany(g => g.Members).Select(m => m.Id));
        Assert.True(page.Total < Network.Length, "the search kept everyone");
    }

    [Fact]
    public void A_state_code_finds_that_states_members_not_every_word_containing_it()
    {
        var network = Network.Append(AMember.Elise() with { Id = "m-elise2", Organisation = "Ministère de l’Intérieur" });

        var page = DirectoryListing.Build(network, "DE", 0, Language.En);

        Assert.Equal(["m-jonas"], page.Groups.SelectMany(g => g.Members).Select(m => m.Id));
    }

    [Fact]
    public void Every_word_of_a_search_must_match()
    {
        Assert.Equal(0, DirectoryListing.Build(Network, "france weber", 0, Language.En).Total);
        Assert.Equal(2, DirectoryListing.Build(Network, "france", 0, Language.En).Total);
    }

    [Fact]
    public void Office_first_then_states_in_the_viewers_language_then_experts()
    {
        string[] English = [.. DirectoryListing.Grouped(Network, Language.En).Select(g => g.Kind == GroupKind.State ? g.StateCode!.Value : g.Kind.ToString())];
        string[] French = [.. DirectoryListing.Grouped(Network, Language.Fr).Select(g => g.Kind == GroupKind.State ? g.StateCode!.Value : g.Kind.ToString())];

        Assert.Equal(["Office", "FR", "DE", "TR", "Experts"], English);   // France, Germany, Türkiye
        Assert.Equal(["Office", "DE", "FR", "TR", "Experts"], French);    // Allemagne, France, Türkiye
    }

    [Fact]
    public void The_lead_comes_before_the_alternates_of_a_state()
    {
        var france = DirectoryListing.Grouped(Network, Language.Fr).Single(g => g.StateCode == "FR");

        Assert.Equal(["m-elise", "m-anne"], france.Members.Select(m => m.Id));
    }

    [Fact]
    public void A_page_past_the_end_shows_the_last_page()
    {
        var page = DirectoryListing.Build(Network, "", 9, Language.En, pageSize: 4);

        Assert.Equal((1, 2), (page.Page, page.PageCount));
        Assert.Equal(2, page.Groups.Sum(g => g.Members.Count));
    }

    [Fact]
    public void Fifty_members_with_the_longest_accented_names_fit_every_page_under_the_size_budget()
    {
        var members = Enumerable.Range(0, 50).Select(i => AMember.FocalPoint($"m-{i:D2}", Longest(MemberDetails.MaxName, i),
            MemberStates.All[i % MemberStates.All.Count].Code.Value, organisation: Longest(MemberDetails.MaxOrganisation, i))).ToList();

        var first = DirectoryListing.Build(members, "", 0, Language.Fr);
        var sizes = Enumerable.Range(0, first.PageCount)
            .Select(p => Encoding.Unicode.GetByteCount(DirectoryCards.Directory(DirectoryListing.Build(members, "", p, Language.Fr), Language.Fr).ToJsonString()))
            .ToList();

        Assert.Equal(3, first.PageCount);
        Assert.All(sizes, size => Assert.InRange(size, 1, CardRenderer.MaxUtf16Bytes - 1));
    }

    // Accented letters cost six characters each in the JSON System.Text.Json writes (\u00E9).
    static string Longest(int length, int seed) => $"{seed:D2}" + new string('é', length - 2);
}
