using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// Composing and sending: the office composes, previews and sends; a focal point proposes and the office decides; the
/// list. Bad input comes back in the form and changes nothing.
public sealed class ComposeRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_office_gets_the_compose_form_with_the_default_deadline_in_working_days()
    {
        await _app.PostAsync(Payload.PersonalMessage("request").From(Payload.SophieAad));

        var card = Assert.Single(_app.Connector.Sends).AllText;
        Assert.Contains(RequestTexts.ComposeTitle.En, card);
        // 15 working days after Monday 23 November 2026: Monday 14 December.
        Assert.Contains("\"value\":\"2026-12-14\"", card);
        Assert.Contains(RequestRoutes.Preview, card);
    }

    [Fact]
    public async Task A_focal_point_gets_the_proposal_form_in_french()
    {
        await _app.PostAsync(Payload.PersonalMessage("demande"));

        var card = Assert.Single(_app.Connector.Sends).AllText;
        Assert.Contains(RequestTexts.ProposeTitle.Fr, card);
        Assert.Contains(RequestRoutes.Propose, card);
        Assert.DoesNotContain(RequestRoutes.Preview, card);
    }

    [Fact]
    public async Task An_invited_expert_cannot_raise_a_request()
    {
        await _app.Given(AMember.Ana());

        await _app.PostAsync(Payload.PersonalMessage("request").From(AMember.AnaAad));

        Assert.Equal(RequestTexts.ExpertsCannotPropose.En, Assert.Single(_app.Connector.Sends).Activity.Text);
    }

    [Fact]
    public async Task Add_a_question_gives_one_more_field_and_keeps_what_was_typed()
    {
        var body = await _app.PressAsync(RequestRoutes.Compose, RequestApp.Form().With(RequestForm.SlotsKey, "4"));

        var card = body.CardJson();
        Assert.Contains("\"id\":\"q4\"", card);
        Assert.Contains("Who assesses their age?", card);
        Assert.Empty(await _app.Requests().ListAsync(default));
    }

    [Fact]
    public async Task Every_problem_of_a_bad_form_is_shown_in_it_and_nothing_is_saved()
    {
        var form = RequestApp.Form(title: "  ", questions: ["First?", "", "Third?"])
            .With(RequestForm.DeadlineKey, "2026-11-20")
            .With(RequestForm.TitleTranslationKey, "Accueil");

        var card = (await _app.PressAsync(RequestRoutes.Preview, form)).CardJson();

        Assert.Contains(RequestTexts.TitleRequired.En, card);
        Assert.Contains(RequestTexts.QuestionEmpty.Format(Language.En, 2), card);
        Assert.Contains(RequestTexts.DeadlinePassed.En, card);
        Assert.Contains(RequestTexts.TranslationIncomplete.En, card);
        Assert.Contains("Third?", card);   // the form comes back as typed
        Assert.Empty(await _app.Requests().ListAsync(default));
    }

    [Fact]
    public async Task Too_many_and_too_long_questions_and_a_deadline_too_close_are_refused_in_french()
    {
        await _app.Given(AMember.Sophie() with { PreferredLanguage = Language.Fr });
        var questions = Enumerable.Range(1, 21).Select(i => $"Question {i}?").ToArray();
        questions[3] = new string('x', 501);
        var form = RequestApp.Form(questions: questions).With(RequestForm.DeadlineKey, "2026-11-27");

        var card = (await _app.PressAsync(RequestRoutes.Preview, form)).CardJson();

        Assert.Contains(RequestTexts.TooManyQuestions.Format(Language.Fr, "21", 20), card);
        Assert.Contains(RequestTexts.QuestionTooLong.Format(Language.Fr, 4, 500), card);
        Assert.Contains(RequestTexts.DeadlineTooSoon.Format(Language.Fr, 5), card);
        Assert.Empty(await _app.Requests().ListAsync(default));
    }

    [Fact]
    public async Task An_unreadable_deadline_is_named_and_nothing_is_saved()
    {
        var card = (await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.DeadlineKey, "next week"))).CardJson();

        Assert.Contains(RequestTexts.DeadlineUnreadable.En, card);
        Assert.Empty(await _app.Requests().ListAsync(default));
    }

    [Fact]
    public async Task Markdown_and_html_in_a_question_are_stored_and_shown_literally()
    {
        const string question = "Is **this** <b>bold</b> or a [link](https://evil.example)?";

        var card = (await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form(questions: [question]))).CardJson();

        var stored = Assert.Single(await _app.Requests().ListAsync(default));
        Assert.Equal(question, stored.Questions[0].Text);
        Assert.Contains($"\"type\":\"TextRun\",\"text\":\"{question}\"", card);
    }

    [Fact]
    public async Task Sending_numbers_the_request_and_queues_every_focal_point_and_the_channel_once()
    {
        var request = await _app.SendAsync();

        Assert.Equal(RequestStatus.Sent, request.Status);
        Assert.Equal(new RequestNumber(2026, 1), request.Number);
        var rows = await _app.Deliveries().ListAsync(RequestSentCampaign.Key(request.Number!.Value), default);
        Assert.Equal(["m-elise", "m-jonas", "m-marc"], rows.Select(r => r.MemberId).Order());
        Assert.Single(await _app.Deliveries().ListAsync(RequestChannelPostCampaign.Key(request.Number.Value), default));
        Assert.Contains(await _app.AuditAsync(), e => e is { Action: "request.sent", SubjectId: "r-1", ActorId: "m-sophie" });
    }

    [Fact]
    public async Task A_double_clicked_send_sends_once_and_keeps_the_number()
    {
        var request = await _app.SendAsync();

        var again = await _app.PressAsync(RequestRoutes.Send, RequestApp.Ids(request));

        Assert.Contains(RequestTexts.SentTitle.Format(Language.En, "2026/01"), again.CardJson());
        Assert.Equal(3, (await _app.Deliveries().ListAsync(RequestSentCampaign.Key(request.Number!.Value), default)).Count);
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.sent");
    }

    [Fact]
    public async Task Requests_are_numbered_in_sequence_within_the_year()
    {
        var first = await _app.SendAsync(RequestApp.Form("r-a"));
        var second = await _app.SendAsync(RequestApp.Form("r-b", title: "Second"));

        Assert.Equal("2026/01", first.Number.ToString());
        Assert.Equal("2026/02", second.Number.ToString());
    }

    [Fact]
    public async Task A_draft_changed_by_a_colleague_after_the_preview_is_not_sent()
    {
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form());
        var read = (await _app.Requests().GetAsync("r-1", default))!;
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form(title: "Changed").With(RequestForm.VersionKey, read.Version!));

        var send = await _app.PressAsync(RequestRoutes.Send, new JsonObject { [RequestForm.IdKey] = "r-1", [RequestForm.VersionKey] = read.Version });

        Assert.Contains(RequestTexts.ChangedMeanwhile.En, send.CardJson());
        Assert.Equal(RequestStatus.Draft, (await _app.Requests().GetAsync("r-1", default))!.Status);
    }

    [Fact]
    public async Task A_proposal_goes_to_the_office_and_a_decline_needs_a_reason_that_the_proposer_gets()
    {
        await _app.OpenChatAsync(Payload.SophieAad);
        await _app.OpenChatAsync(Payload.EliseAad);
        var proposed = await _app.PressAsync(RequestRoutes.Propose, RequestApp.Form("p-1"), fromAad: Payload.EliseAad);
        Assert.Contains(RequestTexts.ProposedTitle.Fr, proposed.CardJson());
        await _app.RunJobsAsync();
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.SophieAad) && s.AllText.Contains(RequestTexts.NewProposalNotice.En));

        var noReason = await _app.PressAsync(RequestRoutes.Decline, new JsonObject { [RequestForm.IdKey] = "p-1" });
        Assert.Contains(RequestTexts.ReasonMissing.En, noReason.CardJson());
        Assert.Equal(RequestStatus.Proposed, (await _app.Requests().GetAsync("p-1", default))!.Status);

        await _app.PressAsync(RequestRoutes.Decline, new JsonObject { [RequestForm.IdKey] = "p-1", [RequestRoutes.ReasonKey] = "Covered by 2026/05." });
        await _app.RunJobsAsync();

        Assert.Equal(RequestStatus.Declined, (await _app.Requests().GetAsync("p-1", default))!.Status);
        var told = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains(RequestTexts.DeclinedTitle.Fr));
        Assert.Contains("Covered by 2026/05.", told.AllText);
    }

    [Fact]
    public async Task The_office_is_told_of_a_decline_with_the_proposers_name_as_text()
    {
        using var app = new BotApp().WithMembers(AMember.Elise() with { DisplayName = "Élise [Re-verify](https://example.invalid/login) **x**" },
            AMember.Sophie());
        await app.PressAsync(RequestRoutes.Propose, RequestApp.Form("p-3"), fromAad: Payload.EliseAad);

        var declined = await app.PressAsync(RequestRoutes.Decline, new JsonObject { [RequestForm.IdKey] = "p-3", [RequestRoutes.ReasonKey] = "Covered." });

        Assert.Contains("Élise Re-verify(https://example.invalid/login) x", declined.CardJson());
        Assert.DoesNotContain("](https://example.invalid", declined.CardJson());
    }

    [Fact]
    public async Task An_approved_proposal_is_previewed_and_sent_by_the_office()
    {
        await _app.PressAsync(RequestRoutes.Propose, RequestApp.Form("p-2"), fromAad: Payload.EliseAad);

        var preview = await _app.PressAsync(RequestRoutes.Approve, new JsonObject { [RequestForm.IdKey] = "p-2" });
        Assert.Contains(RequestTexts.ApprovedBody.En, preview.CardJson());
        var approved = (await _app.Requests().GetAsync("p-2", default))!;
        await _app.PressAsync(RequestRoutes.Send, RequestApp.Ids(approved));

        var sent = (await _app.Requests().GetAsync("p-2", default))!;
        Assert.Equal(RequestStatus.Sent, sent.Status);
        Assert.Equal("m-elise", sent.RequesterId);
    }

    [Fact]
    public async Task The_list_shows_each_focal_point_their_states_status_and_the_office_drafts()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form("r-draft", title: "A draft for later"));
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312")), fromAad: Payload.EliseAad);

        await _app.PostAsync(Payload.PersonalMessage("demandes"));
        await _app.PostAsync(Payload.PersonalMessage("requests").From(Payload.SophieAad));

        var elise = _app.Connector.Sends[^2].AllText;
        var office = _app.Connector.Sends[^1].AllText;
        Assert.Contains("votre État\u00a0: brouillon, non soumis", elise);
        Assert.DoesNotContain("A draft for later", elise);
        Assert.Contains("A draft for later", office);
        Assert.Contains(RequestTexts.AnsweredCount.Format(Language.En, 0, 46), office);
    }
}
