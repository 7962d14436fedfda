using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The release's line on the office's status, with the number's agreement in each language.
public sealed class ReleaseCardsTests
{
    static readonly InformationRequest Released = RequestSamples.Request with { ReleasedOn = new DateOnly(2026, 12, 1) };

    static string Line(int rows, Language language)
    {
        var deliveries = Enumerable.Range(0, rows)
            .Select(i => new Delivery { Campaign = "request-released/2026-07", MemberId = $"m{i}" }).ToList();
        return ReleaseCards.StatusFacts(Released, new ReleaseProgress(null, deliveries), language).Single(f => f.Item1 == RequestTexts.ReleasedFact.In(language)).Item2;
    }

    [Theory]
    [InlineData(0, Language.En, "released on 1 December 2026 to 0 members")]
    [InlineData(1, Language.En, "released on 1 December 2026 to 1 member")]
    [InlineData(0, Language.Fr, "diffusée le 1er décembre 2026 à 0\u00a0membre")]
    [InlineData(1, Language.Fr, "diffusée le 1er décembre 2026 à 1\u00a0membre")]
    [InlineData(2, Language.Fr, "diffusée le 1er décembre 2026 à 2\u00a0membres")]
    public void The_number_of_members_agrees_as_each_language_wants(int rows, Language language, string expected)
    {
        Assert.Equal(expected, Line(rows, language));
    }
}
