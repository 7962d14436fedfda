using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Storage;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Turns;

/// "Let's continue in your personal chat." A card that is the caller's alone (a draft, their state's answer, their
/// personal links) is never answered into a channel, where it would replace the post for everyone or show to all: it
/// goes to the caller's own chat with the bot, and the channel gets a line saying so.
public static class PersonalChat
{
    /// Sends the card to the caller's personal chat; false when the bot has no live chat with them or Teams did not
    /// take it (nothing was shown).
    public static async Task<bool> SendAsync(TurnContext turn, JsonObject card, CancellationToken ct)
    {
        if (turn.Member is not { } member) return false;
        var chat = await turn.Get<IConversationStore>().FindPersonalAsync(member.TenantId, member.AadObjectId ?? "", ct);
        if (chat is not { IsDead: false }) return false;
        var sent = await turn.Get<IConnector>().SendAsync(chat, new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] }, ct);
        return sent.IsSent;
    }

    /// A button's answer: the card itself in the personal chat; pressed elsewhere, the card goes to the personal chat
    /// and the press is answered with `sent`, or with `open` when it could not go.
    public static async Task<InvokeResponse> AnswerAsync(TurnContext turn, JsonObject card, Text sent, Text open, CancellationToken ct) =>
        turn.IsPersonal ? InvokeResponse.Card(card) : InvokeResponse.Message((await SendAsync(turn, card, ct) ? sent : open).In(turn.Language));

    /// A command's answer: the card in the chat it was typed in when that is the personal chat; typed in a channel, the
    /// card goes to the personal chat and the channel is told with `sent` (or `open`).
    public static async Task ReplyAsync(TurnContext turn, JsonObject card, Text sent, Text open, CancellationToken ct)
    {
        if (turn.IsPersonal) await turn.SendCardAsync(card, ct);
        else await turn.SendTextAsync((await SendAsync(turn, card, ct) ? sent : open).In(turn.Language), ct);
    }
}
