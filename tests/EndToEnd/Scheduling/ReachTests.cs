using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FocalBot.EndToEnd.Playground;
using Xunit.Abstractions;

namespace FocalBot.EndToEnd.Scheduling;

/// Focal points who never opened the bot, reached one to one through the Playground's own mock connector, by the bot's
/// real sender: no stored chat, so it reads the network team's roster (pagedmembers) once per run, takes the Teams id
/// the roster gives for the member's Entra object id, creates the chat (POST v3/conversations) and sends there.
/// On a bot of its own, where nobody has talked to it yet (see FreshNetworkFixture); each test uses its own states.
[Collection(FreshNetworkCollection.Name)]
public sealed partial class ReachTests(FreshNetworkFixture network, ITestOutputHelper output) : EndToEndTest(network, output)
{
    const string AdaptiveCard = Cards.ContentType;
    const string TextAnswer = "application/vnd.microsoft.activity.message";

    [Fact]
    public async Task A_focal_point_who_never_opened_the_bot_receives_a_new_request_in_a_new_chat_once_in_his_language()
    {
        // Luc (Belgium, French) and Giulia (Italy) have never written to the bot.
        var (logMark, botMark) = (Network.Log.Mark(), Network.Bot!.LineCount);
        var request = await SendRequestAsync("BE,IT");

        // The sender made each of them a chat, for the Teams id the team's roster gives, and posted the request there.
        var lucChat = await CreatedChatAsync(Demo.Luc, logMark);
        var giuliaChat = await CreatedChatAsync(Demo.Giulia, logMark);
        var toLuc = await BotPostAsync("the request in Luc's new chat", lucChat, logMark, card => Cards.Says(card, request.Number));
        var toGiulia = await BotPostAsync("the request in Giulia's new chat", giuliaChat, logMark, card => Cards.Says(card, request.Number));
        await DeliveredAsync(request.Campaign, Demo.Luc, botMark);
        await DeliveredAsync(request.Campaign, Demo.Giulia, botMark);

        // Once: one chat made and one request card for him; the roster read once per run, not once per member.
        var seen = Network.Log.Since(logMark);
        Assert.Single(seen, e => IsCreate(e, Demo.Luc));
        Assert.Single(seen, e => IsBotPost(e) && Cards.Says(Cards.In(e["log"]?["request"]?["body"]), request.Number) && Network.PostedTo(e) == lucChat);
        AssertRosterReadOncePerRun(seen, botMark);

        // What Luc sees is French, though the office wrote in English; Giulia's card of the same request is English.
        var seenByLuc = await RenderedCard.LinesAsync(Cards.In(toLuc["log"]!["request"]!["body"]));
        Assert.Contains($"Demande d’information {request.Number}", seenByLuc);
        Assert.Contains("Date limite", seenByLuc);
        Assert.Contains("Répondre", seenByLuc);
        Assert.DoesNotContain(seenByLuc, line => line.Contains("Information request", StringComparison.Ordinal) || line is "Deadline" or "Answer");
        Assert.True(Cards.Says(Cards.In(toGiulia["log"]!["request"]!["body"]), $"Information request {request.Number}"));

        // It is his own chat: the Playground lets him press the card's buttons there, and the bot answers him in French.
        var acknowledge = Cards.Execute(Cards.In(toLuc["log"]!["request"]!["body"]), "request.ack");
        Assert.NotNull(acknowledge);
        var acknowledged = await Playground.ExecuteAsync(Demo.Luc, lucChat, MessageId(toLuc), "request.ack", acknowledge["data"]);
        Assert.Equal(AdaptiveCard, (string?)acknowledged["type"]);
        Assert.True(Cards.Says(acknowledged["value"], "accusé réception"), acknowledged.ToJsonString(Json.Readable));

        // The office's delivery view says how each was reached.
        var recipients = await DeliveryViewAsync(request);
        Assert.Contains("Luc Peeters (Belgium): sent · in a new chat", recipients);
        Assert.Contains("Giulia Rossi (Italy): sent · in a new chat", recipients);
    }

    [Fact]
    public async Task Chase_now_reaches_the_state_that_has_not_answered_once_and_a_second_press_sends_nothing_more()
    {
        // Élise (France, French) and Jonas (Germany) have never written to the bot: the request makes their chats.
        var (logMark, botMark) = (Network.Log.Mark(), Network.Bot!.LineCount);
        var request = await SendRequestAsync("FR,DE");
        var eliseChat = await CreatedChatAsync(Demo.Elise, logMark);
        var jonasChat = await CreatedChatAsync(Demo.Jonas, logMark);
        await BotPostAsync("the request in Élise's new chat", eliseChat, logMark, card => Cards.Says(card, request.Number));
        var toJonas = await BotPostAsync("the request in Jonas's new chat", jonasChat, logMark, card => Cards.Says(card, request.Number));

        // Jonas answers for Germany from the card in his new chat.
        var submitted = await AnswerAsync(Demo.Jonas, jonasChat, toJonas, "About 70,000 places.");
        Assert.True(Cards.Says(submitted["value"], "your state's answer is submitted"), submitted.ToJsonString(Json.Readable));

        // The office presses "Chase now" on the status card: a reply, and France's focal point is reminded in her chat.
        var (chaseMark, chaseBotMark) = (Network.Log.Mark(), Network.Bot.LineCount);
        var status = await Playground.ExecuteAsync(Demo.Sophie, request.Thread, request.FormId, "request.status", request.Ids);
        var chase = Cards.Execute(status["value"], "request.chase");
        Assert.True(chase is not null, status.ToJsonString(Json.Readable));
        var first = await Playground.ExecuteAsync(Demo.Sophie, request.Thread, request.FormId, "request.chase", chase["data"]);
        Assert.Equal(TextAnswer, (string?)first["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)first["value"]), first.ToJsonString(Json.Readable));
        var reminder = await BotPostAsync("the reminder in Élise's chat", eliseChat, chaseMark, card => IsReminder(card, request));
        await DeliveredAsync($"request-chase/{request.Number}/", Demo.Elise, chaseBotMark);
        var seenByElise = await RenderedCard.LinesAsync(Cards.In(reminder["log"]!["request"]!["body"]));
        Assert.Contains(seenByElise, line => line.StartsWith("Rappel", StringComparison.Ordinal) && line.Contains(request.Number, StringComparison.Ordinal));
        Assert.Contains("Répondre", seenByElise);
        Assert.DoesNotContain(seenByElise, line => line.Contains("Reminder", StringComparison.Ordinal) || line is "Answer");

        // A second press the same day: a reply, nothing queued. Proof that nothing more goes: a later request to France,
        // whose sending run takes every row waiting by then.
        var second = await Playground.ExecuteAsync(Demo.Sophie, request.Thread, request.FormId, "request.chase", chase["data"]);
        Assert.Equal(TextAnswer, (string?)second["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)second["value"]), second.ToJsonString(Json.Readable));
        var laterBotMark = Network.Bot.LineCount;
        var later = await SendRequestAsync("FR");
        await DeliveredAsync(later.Campaign, Demo.Elise, laterBotMark);

        var seen = Network.Log.Since(chaseMark);
        Assert.Single(seen, e => IsBotPost(e) && IsReminder(Cards.In(e["log"]?["request"]?["body"]), request) && Network.PostedTo(e) == eliseChat);
        Assert.DoesNotContain(seen, e => IsBotPost(e) && IsReminder(Cards.In(e["log"]?["request"]?["body"]), request) && Network.PostedTo(e) != eliseChat);
        Assert.DoesNotContain(seen, e => IsCreate(e, Demo.Elise) || IsCreate(e, Demo.Jonas));   // the chats made for the request serve again
    }

    /// A request the office composed in the network's channel and sent to these states (codes, comma-separated).
    sealed record SentRequest(string Number, string Thread, string FormId, JsonNode Ids)
    {
        /// Its 1:1 delivery campaign, as the bot logs it.
        public string Campaign => $"request/{Number}";
    }

    async Task<SentRequest> SendRequestAsync(string states)
    {
        // Asked for in the channel, the draft comes to Sophie's personal chat (the bot has it once she has written there).
        var helloMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.PersonalChat, "help", Demo.Sophie);
        await BotMessageAsync("help in Sophie's chat", Demo.PersonalChat, helloMark, card => Cards.Says(card, "What FocalBot can do"));
        var chatMark = Network.Chat.Mark();
        await Playground.PostMessageAsync(Demo.RequestsChannel, $"<at>{Demo.BotName}</at> request", Demo.Sophie, mentionBot: true);
        var thread = Demo.PersonalChat;
        var compose = await BotMessageAsync("compose form", thread, chatMark, card => Cards.Execute(card, "request.preview") is not null);
        var formId = (string)compose["message"]!["messageId"]!;
        var data = (JsonObject)Cards.Execute(Cards.In(compose["message"]), "request.preview")!["data"]!.DeepClone();
        data["language"] = "en";
        data["title"] = $"Reception capacity {Guid.NewGuid():N}"[..30];
        data["background"] = "For the thematic report to the spring plenary.";
        data["q1"] = "How many reception places were available on 1 January?";
        data["deadline"] = Cards.InputValue(Cards.In(compose["message"]), "deadline");   // the default
        data["everyone"] = "false";
        data["states"] = states;
        data["kind"] = "AdHoc";
        data["anonymous"] = "false";
        var previewed = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.preview", data);
        var send = Cards.Execute(previewed["value"], "request.send");
        Assert.True(send is not null, previewed.ToJsonString(Json.Readable));
        var sent = await Playground.ExecuteAsync(Demo.Sophie, thread, formId, "request.send", send["data"]);
        var number = RequestNumberPattern().Match(sent["value"]?["body"]?[0]?["text"]?.GetValue<string>() ?? "");
        Assert.True(number.Success, sent.ToJsonString(Json.Readable));
        return new SentRequest(number.Value, thread, formId, send["data"]!.DeepClone());
    }

    /// `user` presses "Answer" on the request card the bot posted in their chat, writes the one answer and submits it:
    /// the bot's answer to the submit.
    async Task<JsonNode> AnswerAsync(DemoUser user, string chat, JsonNode post, string text)
    {
        var answer = Cards.Execute(Cards.In(post["log"]!["request"]!["body"]), "request.answer");
        Assert.NotNull(answer);
        var form = await Playground.ExecuteAsync(user, chat, MessageId(post), "request.answer", answer["data"]);
        var submit = Cards.Execute(form["value"], "request.submit");
        Assert.True(submit is not null, form.ToJsonString(Json.Readable));
        var data = (JsonObject)submit["data"]!.DeepClone();
        data["answerLanguage"] = "en";
        data["a1"] = text;
        return await Playground.ExecuteAsync(user, chat, MessageId(post), "request.submit", data);
    }

    /// The bot's POST v3/conversations for this user, after `logMark`: it names the user by the Teams id (the bot's
    /// directory has only the Entra object id, so this one came from the roster) and the Playground's answer gives the chat.
    async Task<string> CreatedChatAsync(DemoUser user, int logMark)
    {
        var created = await Network.Log.WaitForAsync($"a chat created for {user.Name}", logMark, e => IsCreate(e, user));
        Assert.Equal(201, (int?)created["log"]?["response"]?["statusCode"]);
        return (string?)created["log"]?["response"]?["body"]?["id"] ?? throw new InvalidOperationException(created.ToJsonString(Json.Readable));
    }

    static bool IsCreate(JsonNode e, DemoUser user) =>
        (string?)e["log"]?["activityName"] == "createConversation" && (string?)e["log"]?["from"] == "User Application"
        && (string?)e["log"]?["request"]?["body"]?["members"]?[0]?["id"] == user.Id;

    static bool IsRosterRead(JsonNode e) =>
        (string?)e["log"]?["activityName"] == "getConversationPagedMembers" && (string?)e["log"]?["from"] == "User Application";

    static bool IsReminder(JsonNode? card, SentRequest request) =>
        Cards.Says(card, request.Number) && (Cards.Says(card, "Rappel") || Cards.Says(card, "Reminder"));

    /// The bot's own record that the member's row of the campaign (or of a campaign starting so) was written Sent, then
    /// the end of that sender run: once it is there, the run has done all it will.
    async Task DeliveredAsync(string campaign, DemoUser user, int botMark)
    {
        var bot = Network.Bot!;
        var member = user.Id["29:".Length..];   // the demo network's member ids are the Teams ids without "29:"
        var sent = await bot.WaitForLineNumberAsync(l => l.Contains($"Delivery {campaign}", StringComparison.Ordinal)
                                                         && l.EndsWith($" to member {member} sent", StringComparison.Ordinal), Waits.Event, botMark);
        Assert.True(sent >= 0, bot.Output(botMark));
        Assert.True(await bot.WaitForLineNumberAsync(l => l.Contains("Proactive run:", StringComparison.Ordinal), Waits.Event, sent) >= 0, bot.Output(botMark));
    }

    /// The roster was read, at most once in each sender run (the bot's log, split at each run's end), and the Playground
    /// saw no other read.
    void AssertRosterReadOncePerRun(IReadOnlyList<JsonNode> seen, int botMark)
    {
        const string Read = "Read the network team's roster";
        var lines = Network.Bot!.Lines(botMark);
        var perRun = new List<int> { 0 };
        foreach (var line in lines)
        {
            if (line.Contains(Read, StringComparison.Ordinal)) perRun[^1]++;
            if (line.Contains("Proactive run:", StringComparison.Ordinal)) perRun.Add(0);
        }
        Assert.All(perRun, reads => Assert.InRange(reads, 0, 1));
        Assert.NotEqual(0, perRun.Sum());
        Assert.Equal(perRun.Sum(), seen.Count(IsRosterRead));
    }

    /// The delivery view the office opens from the request's status card, as rendered.
    async Task<IReadOnlyList<string>> DeliveryViewAsync(SentRequest request)
    {
        var status = await Playground.ExecuteAsync(Demo.Sophie, request.Thread, request.FormId, "request.status", request.Ids);
        var view = Cards.Execute(status["value"], "delivery.view");
        Assert.True(view is not null, status.ToJsonString(Json.Readable));
        var opened = await Playground.ExecuteAsync(Demo.Sophie, request.Thread, request.FormId, "delivery.view", view["data"]);
        return await RenderedCard.LinesAsync(opened["value"]);
    }

    static string MessageId(JsonNode post) =>
        (string?)post["log"]?["response"]?["body"]?["id"] ?? throw new InvalidOperationException($"No message id: {post.ToJsonString(Json.Readable)}");


    [GeneratedRegex(@"\d{4}/\d{2,}")]
    private static partial Regex RequestNumberPattern();
}
