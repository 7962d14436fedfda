using System.Text.Json.Nodes;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// A state's focal points record the organisations they consulted, and whether the state agrees to be named with them.
public sealed class ContributorRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static JsonObject Typed(InformationRequest request, string organisation, ContributorKind kind, bool named)
    {
        var data = RequestApp.Ids(request);
        data[ContributorCards.OrganisationKey] = organisation;
        data[ContributorCards.KindKey] = kind.ToString();
        data[ContributorCards.NamedKey] = named ? "true" : "false";
        return data;
    }

    [Fact]
    public async Task The_answer_card_opens_the_contributors_in_her_language()
    {
        var request = await _app.SendAsync();

        var answerCard = (await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();
        var card = await _app.PressAsync(RequestRoutes.Contributors, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Contains(RequestRoutes.Contributors, answerCard);
        Assert.Contains("Contributeurs nationaux à la réponse de la France", card.CardText());
        Assert.Contains(RequestTexts.NoContributors.Fr, card.CardText());
        Assert.Contains(RequestTexts.KindCivilSociety.Fr, card.CardText());
    }

    [Fact]
    public async Task She_adds_organisations_and_consent_without_moving_the_answers_version()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312.")), fromAad: Payload.EliseAad);

        await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "Ministère de l’Intérieur", ContributorKind.Ministry, named: false), fromAad: Payload.EliseAad);
        var card = await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "France terre d’asile", ContributorKind.CivilSociety, named: true), fromAad: RequestApp.MarcAad);

        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal([new NationalContributor("Ministère de l’Intérieur", ContributorKind.Ministry), new NationalContributor("France terre d’asile", ContributorKind.CivilSociety)],
            answer.Contributors);
        Assert.True(answer.NamedWithContributors);
        Assert.Equal(1, answer.Version);
        Assert.Equal("312.", answer.For(new QuestionNumber(1))!.Text);
        Assert.Contains(RequestTexts.ContributorsSaved.Fr, card.CardText());
        Assert.Contains("\"text\":\"France terre d’asile\"", card.CardJson());
        Assert.Equal(2, (await _app.AuditAsync()).Count(e => e is { Action: "request.contributors.changed", SubjectId: "2026/01/FR" }));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("Ministère") || l.Contains("terre d’asile"));
    }

    [Fact]
    public async Task The_same_organisation_twice_is_named_and_what_she_typed_stays_on_the_card()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "OFII", ContributorKind.Agency, named: false), fromAad: Payload.EliseAad);

        var card = await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, " ofii ", ContributorKind.Other, named: true), fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.AlreadyListed.Fr, card.CardText());
        Assert.Contains("\"value\":\" ofii \"", card.CardJson());
        Assert.Contains("\"value\":\"Other\"", card.CardJson());
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Single(answer.Contributors);
        Assert.False(answer.NamedWithContributors);   // nothing of the press was saved
    }

    [Fact]
    public async Task Removing_takes_one_out_and_a_second_click_writes_nothing()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "OFII", ContributorKind.Agency, named: true), fromAad: Payload.EliseAad);
        var card = await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "HCR", ContributorKind.InternationalOrganisation, named: true), fromAad: Payload.EliseAad);
        var remove = CirculationApp.Buttons(card.Card!, RequestRoutes.RemoveContributor).Single(d => (string?)d[ContributorCards.OrganisationKey] == "OFII");

        var removed = await _app.PressAsync(RequestRoutes.RemoveContributor, remove.DeepClone().AsObject(), fromAad: Payload.EliseAad);
        var stored = (await _app.AnswerOfAsync(request, "FR"))!.StoreVersion;
        var again = await _app.PressAsync(RequestRoutes.RemoveContributor, remove, fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.ContributorRemoved.Fr, removed.CardText());
        Assert.DoesNotContain("OFII", removed.CardText());
        Assert.Equal([new NationalContributor("HCR", ContributorKind.InternationalOrganisation)], (await _app.AnswerOfAsync(request, "FR"))!.Contributors);
        Assert.Equal(stored, (await _app.AnswerOfAsync(request, "FR"))!.StoreVersion);
        Assert.Contains("HCR", again.CardText());
    }

    [Fact]
    public async Task An_answer_typed_but_not_saved_keeps_her_on_the_answer_card_with_her_text()
    {
        var request = await _app.SendAsync();

        var card = await _app.PressAsync(RequestRoutes.Contributors, RequestApp.Answers(request, 0, "fr", (1, "Pas encore enregistré.")), fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.SaveBeforeContributors.Fr, card.CardText());
        Assert.Contains("Pas encore enregistré.", card.CardJson());
        Assert.Contains(RequestRoutes.Submit, card.CardJson());
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task The_office_another_state_and_a_closed_request_change_nothing()
    {
        var request = await _app.SendAsync();

        var office = await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "Office", ContributorKind.Other, named: true));
        await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "BAMF", ContributorKind.Agency, named: true), fromAad: Payload.JonasAad);
        await _app.PressAsync(RequestRoutes.Close, RequestApp.Ids(request));
        var closed = await _app.PressAsync(RequestRoutes.SaveContributors, Typed(request, "OFII", ContributorKind.Agency, named: true), fromAad: Payload.EliseAad);

        Assert.Equal(RequestTexts.AnswerNotAllowed.En, office.Message);
        Assert.Equal(RequestTexts.AnswerClosed.Fr, closed.Message);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
        Assert.Equal(["BAMF"], (await _app.AnswerOfAsync(request, "DE"))!.Contributors.Select(c => c.Organisation));
    }
}
