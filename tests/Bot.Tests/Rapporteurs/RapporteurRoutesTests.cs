using System.Text.Json.Nodes;
using FocalBot.Bot.Decisions;
using FocalBot.Bot.Rapporteurs;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Rapporteurs;

/// A call for thematic rapporteurs from the office's proposal to the roster, through the bot's endpoint: the network
/// decides by silence, focal points nominate (a colleague only with consent), the office appoints after the closing
/// date. The clock starts on Monday 23 November 2026; objections are taken until Monday 7 December.
public sealed class RapporteurRoutesTests : IDisposable
{
    const string GiuliaAad = "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f";
    const string CallId = "c-return";
    static readonly Member Giulia = AMember.FocalPoint("m-giulia", "Giulia Rossi", "IT", organisation: "Ministero dell’Interno") with
    {
        AadObjectId = GiuliaAad, PreferredLanguage = Language.Fr, Title = "Senior Adviser",
    };

    readonly BotApp _app = new BotApp().WithMembers(AMember.Sophie(), AMember.Elise(), AMember.Jonas(Language.En), Giulia);

    public void Dispose() => _app.Dispose();

    IRapporteurStore Store => _app.Service<IRapporteurStore>();

    static JsonObject Form(string theme = "Return and readmission", string posts = "2", string closing = "2026-12-18") => new()
    {
        [CallForm.CallIdKey] = CallId, [CallForm.LanguageInput] = "en", [CallForm.ThemeInput] = theme, [CallForm.ThemeTranslationInput] = "Retour et réadmission",
        [CallForm.TermsInput] = "Map the network's practice on voluntary return.", [CallForm.TermsTranslationInput] = "Recenser la pratique du réseau.",
        [CallForm.PostsInput] = posts, [CallForm.MonthsInput] = "12", [CallForm.ClosingInput] = closing,
    };

    static JsonObject Call() => new() { [RapporteurCards.CallKey] = CallId };

    static JsonObject Nominating(string nominee, string motivation = "Twelve years on return policy.") =>
        new() { [RapporteurCards.CallKey] = CallId, [NominationCards.NomineeInput] = nominee, [NominationCards.MotivationInput] = motivation };

    Task RunJobsAsync() => _app.Clock.WhileWaitingAsync(() => _app.Service<JobRunner>().RunOnceAsync(default));

    async Task<int> RowsAsync(string campaign) => (await _app.Service<IDeliveryStore>().ListAsync(campaign, default)).Count;

    /// The office proposes; nobody objects; a tick after the deadline opens the call.
    async Task OpenCallAsync()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        var proposed = await _app.PressAsync(RapporteurRoutes.Propose, Form());
        Assert.Contains(RapporteurTexts.ProposedDone.Format(Language.En, new DateOnly(2026, 12, 7)), proposed.CardText());
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await RunJobsAsync();
    }

    [Fact]
    public async Task The_office_proposes_a_call_once_and_the_network_is_asked()
    {
        var first = await _app.PressAsync(RapporteurRoutes.Propose, Form());
        var again = await _app.PressAsync(RapporteurRoutes.Propose, Form());

        var call = await Store.GetCallAsync(CallId, default);
        Assert.Equal(CallStatus.Proposed, call!.Status);
        var procedure = Assert.Single(await _app.Service<IProcedureStore>().ListAsync(default));
        Assert.Equal((ProposalKind.RapporteurCall, CallId, procedure.Id), (procedure.Kind, procedure.SubjectId, call.ProcedureId));
        Assert.Equal(3, await RowsAsync(ProposalCampaign.Key(new(procedure.Id, 1))));
        Assert.Equal(first.CardText(), again.CardText());
        Assert.Contains("Return and readmission", first.CardText());
        Assert.Single(await _app.Service<IAuditLog>().ListAsync(50, default), e => e.Action == "rapporteur.call.proposed" && e.SubjectId == CallId);
    }

    [Fact]
    public async Task Without_objection_the_call_opens_after_the_deadline_and_is_queued_and_posted_once()
    {
        await OpenCallAsync();
        await RunJobsAsync();

        Assert.Equal(CallStatus.Open, (await Store.GetCallAsync(CallId, default))!.Status);
        Assert.Equal(3, await RowsAsync(CallOpenedCampaign.Key(CallId)));
        var post = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId.StartsWith("19:network@thread.tacv2", StringComparison.Ordinal));
        Assert.Contains("Return and readmission", post.AllText);
        Assert.Contains("Retour et réadmission", post.AllText);
        Assert.Contains(RapporteurTexts.CallOpenedBody.Format(Language.Fr, new DateOnly(2026, 12, 18)), post.AllText);
    }

    [Fact]
    public async Task Elise_nominates_herself_Jonas_nominates_Giulia_who_accepts_and_the_office_appoints_both()
    {
        await OpenCallAsync();

        var self = await _app.PressAsync(RapporteurRoutes.SendNomination, Nominating(NominationCards.Myself), Payload.EliseAad);
        var other = await _app.PressAsync(RapporteurRoutes.SendNomination, Nominating("m-giulia"), Payload.JonasAad);
        var twice = await _app.PressAsync(RapporteurRoutes.SendNomination, Nominating("m-giulia", "She knows it best."), Payload.EliseAad);

        Assert.Contains(RapporteurTexts.NominatedSelf.Format(Language.Fr, "Retour et réadmission"), self.CardText());
        Assert.Contains(RapporteurTexts.NominatedOther.Format(Language.En, "Giulia Rossi"), other.CardText());
        Assert.Equal(RapporteurTexts.Describe(NominationRefusal.AlreadyNominated, Language.Fr), twice.Message);
        var giulia = (await Store.GetNominationAsync(Nomination.KeyOf(CallId, "m-giulia"), default))!;
        Assert.Equal((NominationStatus.AwaitingConsent, "m-jonas"), (giulia.Status, giulia.NominatorId));
        Assert.Equal(1, await RowsAsync(ConsentCampaign.Key(giulia)));

        var answer = new JsonObject { [RapporteurCards.NominationKey] = giulia.Id, [NominationCards.AnswerKey] = "accept" };
        var accepted = await _app.PressAsync(RapporteurRoutes.Consent, answer, GiuliaAad);
        var early = await _app.PressAsync(RapporteurRoutes.Appoint, Call());

        Assert.Contains(RapporteurTexts.Accepted.Fr, accepted.CardText());
        Assert.Equal(RapporteurTexts.Describe(MandateRefusal.CallNotClosedYet, Language.En), early.Message);

        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero));
        var listed = await _app.PressAsync(RapporteurRoutes.Nominations, Call());
        Assert.Contains("Giulia Rossi (Italy): accepted", listed.CardText());
        Assert.Contains("Nominated by Jonas Weber", listed.CardText());
        Assert.Contains("Senior Adviser, Ministero dell’Interno", listed.CardText());
        var chosen = Call();
        chosen[NominationCards.AppointInput] = $"{Nomination.KeyOf(CallId, "m-elise")},{Nomination.KeyOf(CallId, "m-giulia")}";
        var appointed = await _app.PressAsync(RapporteurRoutes.Appoint, chosen);
        var pressedAgain = await _app.PressAsync(RapporteurRoutes.Appoint, chosen.DeepClone().AsObject());

        Assert.Contains(RapporteurTexts.AppointedDone.En, appointed.CardText());
        Assert.Contains(RapporteurTexts.AppointedDone.En, pressedAgain.CardText());
        Assert.Equal(CallStatus.Closed, (await Store.GetCallAsync(CallId, default))!.Status);
        var mandates = await Store.ListMandatesAsync(default);
        Assert.Equal(["m-elise", "m-giulia"], mandates.Select(m => m.MemberId).Order());
        Assert.Equal(new DateOnly(2027, 12, 20), mandates[0].End);
        Assert.Equal(2, await RowsAsync(AppointedCampaign.Key(CallId)));

        await _app.PostAsync(Payload.PersonalMessage("rapporteurs").From(Payload.JonasAad));
        var roster = _app.Connector.Sends[^1].Shown;
        Assert.Contains("Élise Moreau", roster);
        Assert.Contains("Giulia Rossi", roster);
        Assert.Contains(RapporteurTexts.MandateUntil.Format(Language.En, new DateOnly(2027, 12, 20)), roster);

        await RunJobsAsync();
        await RunJobsAsync();
        var channel = _app.Connector.Sends.Where(s => s.To.ConversationId.StartsWith("19:network@thread.tacv2", StringComparison.Ordinal)).ToList();
        Assert.Single(channel, s => s.AllText.Contains("Élise Moreau, Giulia Rossi"));
    }

    [Fact]
    public async Task A_call_with_bad_input_comes_back_with_every_problem_and_nothing_is_saved()
    {
        var bad = await _app.PressAsync(RapporteurRoutes.Propose, Form(theme: "  ", posts: "0", closing: "2026-12-08"));
        var unreadable = await _app.PressAsync(RapporteurRoutes.Propose, Form(closing: "soon"));

        var text = bad.CardText();
        Assert.Contains(RapporteurTexts.Describe(CallProblem.ThemeMissing, Language.En), text);
        Assert.Contains(RapporteurTexts.Describe(CallProblem.PostsOutOfRange, Language.En), text);
        Assert.Contains(RapporteurTexts.Describe(CallProblem.ClosingTooSoon, Language.En), text);
        Assert.Contains(RapporteurTexts.ClosingUnreadable.En, unreadable.CardText());
        Assert.Empty(await Store.ListCallsAsync(default));
        Assert.Empty(await _app.Service<IProcedureStore>().ListAsync(default));
    }

    [Fact]
    public async Task A_focal_point_can_neither_open_a_call_nor_appoint()
    {
        await OpenCallAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.Zero));

        var form = await _app.PressAsync(RapporteurRoutes.New, new JsonObject(), Payload.EliseAad);
        var propose = await _app.PressAsync(RapporteurRoutes.Propose, Form(), Payload.EliseAad);
        var appoint = await _app.PressAsync(RapporteurRoutes.Appoint, Call(), Payload.JonasAad);

        Assert.Equal(RapporteurTexts.OfficeOnly.Fr, form.Message);
        Assert.Equal(RapporteurTexts.OfficeOnly.Fr, propose.Message);
        Assert.Equal(RapporteurTexts.OfficeOnly.En, appoint.Message);
        Assert.Single(await Store.ListCallsAsync(default));
        Assert.Equal(CallStatus.Open, (await Store.GetCallAsync(CallId, default))!.Status);
        Assert.Empty(await Store.ListMandatesAsync(default));
    }
}
