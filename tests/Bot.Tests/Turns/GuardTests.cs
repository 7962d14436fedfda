using System.Text.Json;
using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Turns;

/// The router's guards, on a table of their own: who may press, where, and what the route loads before its handler runs.
public sealed class GuardTests
{
    sealed record Note(string Id, string OwnerId);

    static readonly Text Hidden = new("Not found.", "Introuvable.");
    static readonly Text Gone = new("It was deleted.", "Il a été supprimé.");
    static readonly Text OfficeOnly = new("Office only.", "Réservé au secrétariat.");
    static readonly Text Personal = new("Let's continue in your personal chat.", "Continuons dans votre conversation personnelle.");

    readonly Dictionary<string, Note> _notes = new() { ["n1"] = new("n1", "m-elise"), ["n2"] = new("n2", "m-jonas") };
    readonly List<string> _ran = [];
    int _loads;

    TurnRouter Routes(Text? notFound = null)
    {
        var own = Guard.AnyMember.Loading("note", (turn, _) => { _loads++; return Task.FromResult(_notes.GetValueOrDefault(turn.Data("id") ?? "")); },
            (caller, note) => note.OwnerId == caller.Id || caller.Role == MemberRole.Office, Hidden, notFound);
        return new TurnRouter()
            .OnExecute("note.open", own, (turn, member, note, _) =>
            {
                _ran.Add($"{member.Id} opened {note.Id}");
                return Task.FromResult(InvokeResponse.Message("ok"));
            })
            .OnExecute("note.purge", Guard.Office(OfficeOnly).InPersonalChat(Personal), (turn, member, _) =>
            {
                _ran.Add($"{member.Id} purged");
                return Task.FromResult(InvokeResponse.Message("ok"));
            });
    }

    static TurnContext Press(Member member, string verb, string? id, bool personal = true)
    {
        var payload = Payload.Execute(verb, new JsonObject { ["id"] = id });
        var activity = JsonSerializer.Deserialize<Activity>(payload.Json)!;
        var conversation = new ConversationReference
        {
            ConversationId = "c-1", ConversationType = personal ? "personal" : "channel", ServiceUrl = "http://localhost/", ChannelId = "msteams",
        };
        return new TurnContext(activity, conversation, member, member.PreferredLanguage ?? Language.En, new ServiceCollection().BuildServiceProvider(), new FakeConnector());
    }

    static string? Answer(InvokeResponse? response) => (response?.Body as JsonObject)?["value"]?.GetValue<string>();

    [Fact]
    public async Task The_handler_receives_the_caller_and_the_subject_loaded_once()
    {
        var answer = await Routes().RouteAsync(Press(AMember.Elise(), "note.open", "n1"), default);

        Assert.Equal("ok", Answer(answer));
        Assert.Equal(["m-elise opened n1"], _ran);
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task A_subject_the_caller_may_not_see_is_answered_like_one_that_does_not_exist_and_the_handler_never_runs()
    {
        var hidden = await Routes().RouteAsync(Press(AMember.Elise(), "note.open", "n2"), default);
        var missing = await Routes().RouteAsync(Press(AMember.Elise(), "note.open", "n9"), default);

        Assert.Equal(Hidden.Fr, Answer(hidden));
        Assert.Equal(Hidden.Fr, Answer(missing));
        Assert.Empty(_ran);
    }

    [Fact]
    public async Task A_route_may_say_a_subject_is_gone_where_existence_is_no_secret()
    {
        var missing = await Routes(notFound: Gone).RouteAsync(Press(AMember.Jonas(Language.En), "note.open", "n9"), default);

        Assert.Equal(Gone.En, Answer(missing));
        Assert.Empty(_ran);
    }

    [Fact]
    public async Task The_office_sees_every_subject()
    {
        await Routes().RouteAsync(Press(AMember.Sophie(), "note.open", "n2"), default);

        Assert.Equal(["m-sophie opened n2"], _ran);
    }

    [Fact]
    public async Task A_personal_route_pressed_in_a_channel_points_to_the_personal_chat_and_does_nothing()
    {
        var inChannel = await Routes().RouteAsync(Press(AMember.Sophie(), "note.purge", null, personal: false), default);
        var byMember = await Routes().RouteAsync(Press(AMember.Elise(), "note.purge", null), default);

        Assert.Equal(Personal.En, Answer(inChannel));
        Assert.Equal(OfficeOnly.Fr, Answer(byMember));
        Assert.Empty(_ran);

        await Routes().RouteAsync(Press(AMember.Sophie(), "note.purge", null), default);
        Assert.Equal(["m-sophie purged"], _ran);
    }

    [Fact]
    public void The_routing_table_names_what_a_loading_route_loads_and_where_it_answers()
    {
        var table = Routes().Guards.ToDictionary(g => g.Name, g => g.Guard);

        Assert.Equal("note", table["note.open"].Subject);
        Assert.True(table["note.purge"].PersonalOnly);
        Assert.False(table["note.open"].PersonalOnly);
    }
}
