using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The bot with the office (Sophie), Élise (France, lead, French), Jonas (Germany) and a second French focal point
/// (Marc, alternate), and the steps request tests take. The clock starts on Monday 23 November 2026, 09:00 UTC.
public static class RequestApp
{
    public const string MarcAad = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";

    public static Member Marc() => new()
    {
        Id = "m-marc", DisplayName = "Marc Dubois", Role = MemberRole.FocalPoint, StateCode = "FR", PreferredLanguage = Language.Fr,
        Email = "marc.dubois@interieur.example", AadObjectId = MarcAad, TenantId = Payload.TenantId,
    };

    /// Marc is in the network team, but the app is not installed for him: the bot cannot make him a chat (403), so the
    /// channel job @mentions him.
    public static void MarcInTheTeamWithoutTheApp(BotApp app)
    {
        app.Connector.RosterPages[""] = new FocalBot.Bot.Protocol.MembersPage(
            [new FocalBot.Bot.Protocol.ChannelAccount { Id = "29:marc", AadObjectId = MarcAad, Name = "Marc Dubois" }], null);
        app.Connector.CreateOutcome = _ => new FocalBot.Bot.Protocol.SendResult(FocalBot.Bot.Protocol.SendStatus.Failed, HttpStatus: 403,
            ErrorCode: "ForbiddenOperationException");
    }

    public static BotApp New() => new BotApp().WithMembers(AMember.Elise(), AMember.Jonas(Language.En), AMember.Sophie(), Marc());

    /// The compose card's inputs for a valid three-question request to every state, due 14 December 2026.
    public static JsonObject Form(string id = "r-1", string title = "Reception of unaccompanied minors", params string[] questions)
    {
        var data = new JsonObject
        {
            [RequestForm.IdKey] = id, [RequestForm.SlotsKey] = "3", [RequestForm.LanguageKey] = "en",
            [RequestForm.TitleKey] = title, [RequestForm.BackgroundKey] = "For the spring plenary.",
            [RequestForm.DeadlineKey] = "2026-12-14", [RequestForm.EveryoneKey] = "true", [RequestForm.KindKey] = "AdHoc", [RequestForm.AnonymousKey] = "false",
        };
        var qs = questions.Length > 0 ? questions : ["How many arrived in 2025?", "Who assesses their age?", "Is a guardian appointed within 72 hours?"];
        data[RequestForm.SlotsKey] = Math.Max(3, qs.Length).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < qs.Length; i++) data[RequestForm.QuestionKey(i + 1)] = qs[i];
        return data;
    }

    public static JsonObject With(this JsonObject data, string key, string value)
    {
        var copy = data.DeepClone().AsObject();
        copy[key] = value;
        return copy;
    }

    /// Office: preview then send; returns the stored request.
    public static async Task<InformationRequest> SendAsync(this BotApp app, JsonObject? form = null)
    {
        form ??= Form();
        var preview = await app.PressAsync(RequestRoutes.Preview, form);
        if ((string?)preview["type"] != "application/vnd.microsoft.card.adaptive")
            Assert.Fail(preview.ToJsonString() + "\n" + string.Join("\n", app.Logs.Lines.TakeLast(15)));
        Assert.Contains(RequestTexts.PreviewTitle.En, preview.CardText());
        var stored = await app.Requests().GetAsync((string)form[RequestForm.IdKey]!, default);
        await app.PressAsync(RequestRoutes.Send, new JsonObject { [RequestForm.IdKey] = stored!.Id, [RequestForm.VersionKey] = stored.Version });
        return (await app.Requests().GetAsync(stored.Id, default))!;
    }

    /// The request sent once the bot knows the network's channel and Élise and Jonas have opened their chats.
    public static async Task<InformationRequest> SentWithChannelAsync(this BotApp app)
    {
        await app.Conversations.SaveAsync(ChannelOf(), default);
        await app.OpenChatAsync(Payload.EliseAad);
        await app.OpenChatAsync(Payload.JonasAad);
        return await app.SendAsync();
    }

    public static IRequestStore Requests(this BotApp app) => app.Service<IRequestStore>();

    public static IDeliveryStore Deliveries(this BotApp app) => app.Service<IDeliveryStore>();

    /// The member writes to the bot once, so it has their personal chat.
    public static async Task OpenChatAsync(this BotApp app, string aad) =>
        await app.PostAsync(Payload.PersonalMessage("help").From(aad).Set("from.id", "29:" + aad).Set("conversation.id", ChatOf(aad)));

    /// Each member's own personal conversation id in these tests.
    public static string ChatOf(string aad) => "a:chat-" + aad;

    /// One job tick: jobs, then the sender. Time passes as the tick waits for it (the sender pacing or backing off).
    public static Task RunJobsAsync(this BotApp app) => app.Clock.WhileWaitingAsync(() => app.Service<JobRunner>().RunOnceAsync(default));

    public static JsonObject Ids(InformationRequest r, int? answerVersion = null)
    {
        var data = new JsonObject { [RequestForm.IdKey] = r.Id };
        if (answerVersion is { } v) data[AnswerForm.VersionKey] = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return data;
    }

    public static JsonObject Answers(InformationRequest r, int version, string language, params (int Q, string Text)[] texts)
    {
        var data = Ids(r, version);
        data[AnswerForm.LanguageKey] = language;
        foreach (var (q, text) in texts) data[AnswerForm.TextKey(q)] = text;
        return data;
    }

    public static async Task<StateAnswer?> AnswerOfAsync(this BotApp app, InformationRequest r, string state) =>
        await app.Requests().GetAnswerAsync(r.Number!.Value, state, default);

    public static IEnumerable<FakeConnector.Sent> To(this FakeConnector connector, string conversationPrefix) =>
        connector.Sends.Where(s => s.To.ConversationId.StartsWith(conversationPrefix, StringComparison.Ordinal));

    public static ConversationReference ChannelOf(string teamId = "19:network@thread.tacv2") => new()
    {
        ConversationId = teamId, ConversationType = "channel", ServiceUrl = Payload.TeamsServiceUrl, ChannelId = "msteams",
        TenantId = Payload.TenantId, TeamId = teamId,
    };
}
