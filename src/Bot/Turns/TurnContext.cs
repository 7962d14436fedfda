using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Turns;

/// One inbound activity being handled: who sent it, in which language to answer, and how to answer.
public sealed class TurnContext(Activity activity, ConversationReference conversation, Member? member, Language language, IServiceProvider services, IConnector connector)
{
    public Activity Activity { get; } = activity;

    /// Where replies go: the conversation of the activity (in a channel, its thread).
    public ConversationReference Conversation { get; } = conversation;

    /// The sender as the directory knows them, or null.
    public Member? Member { get; } = member;

    public Language Language { get; set; } = language;

    /// The turn's services; only a feature's Map calls it, handlers take what they need as parameters.
    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// Action.Execute: the verb of the action.
    public string? Verb => JsonText.StringOf(Action?["verb"]);

    /// Action.Execute: the action's type (only Action.Execute reaches a verb's handler).
    public string? ActionType => JsonText.StringOf(Action?["type"]);

    JsonObject? Action => (Activity.Value as JsonObject)?["action"] as JsonObject;


    /// Action.Execute: the action's data merged with the card's inputs. Input, never identity: who acted is Activity.From.
    public JsonObject ActionData => Action?["data"] as JsonObject ?? new JsonObject();

    /// One string value of the action's data, or null when it is missing or not a string.
    public string? Data(string key) => JsonText.StringOf(ActionData[key]);

    /// The message text without the bot's @mention.
    public string Text => Activity.TextWithoutBotMention();

    /// Every file the user sent with this message, in order (Teams delivers files in the personal chat only).
    public IReadOnlyList<FileDownloadInfo> Files => _files ??= [.. FileDownloadInfo.In(Activity)];

    IReadOnlyList<FileDownloadInfo>? _files;

    /// The file a file route handles: the router sets each of Files in turn; the first one until then.
    public FileDownloadInfo? File
    {
        get => _file ?? Files.FirstOrDefault();
        internal set => _file = value;
    }

    FileDownloadInfo? _file;

    public bool IsPersonal => Conversation.ConversationType == "personal";

    public Task<SendResult> SendTextAsync(string text, CancellationToken ct) =>
        connector.SendAsync(Conversation, new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" }, ct);

    /// Cards go alone in their activity: with text beside them Teams splits the message and returns no id to update later.
    public Task<SendResult> SendCardAsync(JsonObject card, CancellationToken ct) =>
        connector.SendAsync(Conversation, new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] }, ct);
}
