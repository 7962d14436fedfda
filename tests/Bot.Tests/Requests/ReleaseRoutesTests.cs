using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The office releases a compilation from the status: after the deadline, or once every state asked has answered; never
/// one it keeps. Each member it goes to gets one card, in their language, with their own links; the status says what the
/// rows say. France (Élise, Marc) and Germany (Jonas) are asked; the deadline is Monday 14 December 2026.
public sealed class ReleaseRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static readonly DateTimeOffset AfterDeadline = new(2026, 12, 15, 9, 0, 0, TimeSpan.Zero);

    static string Fact(string title, string value) => $"\"title\":\"{title}\",\"value\":\"{value}\"";

    async Task<InformationRequest> SentToFranceAndGermanyAsync(CompilationRecipients recipients = CompilationRecipients.Audience)
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.OpenChatAsync(Payload.JonasAad);
        return await _app.SendAsync(RequestApp.Form().With(RequestForm.EveryoneKey, "false").With(RequestForm.StatesKey, "FR,DE")
            .With(RequestForm.RecipientsKey, recipients.ToString()));
    }

    Task<Pressed> FranceAnswersAsync(InformationRequest r) =>
        _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(r, 0, "fr", (1, "312 mineurs"), (2, "L’OFPRA"), (3, "Oui")).With(AnswerForm.OfficeOnlyKey(2), "true"),
            fromAad: Payload.EliseAad);

    Task<Pressed> GermanyAnswersAsync(InformationRequest r) =>
        _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(r, 0, "en", (1, "40"), (2, "The BAMF"), (3, "No")), fromAad: Payload.JonasAad);

    async Task<InformationRequest> StoredAsync(InformationRequest r) => (await _app.Requests().GetAsync(r.Id, default))!;

    async Task<IReadOnlyList<Delivery>> RowsAsync(InformationRequest r) => await _app.Deliveries().ListAsync(RequestReleasedCampaign.Key(r.Number!.Value), default);

    IEnumerable<FocalBot.Bot.Tests.Support.FakeConnector.Sent> ReleaseCardsTo(string aad) =>
        _app.Connector.Sends.Where(s => s.To.ConversationId == RequestApp.ChatOf(aad) && s.AllText.Contains(RequestRoutes.GetCompilation));

    /// The files a card's links lead to, as paths in the exports folder (a local file's id is its path, base64url).
    static IEnumerable<string> Files(FocalBot.Bot.Tests.Support.FakeConnector.Sent sent) =>
        sent.Card!["actions"]!.AsArray().Select(a => (string?)a!["url"]).OfType<string>()
            .Select(url => System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(new Uri(url).Segments[^1])));

    [Fact]
    public async Task Before_the_deadline_with_a_state_still_to_answer_it_is_not_offered_and_a_forged_press_is_refused()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);

        var status = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardJson();
        var forged = await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(request));

        Assert.DoesNotContain(RequestRoutes.Release + "\"", status);
        Assert.Contains(Fact(RequestTexts.ReleasedFact.En, RequestTexts.NotReleasedYet.En), status);
        Assert.Equal(RequestTexts.ReleaseTooEarly.Format(Language.En, new DateOnly(2026, 12, 14)), forged.Message);
        Assert.Null((await StoredAsync(request)).ReleasedOn);
        Assert.Empty(await RowsAsync(request));
    }

    [Fact]
    public async Task Once_every_state_asked_has_answered_the_office_releases_it_before_the_deadline()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        await GermanyAnswersAsync(request);

        var status = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardJson();
        var released = (await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(await StoredAsync(request)))).CardJson();

        Assert.Contains($"\"verb\":\"{RequestRoutes.Release}\"", status);
        Assert.Contains(Fact(RequestTexts.ReleasedFact.En, RequestTexts.ReleasableNow.En), status);
        Assert.Equal(new DateOnly(2026, 11, 23), (await StoredAsync(request)).ReleasedOn);
        Assert.Contains(Fact(RequestTexts.ReleasedFact.En, "released on 23 November 2026 to 3 members"), released);
        Assert.Contains(Fact(RequestTexts.ReleaseDeliveredFact.En, "3 waiting to be sent"), released);
        Assert.DoesNotContain($"\"verb\":\"{RequestRoutes.Release}\"", released);
        Assert.Equal(["m-elise", "m-jonas", "m-marc"], (await RowsAsync(request)).Select(d => d.MemberId).Order());
        var audit = Assert.Single(await _app.AuditAsync(), e => e.Action == "request.released");
        Assert.Equal(request.Id, audit.SubjectId);
    }

    [Fact]
    public async Task After_the_deadline_each_member_gets_one_card_in_their_language_with_their_own_links_and_the_status_says_so()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);

        await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(await StoredAsync(request)));
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        var elise = Assert.Single(ReleaseCardsTo(Payload.EliseAad));
        var jonas = Assert.Single(ReleaseCardsTo(Payload.JonasAad));
        Assert.Contains(RequestTexts.ReleasedTitle.Format(Language.Fr, request.Number), elise.Shown);
        Assert.Contains(RequestTexts.ReleasedTitle.Format(Language.En, request.Number), jonas.Shown);
        Assert.Contains("m=m-elise", elise.AllText);
        Assert.DoesNotContain("m=m-jonas", elise.AllText);
        Assert.Contains("m=m-jonas", jonas.AllText);
        Assert.All(Files(jonas), path => Assert.StartsWith("Network/Requests/2026-01/", path));   // the network's files, not the office's
        // Marc has no chat with the bot: his row waits for one; Sophie is the office and had the compilation all along.
        Assert.Equal(DeliveryStatus.NoChat, (await RowsAsync(request)).Single(d => d.MemberId == "m-marc").Status);
        Assert.DoesNotContain(ReleaseCardsTo(Payload.SophieAad), _ => true);

        var status = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardJson();
        Assert.Contains(Fact(RequestTexts.ReleasedFact.En, "released on 15 December 2026 to 3 members"), status);
        Assert.Contains(Fact(RequestTexts.ReleaseDeliveredFact.En, "2 reached in their chat, 1 unreachable"), status);
        var view = (await _app.PressAsync(DeliveryRoutes.View, DeliveryRoutes.Data(ReleaseDeliveries.Subject, request.Id))).CardText();
        Assert.Contains(RequestTexts.ReleaseDeliveryTitle.Format(Language.En, request.Number), view);
        Assert.Contains("Élise Moreau", view);
    }

    [Fact]
    public async Task The_card_a_member_gets_holds_the_networks_version_without_the_answer_given_to_the_office_only()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);
        await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(await StoredAsync(request)));
        await _app.RunJobsAsync();

        var card = Assert.Single(ReleaseCardsTo(Payload.JonasAad)).Card!;
        var word = card["actions"]!.AsArray().Select(a => (string?)a!["url"]).First(u => u is not null)!;
        var paragraphs = Exports.OpenXmlFiles.Paragraphs(await _app.CreateClient().GetByteArrayAsync(new Uri(word).PathAndQuery));

        Assert.Contains(paragraphs, p => p.Text == "312 mineurs");
        Assert.DoesNotContain(paragraphs, p => p.Text == "L’OFPRA");
        Assert.Contains(paragraphs, p => p.Text == RequestTexts.GivenToOfficeOnly.En);
    }

    [Fact]
    public async Task Released_to_the_states_that_answered_only_their_focal_points_get_it()
    {
        var request = await SentToFranceAndGermanyAsync(CompilationRecipients.Responders);
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);

        await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(await StoredAsync(request)));
        await _app.RunJobsAsync();

        Assert.Equal(["m-elise", "m-marc"], (await RowsAsync(request)).Select(d => d.MemberId).Order());
        Assert.Empty(ReleaseCardsTo(Payload.JonasAad));
    }

    [Fact]
    public async Task A_compilation_the_office_keeps_offers_no_release_and_a_forged_press_changes_nothing()
    {
        var request = await SentToFranceAndGermanyAsync(CompilationRecipients.Office);
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);

        var status = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardJson();
        var forged = await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(request));

        Assert.DoesNotContain($"\"verb\":\"{RequestRoutes.Release}\"", status);
        Assert.Contains(Fact(RequestTexts.SharedWithFact.En, RequestTexts.SharedWithOffice.En), status);
        Assert.DoesNotContain(RequestTexts.ReleasedFact.En, status);
        Assert.Equal(RequestTexts.KeptByOffice.En, forged.Message);
        Assert.Null((await StoredAsync(request)).ReleasedOn);
        Assert.Empty(await RowsAsync(request));
    }

    [Fact]
    public async Task Only_the_office_releases_and_a_focal_point_pressing_changes_nothing()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);

        var pressed = await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(request), fromAad: Payload.EliseAad);

        Assert.Equal(RequestTexts.NotAllowed.Fr, pressed.Message);
        Assert.Null((await StoredAsync(request)).ReleasedOn);
    }

    [Fact]
    public async Task A_second_or_stale_press_has_no_second_effect()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);
        var stale = RequestApp.Ids(await StoredAsync(request));

        await _app.PressAsync(RequestRoutes.Release, (JsonObject)stale.DeepClone());
        var released = await StoredAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline.AddDays(1));
        var again = (await _app.PressAsync(RequestRoutes.Release, stale)).CardJson();

        Assert.Equal((released.Version, released.ReleasedOn), ((await StoredAsync(request)).Version, (await StoredAsync(request)).ReleasedOn));
        Assert.Contains("released on 15 December 2026 to 3 members", again);
        Assert.Equal(3, (await RowsAsync(request)).Count);
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.released");
    }

    [Fact]
    public async Task Two_office_members_pressing_at_once_release_it_once()
    {
        await _app.Given(AMember.FocalPoint("m-paul", "Paul Martin", "FR") with { Role = Domain.Members.MemberRole.Office, StateCode = null, AadObjectId = PaulAad });
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);
        var ids = RequestApp.Ids(await StoredAsync(request));

        await Task.WhenAll(_app.PressAsync(RequestRoutes.Release, ids), _app.PressAsync(RequestRoutes.Release, (JsonObject)ids.DeepClone(), fromAad: PaulAad));
        await _app.RunJobsAsync();

        Assert.Equal(3, (await RowsAsync(request)).Count);
        Assert.Single(await _app.AuditAsync(), e => e.Action == "request.released");
        Assert.Single(ReleaseCardsTo(Payload.EliseAad));
    }

    [Fact]
    public async Task A_release_whose_cards_a_fault_left_unqueued_gets_them_on_the_next_press()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);
        // Saved as released, then the process stopped before the rows were made.
        await _app.Requests().SaveAsync(await StoredAsync(request) with { ReleasedOn = new DateOnly(2026, 12, 15) }, default);

        var before = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardJson();
        var status = (await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(request))).CardJson();

        Assert.Contains("released on 15 December 2026 to 0 members", before);
        Assert.Contains($"\"verb\":\"{RequestRoutes.Release}\"", before);
        Assert.Equal(3, (await RowsAsync(request)).Count);
        Assert.DoesNotContain($"\"verb\":\"{RequestRoutes.Release}\"", status);
        Assert.Contains("released on 15 December 2026 to 3 members", status);
        Assert.DoesNotContain(await _app.AuditAsync(), e => e.Action == "request.released");
    }

    const string PaulAad = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";

    [Fact]
    public async Task A_release_that_nobody_would_receive_is_refused_in_words()
    {
        var request = await SentToFranceAndGermanyAsync(CompilationRecipients.Responders);
        _app.Clock.SetUtcNow(AfterDeadline);

        var status = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardJson();
        var forged = await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(request));

        Assert.Contains(Fact(RequestTexts.ReleasedFact.En, RequestTexts.NobodyToRelease.En), status);
        Assert.Equal(RequestTexts.NoRecipient.En, forged.Message);
    }

    [Fact]
    public async Task Releasing_logs_ids_and_counts_only()
    {
        var request = await SentToFranceAndGermanyAsync();
        await FranceAnswersAsync(request);
        _app.Clock.SetUtcNow(AfterDeadline);

        await _app.PressAsync(RequestRoutes.Release, RequestApp.Ids(await StoredAsync(request)));
        await _app.RunJobsAsync();

        Assert.Contains(_app.Logs.Lines, l => l.Contains("released: queued for 3 members", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("312 mineurs", StringComparison.Ordinal) || l.Contains("OFPRA", StringComparison.Ordinal)
            || l.Contains("Élise", StringComparison.Ordinal) || l.Contains("elise.moreau@", StringComparison.Ordinal) || l.Contains("Reception of unaccompanied", StringComparison.Ordinal));
    }
}
