using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Requests;

/// "Chase now" takes the same ways to people as the request itself, and the office's status says how far it went.
public sealed class RequestChaseReachTests : IDisposable
{
    // France: Élise (her chat is stored) and Marc (in the team, but Teams refuses him a chat: @mentioned).
    // Germany: Jonas, not in the network team when the request went, in it by the time of the chase (a new chat).
    // Netherlands: Piet, never in the team (unreachable). Austria: Lena (her chat is stored).
    static readonly Member Piet = AMember.FocalPoint("m-piet", "Piet de Vries", "NL");
    static readonly Member Lena = AMember.FocalPoint("m-lena", "Lena Gruber", "AT");
    readonly BotApp _app = new BotApp().WithMembers(AMember.Elise(), AMember.Jonas(Language.En), AMember.Sophie(), RequestApp.Marc(), Piet, Lena);

    public void Dispose() => _app.Dispose();

    static ChannelAccount InTeam(string teamsId, string aad) => new() { Id = teamsId, AadObjectId = aad };

    async Task<Domain.Requests.InformationRequest> SentAndChasedAsync()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.EliseAad);
        await _app.OpenChatAsync(Lena.AadObjectId!);
        _app.Connector.RosterPages[""] = new MembersPage([InTeam("29:marc", RequestApp.MarcAad)], null);
        _app.Connector.CreateOutcome = user => user == "29:marc" ? new SendResult(SendStatus.Failed, HttpStatus: 403, ErrorCode: "ForbiddenOperationException") : null;
        var request = await _app.SendAsync();
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();

        _app.Connector.RosterPages[""] = new MembersPage([InTeam("29:marc", RequestApp.MarcAad), InTeam("29:jonas", Payload.JonasAad)], null);
        var chased = await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));
        Assert.Equal(RequestTexts.Chased.Format(Language.En, 4, 5), chased.Message);
        await _app.RunJobsAsync();
        await _app.RunJobsAsync();
        return request;
    }

    [Fact]
    public async Task The_status_says_exactly_whom_the_chase_reached_and_how()
    {
        var request = await SentAndChasedAsync();

        var status = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardText();

        Assert.Contains(RequestTexts.LastChaseFact.Format(Language.En, new DateOnly(2026, 11, 23)), status);
        Assert.Contains("2 reached in their chat, 1 newly reached, 1 mentioned in the channel, 1 unreachable", status);
    }

    [Fact]
    public async Task Each_reminder_goes_once_by_the_way_that_reaches_each_person()
    {
        var request = await SentAndChasedAsync();
        await _app.RunJobsAsync();   // a later tick sends nothing more

        var reminders = _app.Connector.Sends.Where(s => s.AllText.Contains(RequestTexts.ReminderTitle.Format(Language.En, "2026/01", new DateOnly(2026, 12, 14)))
                                                      || s.AllText.Contains(RequestTexts.ReminderTitle.Format(Language.Fr, "2026/01", new DateOnly(2026, 12, 14)))).ToList();
        Assert.Equal(
            new[] { RequestApp.ChatOf(Payload.EliseAad), RequestApp.ChatOf(Lena.AadObjectId!), "a:29:jonas" }.Order(StringComparer.Ordinal),
            reminders.Select(s => s.To.ConversationId).Order(StringComparer.Ordinal));

        // Marc, whom Teams refused a chat, is @mentioned in the request's thread, once, in both languages; nobody else is.
        var mention = Assert.Single(_app.Connector.Sends, s => s.AllText.Contains(RequestTexts.ReminderMentionBody.Format(Language.En, request.Deadline)));
        Assert.Contains(RequestTexts.ReminderMentionBody.Format(Language.Fr, request.Deadline), mention.AllText);
        Assert.Contains("Marc Dubois", mention.AllText);
        Assert.DoesNotContain("Piet", mention.AllText);

        var rows = (await _app.Deliveries().ListAsync(RequestChaseCampaign.Key(request.Number!.Value, new DateOnly(2026, 11, 23)), default)).ToDictionary(r => r.MemberId);
        Assert.Equal((DeliveryStatus.Sent, DeliveryPath.NewChat), (rows["m-jonas"].Status, rows["m-jonas"].Path));
        Assert.Equal((DeliveryStatus.Sent, DeliveryPath.Chat), (rows["m-elise"].Status, rows["m-elise"].Path));
        Assert.Equal((DeliveryStatus.NoChat, "NotInTeam"), (rows["m-piet"].Status, rows["m-piet"].ErrorCode));
        Assert.Equal(DeliveryStatus.NoChat, rows["m-marc"].Status);
    }

    [Fact]
    public async Task A_state_that_answers_before_the_mention_goes_is_not_mentioned()
    {
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        await _app.OpenChatAsync(Payload.EliseAad);
        _app.Connector.RosterPages[""] = new MembersPage([InTeam("29:marc", RequestApp.MarcAad)], null);
        _app.Connector.CreateOutcome = _ => new SendResult(SendStatus.Failed, HttpStatus: 403, ErrorCode: "ForbiddenOperationException");
        var request = await _app.SendAsync();
        await _app.RunJobsAsync();
        await _app.PressAsync(RequestRoutes.Chase, RequestApp.Ids(request));
        await _app.RunJobsAsync();   // the chase leaves Marc without a chat; the channel job runs before the sender

        // France answers now (Élise submits), before the tick that would @mention Marc.
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "a"), (2, "b"), (3, "c")), fromAad: Payload.EliseAad);
        await _app.RunJobsAsync();

        Assert.DoesNotContain(_app.Connector.Sends, s => s.AllText.Contains(RequestTexts.ReminderMentionBody.Format(Language.En, request.Deadline)));
    }

    [Fact]
    public async Task With_e_mail_notices_on_the_channel_mention_still_comes_first_and_mail_reaches_only_the_unreachable()
    {
        using var rig = new Scheduling.ReachRig();
        foreach (var aad in new[] { RequestApp.MarcAad, Piet.AadObjectId! }) rig.Graph.WithUser(aad);
        _app.WithServices(s => s.AddSingleton(rig.Mail()));
        var request = await SentAndChasedAsync();

        var status = (await _app.PressAsync(RequestRoutes.Status, RequestApp.Ids(request))).CardText();

        Assert.Contains("2 reached in their chat, 1 newly reached, 1 told by e-mail, 1 mentioned in the channel", status);
        // Piet was told of the request and of the reminder, Jonas of the request (he was not in the team yet), Marc of
        // neither: the channel reaches him.
        var to = rig.Graph.Mails.Select(m => m.ToJsonString()).ToList();
        Assert.Equal(3, to.Count);
        Assert.Equal(2, to.Count(m => m.Contains("m-piet@example.org", StringComparison.Ordinal)));
        Assert.Single(to, m => m.Contains("jonas.weber@bmi.example", StringComparison.Ordinal));
        Assert.DoesNotContain(to, m => m.Contains("marc.dubois", StringComparison.Ordinal));
    }
}
