using System.Text.Json.Nodes;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The office composes, previews and sends a request; bad input comes back in the form and changes nothing.
public sealed class RequestRoutesTests : IDisposable
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

        var card = body.Shown();
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

        var card = (await _app.PressAsync(RequestRoutes.Preview, form)).Shown();

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

        var card = (await _app.PressAsync(RequestRoutes.Preview, form)).Shown();

        Assert.Contains(RequestTexts.TooManyQuestions.Format(Language.Fr, "21", 20), card);
        Assert.Contains(RequestTexts.QuestionTooLong.Format(Language.Fr, 4, 500), card);
        Assert.Contains(RequestTexts.DeadlineTooSoon.Format(Language.Fr, 5), card);
        Assert.Empty(await _app.Requests().ListAsync(default));
    }

    [Fact]
    public async Task An_unreadable_deadline_is_named_and_nothing_is_saved()
    {
        var card = (await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.DeadlineKey, "next week"))).Shown();

        Assert.Contains(RequestTexts.DeadlineUnreadable.En, card);
        Assert.Empty(await _app.Requests().ListAsync(default));
    }

    [Fact]
    public async Task Markdown_and_html_in_a_question_are_stored_and_shown_literally()
    {
        const string question = "Is **this** <b>bold</b> or a [link](https://evil.example)?";

        var card = (await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form(questions: [question]))).Shown();

        var stored = Assert.Single(await _app.Requests().ListAsync(default));
        Assert.Equal(question, stored.Questions[0].Text);
        Assert.Contains($"\"type\":\"TextRun\",\"text\":\"{question}\"", card);
    }

    [Fact]
    public async Task A_focal_point_cannot_preview_or_send_even_with_a_forged_card()
    {
        var preview = await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form(), fromAad: Payload.EliseAad);
        Assert.Equal(RequestTexts.NotAllowed.Fr, preview.MessageText());

        var request = await _app.SendAsync();
        var before = (await _app.Requests().GetAsync(request.Id, default))!.Version;
        var send = await _app.PressAsync(RequestRoutes.Close, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Equal(RequestTexts.NotAllowed.Fr, send.MessageText());
        Assert.Equal(before, (await _app.Requests().GetAsync(request.Id, default))!.Version);
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

        Assert.Contains(RequestTexts.SentTitle.Format(Language.En, "2026/01"), again.Shown());
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

        Assert.Contains(RequestTexts.ChangedMeanwhile.En, send.Shown());
        Assert.Equal(RequestStatus.Draft, (await _app.Requests().GetAsync("r-1", default))!.Status);
    }

    [Fact]
    public async Task Nothing_of_a_request_or_an_answer_reaches_the_logs()
    {
        const string sentinel = "SENTINEL-7f3a";
        var request = await _app.SendAsync(RequestApp.Form(title: "Title " + sentinel, questions: ["Question " + sentinel + "?"]));
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.RunJobsAsync();

        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "Answer " + sentinel)), fromAad: Payload.EliseAad);

        Assert.Equal(AnswerStatus.Submitted, (await _app.AnswerOfAsync(request, "FR"))!.Status);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(sentinel) || l.Contains("Élise") || l.Contains("elise.moreau"));
    }
}
