using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// Focal points answer per question, once per state: drafts, submitting, amending, nil answers, late answers, and two
/// colleagues saving at once.
public sealed class AnswerRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_focal_point_opens_the_answer_form_in_her_language_with_every_question()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardJson();

        Assert.Contains("Réponse de la France à la demande 2026/01", card);
        Assert.Contains("\"id\":\"a1\"", card);
        Assert.Contains("\"id\":\"a3\"", card);
        Assert.Contains(RequestTexts.NilNoInformation.Fr, card);
    }

    [Fact]
    public async Task A_draft_is_saved_and_the_office_does_not_count_it_as_an_answer()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312 mineurs.\nSource : DGEF.")), fromAad: Payload.EliseAad)).CardText();

        Assert.True(card.Contains(RequestTexts.DraftSaved.Fr), card);
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal(AnswerStatus.Draft, answer.Status);
        Assert.Equal("312 mineurs.\nSource : DGEF.", answer.For(new QuestionNumber(1))!.Text);
        Assert.Equal(Language.Fr, answer.Language);
        Assert.Equal(0, Compilation.Of(request, [answer]).Responding);
    }

    [Fact]
    public async Task The_last_change_is_dated_in_the_networks_time()
    {
        var request = await _app.SendAsync();   // the clock reads 09:00 UTC: 10:00 in Strasbourg
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312")), fromAad: Payload.EliseAad);

        var card = (await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), fromAad: Payload.EliseAad)).CardText();

        Assert.Contains("le 23 novembre 2026 à 10\u00a0h\u00a000", card);
    }

    [Fact]
    public async Task Submitting_needs_every_question_answered_and_a_nil_answer_counts()
    {
        var request = await _app.SendAsync();

        var partial = await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "en", (1, "312")), fromAad: Payload.JonasAad);
        Assert.True(partial.CardText().Contains(RequestTexts.Incomplete.En), partial.CardText());
        Assert.Equal(AnswerStatus.Draft, (await _app.AnswerOfAsync(request, "DE"))!.Status);

        var data = RequestApp.Answers(request, 1, "en", (2, "The youth office."));
        data[AnswerForm.NilKey(3)] = nameof(NilAnswer.NotApplicable);
        var done = await _app.PressAsync(RequestRoutes.Submit, data, fromAad: Payload.JonasAad);

        Assert.Contains(RequestTexts.AnswerSubmitted.En, done.CardText());
        var answer = (await _app.AnswerOfAsync(request, "DE"))!;
        Assert.Equal(AnswerStatus.Submitted, answer.Status);
        Assert.Equal(NilAnswer.NotApplicable, answer.For(new QuestionNumber(3))!.Nil);
        Assert.Equal("312", answer.For(new QuestionNumber(1))!.Text);
    }

    [Fact]
    public async Task To_follow_without_a_date_is_named_and_nothing_is_saved()
    {
        var request = await _app.SendAsync();
        var data = RequestApp.Answers(request, 0, "fr", (1, "312"));
        data[AnswerForm.NilKey(2)] = nameof(NilAnswer.ToFollow);

        var card = (await _app.PressAsync(RequestRoutes.Save, data, fromAad: Payload.EliseAad)).CardText();

        Assert.Contains(RequestTexts.FollowDateMissingAt.Format(Language.Fr, 2), card);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task An_answer_over_the_limit_is_refused_and_nothing_is_saved()
    {
        var request = await _app.SendAsync();

        var card = (await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, new string('x', 5001))), fromAad: Payload.EliseAad)).CardText();

        Assert.Contains(RequestTexts.AnswerTooLongAt.Format(Language.Fr, 1, 5000), card);
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task A_double_clicked_submit_submits_once()
    {
        var request = await _app.SendAsync();
        var data = RequestApp.Answers(request, 0, "fr", (1, "312"), (2, "L’OFPRA."), (3, "Oui."));

        await _app.PressAsync(RequestRoutes.Submit, data.DeepClone().AsObject(), fromAad: Payload.EliseAad);
        var second = await _app.PressAsync(RequestRoutes.Submit, data, fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.AnswerSubmitted.Fr, second.CardText());
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal(2, answer.Version);   // one save, one submit
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.answer.submitted");
    }

    [Fact]
    public async Task A_colleague_saving_meanwhile_is_not_overwritten_and_the_second_is_told()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "Texte de Marc")), fromAad: RequestApp.MarcAad);

        // Élise opened the form before Marc saved (version 0).
        var card = (await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "Texte d’Élise")), fromAad: Payload.EliseAad)).CardText();

        Assert.Contains(RequestTexts.AnswerConflict.Fr, card);
        Assert.Contains("Texte de Marc", card);
        Assert.Contains("Marc Dubois", card);
        Assert.Equal("Texte de Marc", (await _app.AnswerOfAsync(request, "FR"))!.For(new QuestionNumber(1))!.Text);
    }

    [Fact]
    public async Task Any_focal_point_of_the_state_continues_the_states_answer()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312")), fromAad: Payload.EliseAad);

        var card = (await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), fromAad: RequestApp.MarcAad)).CardText();
        Assert.Contains("312", card);
        Assert.Contains("Élise Moreau", card);   // who last changed it
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 1, "fr", (2, "L’OFPRA.")), fromAad: RequestApp.MarcAad);

        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal(["312", "L’OFPRA."], answer.Answers.Select(a => a.Text));
        Assert.Equal("m-marc", answer.ChangedBy);
    }

    [Fact]
    public async Task An_answer_after_the_deadline_is_kept_and_marked_late()
    {
        var request = await _app.SendAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.Zero));

        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "en", (1, "a"), (2, "b"), (3, "c")), fromAad: Payload.JonasAad);

        var answer = (await _app.AnswerOfAsync(request, "DE"))!;
        Assert.Equal(AnswerStatus.Submitted, answer.Status);
        Assert.True(answer.Late);
    }

    [Fact]
    public async Task Late_answers_are_refused_when_the_network_says_so()
    {
        _app.Setting("Requests:AcceptLateAnswers", "false");
        var request = await _app.SendAsync();
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.Zero));

        var card = (await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "en", (1, "a")), fromAad: Payload.JonasAad)).CardText();

        Assert.Contains(RequestTexts.AnswerDeadlinePassed.En, card);
        Assert.Null(await _app.AnswerOfAsync(request, "DE"));
    }

    [Fact]
    public async Task The_office_and_other_states_cannot_answer_for_a_state()
    {
        var request = await _app.SendAsync(RequestApp.Form().With(RequestForm.EveryoneKey, "false").With(RequestForm.StatesKey, "FR"));

        var office = await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "en", (1, "x")), fromAad: Payload.SophieAad);
        var germany = await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), fromAad: Payload.JonasAad);

        Assert.Equal(RequestTexts.AnswerNotAllowed.En, office.Message);
        Assert.Equal(RequestTexts.StateNotAsked.En, germany.Message);
        Assert.Empty(await _app.Requests().ListAnswersAsync(request.Number!.Value, default));
    }

    [Fact]
    public async Task Receipt_is_acknowledged_once_for_the_state_and_does_not_touch_the_answer()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Save, RequestApp.Answers(request, 0, "fr", (1, "312")), fromAad: Payload.EliseAad);

        var first = await _app.PressAsync(RequestRoutes.Acknowledge, RequestApp.Ids(request), fromAad: RequestApp.MarcAad);
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await _app.PressAsync(RequestRoutes.Acknowledge, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Contains(RequestTexts.AcknowledgedOn.Format(Language.Fr, new DateOnly(2026, 11, 23)), first.CardText());
        var answer = (await _app.AnswerOfAsync(request, "FR"))!;
        Assert.Equal("m-marc", answer.AcknowledgedBy);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), answer.AcknowledgedAt);
        Assert.Equal("312", answer.For(new QuestionNumber(1))!.Text);
        Assert.Equal(1, answer.Version);
    }

    [Fact]
    public async Task Answering_from_the_channel_card_moves_to_the_personal_chat()
    {
        var request = await _app.SendAsync();
        await _app.OpenChatAsync(Payload.EliseAad);
        var before = _app.Connector.Sends.Count;

        var body = await _app.PressAsync(Payload.Execute(RequestRoutes.Answer, RequestApp.Ids(request)).From(Payload.EliseAad)
            .Set("conversation.conversationType", "channel").Set("conversation.id", "19:network@thread.tacv2;messageid=1"));

        Assert.Equal(RequestTexts.AnswerSentToChat.Fr, body.Message);
        var sent = Assert.Single(_app.Connector.Sends.Skip(before));
        Assert.Equal(RequestApp.ChatOf(Payload.EliseAad), sent.To.ConversationId);
        Assert.Contains("\"id\":\"a1\"", sent.AllText);
    }
}
