using FocalBot.Bot.Meetings;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// A request or a meeting asked for by @mention in a channel is drafted in the author's personal chat, where only they see it.
public sealed class RequestDraftInChannelTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static bool InChannel(FakeConnector.Sent s) => s.To.ConversationId.StartsWith("19:", StringComparison.Ordinal);

    [Theory]
    [InlineData("request", "New information request")]
    [InlineData("meeting", "")]
    public async Task The_form_goes_to_the_authors_personal_chat_and_the_channel_is_told(string command, string formTitle)
    {
        await _app.OpenChatAsync(Payload.SophieAad);
        var before = _app.Connector.Sends.Count;

        await _app.PostAsync(Payload.ChannelMention(command).From(Payload.SophieAad));

        var sends = _app.Connector.Sends.Skip(before).ToList();
        var form = Assert.Single(sends, s => s.Card is not null);
        Assert.Equal(RequestApp.ChatOf(Payload.SophieAad), form.To.ConversationId);
        if (formTitle.Length > 0) Assert.Contains(formTitle, form.AllText);
        var line = Assert.Single(sends, InChannel);
        Assert.Null(line.Card);
        Assert.Equal(TurnTexts.DraftInPersonalChat.En, line.Activity.Text);
    }

    [Fact]
    public async Task Without_a_personal_chat_nothing_is_drafted_in_the_channel_and_the_author_is_told_how()
    {
        await _app.PostAsync(Payload.ChannelMention("request").From(Payload.EliseAad));

        var sent = Assert.Single(_app.Connector.Sends);
        Assert.True(InChannel(sent));
        Assert.Null(sent.Card);
        Assert.Equal(TurnTexts.OpenPersonalChatToDraft.Fr, sent.Activity.Text);
    }

    [Fact]
    public async Task The_new_request_button_pressed_in_a_channel_answers_with_a_line_not_the_form()
    {
        await _app.OpenChatAsync(Payload.EliseAad);
        var before = _app.Connector.Sends.Count;

        var answer = await _app.PressAsync(Payload.Execute(RequestRoutes.New, new()).From(Payload.EliseAad)
            .Set("conversation.conversationType", "channel").Set("conversation.id", "19:network@thread.tacv2;messageid=1"));

        Assert.Equal(TurnTexts.DraftInPersonalChat.Fr, answer.Message);
        var form = Assert.Single(_app.Connector.Sends.Skip(before));
        Assert.Equal(RequestApp.ChatOf(Payload.EliseAad), form.To.ConversationId);
        Assert.NotNull(form.Card);
    }
}
