using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

/// The organisations a state consulted, and when the compilation names them.
public sealed class NationalContributorsTests
{
    static readonly InformationRequest Request = ARequest.Sent() with { Audience = Audience.Of("FR", "DE", "IT") };
    static readonly Member Elise = AMember.FocalPoint("FR", lead: true);

    static StateAnswer Submitted(string state, bool named, params NationalContributor[] contributors) =>
        StateAnswer.New(ARequest.Number, state) with { Status = AnswerStatus.Submitted, Contributors = contributors, NamedWithContributors = named };

    static readonly NationalContributor Interior = new("Ministère de l’Intérieur", ContributorKind.Ministry);

    [Fact]
    public void A_focal_point_adds_organisations_in_order_without_moving_the_answers_version()
    {
        var first = NationalContributors.Add(Request, null, "FR", Elise, "  Ministère de l’Intérieur ", ContributorKind.Ministry).Value!;
        var second = NationalContributors.Add(Request, first with { Version = 4 }, "FR", Elise, "France terre d’asile", ContributorKind.CivilSociety).Value!;

        Assert.Equal([Interior, new NationalContributor("France terre d’asile", ContributorKind.CivilSociety)], second.Contributors);
        Assert.Equal(4, second.Version);
        Assert.False(second.NamedWithContributors);
    }

    [Fact]
    public void The_same_organisation_twice_a_blank_or_a_long_name_and_too_many_are_refused()
    {
        var answer = StateAnswer.New(ARequest.Number, "FR") with { Contributors = [Interior] };

        Assert.Equal(ContributorRefusal.AlreadyListed, NationalContributors.Add(Request, answer, "FR", Elise, "ministère  de l'intérieur", ContributorKind.Agency).Refusal);
        Assert.Equal(ContributorRefusal.OrganisationMissing, NationalContributors.Add(Request, answer, "FR", Elise, "  ", ContributorKind.Other).Refusal);
        Assert.Equal(ContributorRefusal.OrganisationTooLong, NationalContributors.Add(Request, answer, "FR", Elise, new string('o', 201), ContributorKind.Other).Refusal);
        var full = answer with { Contributors = [.. Enumerable.Range(1, 30).Select(i => new NationalContributor($"Org {i}", ContributorKind.Agency))] };
        Assert.Equal(ContributorRefusal.TooMany, NationalContributors.Add(Request, full, "FR", Elise, "One more", ContributorKind.Other).Refusal);
    }

    [Fact]
    public void Removing_takes_the_organisation_out_and_a_second_click_changes_nothing()
    {
        var answer = StateAnswer.New(ARequest.Number, "FR") with { Contributors = [Interior, new("OFII", ContributorKind.Agency)] };

        var removed = NationalContributors.Remove(Request, answer, "FR", Elise, "Ministère de l’Intérieur").Value!;

        Assert.Equal([new NationalContributor("OFII", ContributorKind.Agency)], removed.Contributors);
        Assert.Same(removed, NationalContributors.Remove(Request, removed, "FR", Elise, "Ministère de l’Intérieur").Value);
    }

    [Fact]
    public void Only_the_states_focal_points_change_them_while_the_request_is_open()
    {
        Assert.Equal(ContributorRefusal.NotAllowed, NationalContributors.Add(Request, null, "FR", AMember.FocalPoint("DE"), "x", ContributorKind.Other).Refusal);
        Assert.Equal(ContributorRefusal.NotAllowed, NationalContributors.Name(Request, null, "FR", AMember.Office(), true).Refusal);
        Assert.Equal(ContributorRefusal.Closed, NationalContributors.Remove(Request with { Status = RequestStatus.Closed }, null, "FR", Elise, "x").Refusal);
        Assert.Equal(ContributorRefusal.StateNotAsked, NationalContributors.Add(Request, null, "ES", AMember.FocalPoint("ES"), "x", ContributorKind.Other).Refusal);
        Assert.True(NationalContributors.Name(Request, null, "FR", Elise, true).Value!.NamedWithContributors);
    }

    [Fact]
    public void The_compilation_lists_the_submitted_states_that_agreed_in_the_councils_order()
    {
        var answers = new[]
        {
            Submitted("IT", named: true, new NationalContributor("Ministero dell’Interno", ContributorKind.Ministry)),
            Submitted("FR", named: true, Interior),
            Submitted("DE", named: false, new NationalContributor("BAMF", ContributorKind.Agency)),
        };

        var listed = NationalContributors.InCompilation(Request, answers);

        Assert.Equal(["FR", "IT"], listed.Select(s => s.State.Value));
        Assert.Equal([Interior], listed[0].Organisations);
        Assert.Equal(listed.Select(s => s.State), Compilation.Of(Request, answers).Contributors.Select(s => s.State));
    }

    [Fact]
    public void A_draft_or_an_anonymous_request_lists_no_contributors()
    {
        var draft = Submitted("FR", named: true, Interior) with { Status = AnswerStatus.Draft };

        Assert.Empty(NationalContributors.InCompilation(Request, [draft]));
        Assert.Empty(NationalContributors.InCompilation(Request with { Anonymous = true }, [Submitted("FR", named: true, Interior)]));
        Assert.Empty(Compilation.Of(Request with { Anonymous = true }, [Submitted("FR", named: true, Interior)]).Contributors);
    }
}
