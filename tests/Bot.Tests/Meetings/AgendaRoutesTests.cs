using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// Invitees suggest agenda items; the office accepts, merges or declines them and issues revised agendas. The clock
/// starts on Monday 23 November 2026.
public sealed class AgendaRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_suggested_item_accepted_by_the_office_goes_into_the_revised_agenda_sent_to_everyone_with_what_changed()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        await _app.OpenChatAsync(Payload.EliseAad);
        var meeting = await _app.ConvenedAsync();
        var sent = await _app.PressAsync(MeetingRoutes.Suggested, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionTitleKey] = "Mineurs non accompagnés",
            [MeetingCards.SuggestionExplanationKey] = "Échanger sur l’évaluation de l’âge.", [MeetingCards.SuggestionLanguageKey] = "fr",
        }, fromAad: Payload.EliseAad);
        var suggestion = Assert.Single(await _app.Service<IMeetingStore>().ListSuggestionsAsync(meeting.Id, default));
        // Élise is back on her convocation, her answer form and all, with the news on top.
        var back = sent.CardJson();
        Assert.Contains(MeetingTexts.SuggestionSent.Fr, back);
        Assert.Contains(MeetingRoutes.Rsvp, back);

        await _app.PressAsync(MeetingRoutes.Accept, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionIdKey] = suggestion.Id });
        var revise = await _app.PressAsync(MeetingRoutes.Revise, new JsonObject { [MeetingForm.IdKey] = meeting.Id });
        var issue = (JsonObject)revise["value"]!["actions"]![0]!["data"]!.DeepClone();
        issue[MeetingForm.ItemEnKey(1)] = "Opening";
        issue[MeetingForm.ItemEnKey(2)] = "Return policies";
        issue[MeetingForm.ItemFrKey(3)] = "Mineurs non accompagnés";
        await _app.PressAsync(MeetingRoutes.Revised, issue);
        await _app.RunJobsAsync();

        var revised = (await _app.Service<IMeetingStore>().GetAsync(meeting.Id, default))!;
        Assert.Equal(2, revised.CurrentAgenda.Number);
        Assert.Equal(["Opening", "Return policies", "Mineurs non accompagnés"], revised.CurrentAgenda.Items.Select(i => i.Title.In(Language.Fr)));
        var toJonas = Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad) && s.AllText.Contains(MeetingTexts.RevisedTitle.Format(Language.En, 2)));
        Assert.Contains(MeetingTexts.ChangeAdded.Format(Language.En, 3), toJonas.AllText);
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.EliseAad) && s.AllText.Contains("Mineurs non accompagnés") && s.AllText.Contains("retenu"));
    }

    [Fact]
    public async Task Declining_a_suggestion_needs_a_reason()
    {
        var meeting = await _app.ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Suggested, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionTitleKey] = "Item", [MeetingCards.SuggestionExplanationKey] = "Why.", [MeetingCards.SuggestionLanguageKey] = "en",
        }, fromAad: Payload.JonasAad);
        var suggestion = Assert.Single(await _app.Service<IMeetingStore>().ListSuggestionsAsync(meeting.Id, default));

        var refused = await _app.PressAsync(MeetingRoutes.Decline, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionIdKey] = suggestion.Id });

        Assert.Equal(MeetingTexts.Describe(SuggestionRefusal.ReasonMissing, Language.En), refused.Message);
        Assert.Equal(SuggestionStatus.Pending, (await _app.Service<IMeetingStore>().GetSuggestionAsync(suggestion.Id, default))!.Status);
    }

    [Fact]
    public async Task A_suggestion_merged_into_an_item_tells_the_member_which_one()
    {
        await _app.OpenChatAsync(Payload.JonasAad);
        var meeting = await _app.ConvenedAsync();
        await _app.PressAsync(MeetingRoutes.Suggested, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionTitleKey] = "Readmission agreements", [MeetingCards.SuggestionExplanationKey] = "Part of returns.",
            [MeetingCards.SuggestionLanguageKey] = "en",
        }, fromAad: Payload.JonasAad);
        var suggestion = Assert.Single(await _app.Service<IMeetingStore>().ListSuggestionsAsync(meeting.Id, default));
        var item = meeting.CurrentAgenda.Items[1];

        await _app.PressAsync(MeetingRoutes.Merge, new JsonObject
        {
            [MeetingForm.IdKey] = meeting.Id, [MeetingCards.SuggestionIdKey] = suggestion.Id, [MeetingCards.MergeIntoKey + suggestion.Id] = item.Id,
        });
        await _app.RunJobsAsync();

        var merged = (await _app.Service<IMeetingStore>().GetSuggestionAsync(suggestion.Id, default))!;
        Assert.Equal((SuggestionStatus.Merged, item.Id), (merged.Status, merged.MergedInto));
        Assert.Single(_app.Connector.Sends, s => s.To.ConversationId == RequestApp.ChatOf(Payload.JonasAad)
            && s.AllText.Contains(MeetingTexts.SuggestionMerged.Format(Language.En, "Readmission agreements", "Return policies")));
    }
}
