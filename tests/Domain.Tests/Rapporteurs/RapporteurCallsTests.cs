using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Rapporteurs;

public sealed class RapporteurCallsTests
{
    static readonly DateOnly SilenceEnds = new(2027, 1, 18);   // a Monday
    static readonly RapporteurCall Proposed = ACall.Open() with { Status = CallStatus.Proposed, OpenedOn = null };

    static IReadOnlyList<CallProblem> Problems(RapporteurCall call) =>
        RapporteurCalls.Problems(call, SilenceEnds, WorkingDays.WeekdaysOnly, RapporteurSettings.Default);

    [Fact]
    public void A_complete_call_has_no_problem() => Assert.Empty(Problems(Proposed));

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var bad = Proposed with { Theme = " ", Terms = "", Posts = 0, MandateMonths = 61, ClosingDate = SilenceEnds };

        Assert.Equal([CallProblem.ThemeMissing, CallProblem.TermsMissing, CallProblem.PostsOutOfRange, CallProblem.MandateOutOfRange, CallProblem.ClosingTooSoon],
            Problems(bad));
    }

    [Fact]
    public void Nominations_stay_open_at_least_five_working_days_after_the_network_decided()
    {
        var earliest = RapporteurCalls.EarliestClosing(SilenceEnds, WorkingDays.WeekdaysOnly, RapporteurSettings.Default);

        Assert.Equal(new DateOnly(2027, 1, 25), earliest);
        Assert.Empty(Problems(Proposed with { ClosingDate = earliest }));
        Assert.Equal([CallProblem.ClosingTooSoon], Problems(Proposed with { ClosingDate = earliest.AddDays(-1) }));
    }

    [Fact]
    public void Over_long_texts_are_refused()
    {
        Assert.Equal([CallProblem.ThemeTooLong], Problems(Proposed with { Theme = new string('t', 201) }));
        Assert.Equal([CallProblem.TermsTooLong], Problems(Proposed with { Terms = new string('t', 3001) }));
        Assert.Equal([CallProblem.TranslationTooLong], Problems(Proposed with { TermsTranslation = new string('t', 3001) }));
    }

    [Fact]
    public void The_network_decision_opens_the_call_and_a_withdrawal_ends_a_proposed_one()
    {
        var today = new DateOnly(2027, 1, 19);

        Assert.Equal((CallStatus.Open, today), (RapporteurCalls.Open(Proposed, today)!.Status, RapporteurCalls.Open(Proposed, today)!.OpenedOn));
        Assert.Null(RapporteurCalls.Open(ACall.Open(), today));
        Assert.Equal(CallStatus.Withdrawn, RapporteurCalls.Withdraw(Proposed, today)!.Status);
        Assert.Null(RapporteurCalls.Withdraw(ACall.Open(), today));
    }

    [Fact]
    public void The_theme_reads_in_the_readers_language_when_translated()
    {
        Assert.Equal("Numérisation des procédures d’asile", Proposed.ThemeIn(Language.Fr));
        Assert.Equal("Digitalisation of asylum procedures", Proposed.ThemeIn(Language.En));
        Assert.Equal("Digitalisation of asylum procedures", (Proposed with { ThemeTranslation = null }).ThemeIn(Language.Fr));
    }
}
