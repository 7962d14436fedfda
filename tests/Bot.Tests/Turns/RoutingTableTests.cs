using System.Text.Json;
using System.Text.Json.Nodes;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Turns;

/// Every route of the routing table, pressed by every kind of caller with the ids of things they may not see: nothing
/// of those things comes back, nothing changes, nothing crashes. The walk reads the table itself, so a new route is
/// walked without a new test.
public sealed class RoutingTableTests : IDisposable
{
    /// What every field of a thing says, so its words are seen wherever they show up.
    static string Mark(string id) => $"SENTINEL-{id}";

    // Élise: focal point of France (lead). Marc: France too. Jonas: Germany, who proposed a request. Ana: an expert invited
    // to nothing; Bruno: an expert invited to the session. Rita left the network. Nobody is in no directory.
    static readonly Member Bruno = AMember.FocalPoint("m-bruno", "Bruno Costa", "PT") with { Role = MemberRole.Expert, StateCode = null };
    static readonly Member Rita = AMember.FocalPoint("m-rita", "Rita Lenz", "AT") with { Status = MemberStatus.Left, LeftOn = new DateOnly(2026, 10, 1) };
    const string NobodyAad = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

    readonly BotApp _app = new BotApp().WithMembers(AMember.Sophie(), AMember.Elise(), RequestApp.Marc(), AMember.Jonas(), AMember.Ana(), Bruno, Rita);

    public void Dispose() => _app.Dispose();

    static InformationRequest Request(string id, RequestStatus status, string? requester = null) => new()
    {
        Id = id, Title = $"{Mark(id)} request", Background = $"{Mark(id)} background", Questions = [new($"{Mark(id)} question")],
        Language = Language.En, Deadline = new DateOnly(2027, 1, 4), Audience = Audience.All, Status = status, RequesterId = requester,
    };

    static Meeting Meeting(string id, MeetingStatus status, MeetingAudience audience, IReadOnlyList<string> invitees) => AMeeting.Convened() with
    {
        Id = id, Kind = MeetingKind.ThematicSession, Title = BilingualText.Of($"{Mark(id)} meeting", $"{Mark(id)} réunion"),
        Place = $"{Mark(id)} place", Status = status, Audience = audience, InviteeIds = invitees,
        AgendaVersions = [AgendaVersion.Draft([AgendaItem.New($"{Mark(id)} item", $"{Mark(id)} point")]) with { IssuedOn = new DateOnly(2026, 3, 2) }],
    };

    /// Things some callers may not see: a draft request, a proposal of Jonas, a draft meeting, a session for Jonas and Bruno,
    /// and Germany's draft answer to a request sent to everyone (the request itself is everyone's to see).
    async Task HiddenThingsAsync()
    {
        var number = new RequestNumber(2026, 1);
        await _app.Service<IRequestStore>().SaveAsync(new InformationRequest
        {
            Id = "r-sent", Number = number, Title = "Reception of minors", Questions = [new("How many?")], Language = Language.En,
            Deadline = new DateOnly(2027, 1, 4), Audience = Audience.All, Status = RequestStatus.Sent, SentOn = new DateOnly(2026, 11, 20),
        }, default);
        await _app.Service<IRequestStore>().SaveAnswerAsync(new StateAnswer
        {
            Request = number, StateCode = "DE", Answers = [QuestionAnswer.Written(1, $"{Mark("answer-DE")} 312")], ChangedBy = "m-jonas",
        }, default);
        await _app.Service<IRequestStore>().SaveAsync(Request("r-draft", RequestStatus.Draft), default);
        await _app.Service<IRequestStore>().SaveAsync(Request("r-proposal", RequestStatus.Proposed, requester: "m-jonas"), default);
        var meetings = _app.Service<IMeetingStore>();
        await meetings.SaveAsync(Meeting("mt-draft", MeetingStatus.Draft, MeetingAudience.AllFocalPoints, []), default);
        await meetings.SaveAsync(Meeting("mt-session", MeetingStatus.Convened, MeetingAudience.Members("m-jonas", "m-bruno"), ["m-jonas", "m-bruno", "m-sophie"]), default);

        // The session's report, open for comments; Jonas's comment, for the office alone; an action sent to Germany.
        var outcomes = _app.Service<IOutcomeStore>();
        await outcomes.SaveReportAsync(new SummaryReport
        {
            MeetingId = "mt-session", Background = BilingualText.Of($"{Mark("mt-session")} background"), Status = ReportStatus.OpenForComments,
            Recommendations = [new("rec-1", 1, BilingualText.Of($"{Mark("mt-session")} recommendation"), Addressee.MemberStates)],
            CirculatedOn = new DateOnly(2026, 11, 20), CommentsUntil = new DateOnly(2027, 1, 4), CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 11, 19),
        }, default);
        await outcomes.SaveCommentAsync(new ReportComment
        {
            Id = "c-jonas", MeetingId = "mt-session", MemberId = "m-jonas", Text = $"{Mark("comment")} text", Language = Language.En,
            At = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero),
        }, default);
        await outcomes.SaveActionAsync(new FollowUpAction
        {
            Id = "a-de", MeetingId = "mt-session", RecommendationId = "rec-1", RecommendationNumber = 1, What = BilingualText.Of($"{Mark("a-de")} what"),
            Owner = ActionOwner.State("DE"), Due = new DateOnly(2027, 2, 1), SentOn = new DateOnly(2026, 11, 22), CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 11, 20),
        }, default);
    }

    /// Who presses, and which of the things each may not see. Everyone presses every route with each thing's id, so a
    /// caller also meets the things they may see, which must not crash either.
    static readonly (string Who, string Aad, string[] Hidden)[] Callers =
    [
        ("focal point of another state (France, lead)", Payload.EliseAad, ["r-draft", "r-proposal", "mt-draft", "mt-session", "answer-DE", "comment", "a-de"]),
        ("a second focal point of France, not invited", RequestApp.MarcAad, ["r-draft", "r-proposal", "mt-draft", "mt-session", "answer-DE", "comment", "a-de"]),
        ("focal point of the state concerned (Germany), invited to the session", Payload.JonasAad, ["r-draft", "mt-draft", "comment"]),
        ("expert invited to nothing", AMember.AnaAad, ["r-draft", "r-proposal", "mt-draft", "mt-session", "answer-DE", "comment", "a-de"]),
        ("expert invited to the session", Bruno.AadObjectId!, ["r-draft", "r-proposal", "mt-draft", "answer-DE", "comment", "a-de"]),
        ("retired member", Rita.AadObjectId!, ["r-draft", "r-proposal", "mt-draft", "mt-session", "answer-DE", "comment", "a-de"]),
        ("not a member", NobodyAad, ["r-draft", "r-proposal", "mt-draft", "mt-session", "answer-DE", "comment", "a-de"]),
        // Last, since the office may see and change all of it: what it presses must still never crash.
        ("office", Payload.SophieAad, []),
    ];

    static readonly string[] Things = ["r-draft", "r-proposal", "mt-draft", "mt-session", "r-sent", "a-de"];

    /// Data naming the thing under every key a route reads an id from, with odd values for the rest.
    static JsonObject Data(string id) => new()
    {
        ["id"] = id, ["memberId"] = id, ["meetingId"] = id, ["actionId"] = id, ["commentId"] = id,
        ["subject"] = id.StartsWith("mt-", StringComparison.Ordinal) ? "meeting" : "request",
        ["choice"] = "Nonsense", ["version"] = "1", ["page"] = "0", ["n"] = "1", ["asOf"] = "2026-11-23T09:00:00Z",
    };

    /// Everything a press could change, but the caller's own record (a member may change their own language).
    async Task<string> SnapshotAsync(string? exceptMemberAad)
    {
        var requests = await _app.Service<IRequestStore>().ListAsync(default);
        var answers = new List<StateAnswer>();
        foreach (var r in requests.Where(r => r.Number is not null)) answers.AddRange(await _app.Service<IRequestStore>().ListAnswersAsync(r.Number!.Value, default));
        var meetingStore = _app.Service<IMeetingStore>();
        var meetings = await meetingStore.ListAsync(default);
        var around = new List<object>();
        foreach (var m in meetings)
        {
            around.AddRange(await meetingStore.ListRsvpsAsync(m.Id, default));
            around.AddRange(await meetingStore.ListSuggestionsAsync(m.Id, default));
            around.AddRange(await meetingStore.ListExternalsAsync(m.Id, default));
        }
        var outcomes = _app.Service<IOutcomeStore>();
        foreach (var m in meetings)
        {
            if (await outcomes.GetReportAsync(m.Id, default) is { } report) around.Add(report);
            around.AddRange(await outcomes.ListCommentsAsync(m.Id, default));
        }
        around.AddRange(await outcomes.ListActionsAsync(null, default));
        var members = (await _app.Members.ListAsync(default)).Where(m => m.AadObjectId != exceptMemberAad);
        return JsonSerializer.Serialize(new object[] { requests, answers, meetings, around, members });
    }

    [Fact]
    public async Task Every_guarded_route_answers_every_caller_without_what_they_may_not_see_and_changes_nothing()
    {
        await HiddenThingsAsync();
        var routes = _app.Service<TurnRouter>();
        var verbs = routes.Guards.Where(g => g.Kind == "verb").Select(g => g.Name).Order(StringComparer.Ordinal).ToList();
        Assert.True(verbs.Count > 50, $"only {verbs.Count} verbs in the table");
        var problems = new List<string>();

        foreach (var (who, aad, notForThem) in Callers)
        {
            var sent = _app.Connector.Sends.Count;
            async Task PressAllAsync(IEnumerable<string> ids)
            {
                foreach (var verb in verbs)
                    foreach (var id in ids)
                    {
                        var response = await _app.PostAsync(Payload.Execute(verb, Data(id)).From(aad));
                        var body = await response.Content.ReadAsStringAsync();
                        if ((int)response.StatusCode >= 500) problems.Add($"{who} · {verb} · {id}: HTTP {(int)response.StatusCode}");
                        else if (notForThem.FirstOrDefault(h => body.Contains(Mark(h), StringComparison.Ordinal)) is { } seen) problems.Add($"{who} · {verb} · {id}: the answer shows {seen}");
                    }
            }
            // The things they may not see: nothing of them shows, and nothing changes.
            var before = await SnapshotAsync(aad);
            await PressAllAsync(Things.Where(notForThem.Contains));
            if (await SnapshotAsync(aad) != before) problems.Add($"{who}: something changed");
            // The things they may see (their own state's answer may change): still nothing hidden shows, nothing crashes.
            await PressAllAsync(Things.Where(t => !notForThem.Contains(t)));
            // Whatever went to chats (a card sent instead of an answer) shows none of it either.
            problems.AddRange(_app.Connector.Sends.Skip(sent).Where(s => notForThem.Any(h => s.AllText.Contains(Mark(h), StringComparison.Ordinal)))
                .Select(s => $"{who}: sent to {s.To.ConversationId}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_command_lists_only_what_its_caller_may_see()
    {
        await HiddenThingsAsync();
        var routes = _app.Service<TurnRouter>();
        var commands = routes.Guards.Where(g => g.Kind == "command").Select(g => g.Name).ToList();
        Assert.NotEmpty(commands);

        var leaks = new List<string>();
        foreach (var (who, aad, notForThem) in Callers)
        {
            var sent = _app.Connector.Sends.Count;
            foreach (var command in commands) await _app.PostAsync(Payload.PersonalMessage(command).From(aad));
            leaks.AddRange(_app.Connector.Sends.Skip(sent).Where(s => notForThem.Any(h => s.AllText.Contains(Mark(h), StringComparison.Ordinal))).Select(_ => who));
        }
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    /// Every key any card of the bot sends or asks for: the data of its buttons and the ids of its inputs.
    static IReadOnlyList<string> CardKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if ((string?)o["type"] is { } type && type.StartsWith("Input.", StringComparison.Ordinal) && (string?)o["id"] is { } input) keys.Add(input);
                    if ((string?)o["type"] == "Action.Execute" && o["data"] is JsonObject data) foreach (var (key, _) in data) keys.Add(key);
                    foreach (var (_, child) in o) Walk(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Walk(child);
                    break;
            }
        }
        foreach (var sample in FocalBot.Bot.Tests.Cards.AllCards.Samples()) Walk(sample.Card);
        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// Values no card sends: each in turn under every key.
    static readonly (string Name, Func<JsonNode?> Value)[] OddValues =
    [
        ("an array", () => new JsonArray("1", 2)),
        ("an object", () => new JsonObject { ["x"] = 1 }),
        ("a number", () => 12345678901234567890.0),
        ("true", () => true),
        ("null", () => null),
        ("empty", () => ""),
        ("huge", () => new string('é', 200_000)),
        ("a lone surrogate", () => "a\ud800b"),
        ("a version of 1.5", () => "1.5"),
    ];

    [Fact]
    public async Task Every_route_answers_odd_card_data_without_crashing_and_a_member_changes_nothing()
    {
        await HiddenThingsAsync();
        var verbs = _app.Service<TurnRouter>().Guards.Where(g => g.Kind == "verb").Select(g => g.Name).Order(StringComparer.Ordinal).ToList();
        var keys = CardKeys();
        Assert.Contains("id", keys);
        Assert.Contains("memberId", keys);
        var problems = new List<string>();

        foreach (var (who, aad) in new[] { ("a focal point", Payload.EliseAad), ("the office", Payload.SophieAad) })
        {
            var before = await SnapshotAsync(aad);
            foreach (var verb in verbs)
                foreach (var (name, value) in OddValues)
                {
                    var data = new JsonObject();
                    foreach (var key in keys) data[key] = value();
                    var response = await _app.PostAsync(Payload.Execute(verb, data).From(aad));
                    if ((int)response.StatusCode >= 500) problems.Add($"{who} · {verb} · {name}: HTTP {(int)response.StatusCode}");
                }
            if (aad != Payload.SophieAad && await SnapshotAsync(aad) != before) problems.Add($"{who}: something changed");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_route_declares_who_may_use_it_and_each_that_loads_a_subject_names_it()
    {
        var routes = _app.Service<TurnRouter>();
        var table = routes.Guards.ToList();

        Assert.All(table, r => Assert.False(string.IsNullOrEmpty(r.Guard.Who), $"{r.Kind} {r.Name}"));
        // The buttons that open a meeting or a request for a member check that they may see it.
        foreach (var verb in new[] { "meeting.open", "meeting.rsvp", "meeting.suggest", "meeting.suggested", "meeting.status", "request.open", "request.status", "request.answer", "request.compilation" })
            Assert.Contains(table, r => r.Name == verb && r.Guard.Subject is not null);
    }
}
