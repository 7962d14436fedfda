using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Tests.Requests;

/// The office's form says who receives the compilation (everyone the request is sent to unless it chooses otherwise);
/// the preview, the request as received and the status say it; a value no card offers is refused, nothing saved.
public sealed class ComposeRecipientsTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_offices_form_offers_the_three_choices_and_everyone_by_default()
    {
        var card = (await _app.PressAsync(RequestRoutes.New, new())).CardJson();

        Assert.Contains($"\"id\":\"{RequestForm.RecipientsKey}\"", card);
        Assert.Contains($"\"value\":\"{nameof(CompilationRecipients.Audience)}\"", card);
        Assert.Contains(RequestTexts.RecipientsResponders.En, card);
        Assert.Contains(RequestTexts.RecipientsOffice.En, card);
    }

    [Fact]
    public async Task A_focal_points_proposal_form_does_not_offer_it_and_the_proposal_goes_to_everyone()
    {
        var form = (await _app.PressAsync(RequestRoutes.New, new(), fromAad: Payload.EliseAad)).CardJson();
        await _app.PressAsync(RequestRoutes.Propose, RequestApp.Form("p-1"), fromAad: Payload.EliseAad);

        Assert.DoesNotContain(RequestForm.RecipientsKey, form);
        Assert.Equal(CompilationRecipients.Audience, (await _app.Requests().GetAsync("p-1", default))!.Recipients);
    }

    [Fact]
    public async Task The_choice_is_kept_shown_on_the_preview_and_on_the_request_as_received_and_followed()
    {
        var preview = await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.RecipientsKey, nameof(CompilationRecipients.Responders)));
        var stored = (await _app.Requests().GetAsync("r-1", default))!;
        await _app.PressAsync(RequestRoutes.Send, RequestApp.Ids(stored).With(RequestForm.VersionKey, stored.Version!));
        var received = await _app.PressAsync(RequestRoutes.Open, RequestApp.Ids(stored), fromAad: Payload.EliseAad);
        var status = await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(stored));

        Assert.Equal(CompilationRecipients.Responders, stored.Recipients);
        Assert.Contains($"\"title\":\"{RequestTexts.SharedWithFact.En}\",\"value\":\"{RequestTexts.SharedWithResponders.En}\"", preview.CardJson());
        Assert.Contains($"\"title\":\"{RequestTexts.SharedWithFact.Fr}\",\"value\":\"{RequestTexts.SharedWithResponders.Fr}\"", received.CardJson());
        Assert.Contains($"\"title\":\"{RequestTexts.SharedWithFact.En}\",\"value\":\"{RequestTexts.SharedWithResponders.En}\"", status.CardJson());
    }

    [Fact]
    public async Task Editing_a_draft_shows_the_choice_it_was_saved_with()
    {
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.RecipientsKey, nameof(CompilationRecipients.Office)));
        var stored = (await _app.Requests().GetAsync("r-1", default))!;

        var card = (await _app.PressAsync(RequestRoutes.Edit, RequestApp.Ids(stored))).Card!;

        var choice = card["body"]!.AsArray().Single(e => (string?)e!["id"] == RequestForm.RecipientsKey)!;
        Assert.Equal(nameof(CompilationRecipients.Office), (string?)choice["value"]);
    }

    [Theory]
    [InlineData("Everyone")]
    [InlineData("1")]
    [InlineData("audience")]
    public async Task A_value_no_card_offers_is_refused_in_the_form_and_nothing_is_saved(string forged)
    {
        var card = (await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.RecipientsKey, forged))).CardJson();

        Assert.Contains(RequestTexts.RecipientsUnknown.En, card);
        Assert.Empty(await _app.Requests().ListAsync(default));
    }

    [Fact]
    public async Task Changing_only_who_receives_it_is_a_change_of_the_draft()
    {
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form());
        var first = (await _app.Requests().GetAsync("r-1", default))!;

        // The same form again, from the card opened before the first preview saved: a different choice is not a second click.
        var again = await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.RecipientsKey, nameof(CompilationRecipients.Office)));

        Assert.Contains(RequestTexts.ChangedMeanwhile.En, again.CardJson());
        Assert.Equal(CompilationRecipients.Audience, (await _app.Requests().GetAsync("r-1", default))!.Recipients);
        Assert.Equal(first.Version, (await _app.Requests().GetAsync("r-1", default))!.Version);
        Assert.False(ComposeRoutes.SameContent(first, first with { Recipients = CompilationRecipients.Office }));
        Assert.True(ComposeRoutes.SameContent(first, first with { }));
    }
}
