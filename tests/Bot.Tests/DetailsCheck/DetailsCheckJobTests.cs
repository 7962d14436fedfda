using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.DetailsCheck;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.DetailsCheck;

public sealed class DetailsCheckJobTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"focalbot-jobs-{Guid.NewGuid():N}.db");
    readonly List<BotApp> _apps = [];

    public void Dispose()
    {
        foreach (var app in _apps) app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
    }

    BotApp Start(DateTimeOffset? now = null)
    {
        var app = new BotApp().Setting("Storage:Sqlite:Path", _db);
        app.Clock.SetUtcNow(now ?? new DateTimeOffset(2027, 1, 15, 8, 0, 0, TimeSpan.Zero));
        _apps.Add(app);
        return app;
    }

    static Task<bool> TickAsync(BotApp app) => app.Clock.WhileWaitingAsync(() => app.Service<JobRunner>().RunOnceAsync(default));

    [Fact]
    public async Task Nothing_is_sent_before_the_day_of_the_check()
    {
        var app = Start(new DateTimeOffset(2027, 1, 14, 23, 0, 0, TimeSpan.Zero));
        await app.PostAsync(Payload.Load("installation-update"));

        await TickAsync(app);

        Assert.Single(app.Connector.Sends);   // the welcome only
        Assert.Empty(await app.Service<IDeliveryStore>().ListAsync("details-check/2027", default));
    }

    [Fact]
    public async Task On_the_day_each_member_with_a_chat_gets_the_check_once_in_their_language()
    {
        var app = Start();
        await app.Given(AMember.Elise(Language.Fr));
        await app.PostAsync(Payload.Load("installation-update"));

        await TickAsync(app);
        await TickAsync(app);

        var check = Assert.Single(app.Connector.Sends.Skip(1));
        Assert.Contains(DetailsCheckTexts.Title.Fr, check.AllText);
        var rows = await app.Service<IDeliveryStore>().ListAsync("details-check/2027", default);
        Assert.Equal(DeliveryStatus.Sent, rows.Single(r => r.MemberId == "m-elise").Status);
        Assert.Equal(check.Id, rows.Single(r => r.MemberId == "m-elise").ActivityId);
        Assert.Equal(DeliveryStatus.NoChat, rows.Single(r => r.MemberId == "m-jonas").Status);   // never installed the bot
    }

    [Fact]
    public async Task A_restart_sends_nothing_twice_and_a_chat_that_appears_later_gets_its_check()
    {
        var first = Start();
        await first.PostAsync(Payload.Load("installation-update"));
        await TickAsync(first);
        first.Dispose();

        var second = Start(new DateTimeOffset(2027, 1, 15, 8, 4, 0, TimeSpan.Zero));   // after the first instance's lease ran out
        await second.PostAsync(Payload.PersonalMessage("help").From(Payload.JonasAad).Set("conversation.id", "a:jonas-chat").Set("from.id", "29:jonas"));
        await TickAsync(second);

        var checks = second.Connector.Sends.Where(s => s.AllText.Contains(DetailsCheckTexts.Title.En)).ToList();
        Assert.Equal("a:jonas-chat", Assert.Single(checks).To.ConversationId);
    }

    [Fact]
    public async Task A_send_without_answer_stays_uncertain_and_is_never_replayed()
    {
        var app = Start();
        await app.PostAsync(Payload.Load("installation-update"));
        app.Connector.Outcome = a => a.Attachments is null ? null : new SendResult(SendStatus.Uncertain, HttpStatus: 500);

        await TickAsync(app);
        app.Connector.Outcome = null;
        await TickAsync(app);

        Assert.Single(app.Connector.Sends);   // the welcome only
        var row = await app.Service<IDeliveryStore>().GetAsync("details-check/2027", "m-elise", default);
        Assert.Equal(DeliveryStatus.Uncertain, row!.Status);
    }

    [Fact]
    public async Task A_throttled_send_waits_for_Retry_After_then_goes_once()
    {
        var app = Start();
        await app.PostAsync(Payload.Load("installation-update"));
        var throttle = true;
        app.Connector.Outcome = a => throttle && a.Attachments is not null ? new SendResult(SendStatus.Throttled, HttpStatus: 429, RetryAfter: TimeSpan.FromSeconds(20)) : null;

        await TickAsync(app);
        throttle = false;
        await TickAsync(app);                      // still paused
        var paused = app.Connector.Sends.Count;
        app.Clock.Advance(TimeSpan.FromSeconds(21));
        await TickAsync(app);

        Assert.Equal(1, paused);
        Assert.Equal(2, app.Connector.Sends.Count);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_marked_failed_and_their_chat_dead()
    {
        var app = Start();
        await app.Given(AMember.Elise(Language.Fr));
        await app.PostAsync(Payload.Load("installation-update"));
        app.Connector.Outcome = a => a.Attachments is not null && a.Attachments[0].Content!.ToJsonString().Contains(DetailsCheckRoutes.Confirm)
            ? new SendResult(SendStatus.Failed, HttpStatus: 403, ErrorCode: "ConversationBlockedByUser") : null;

        await TickAsync(app);

        var row = await app.Service<IDeliveryStore>().GetAsync("details-check/2027", "m-elise", default);
        Assert.Equal((DeliveryStatus.Failed, "ConversationBlockedByUser"), (row!.Status, row.ErrorCode));
        Assert.Null(await app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_and_writes_again_is_reachable_again()
    {
        var app = Start();
        await app.PostAsync(Payload.Load("installation-update"));
        app.Connector.Outcome = a => a.Attachments is not null && a.Attachments[0].Content!.ToJsonString().Contains(DetailsCheckRoutes.Confirm)
            ? new SendResult(SendStatus.Failed, HttpStatus: 403, ErrorCode: "ConversationBlockedByUser") : null;
        await TickAsync(app);
        var blocked = await app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default);

        var response = await app.PostAsync(Payload.PersonalMessage("help"));

        Assert.Null(blocked);   // this test's own block made the chat dead, whatever other tests did
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var again = await app.Conversations.FindPersonalAsync(Payload.TenantId, Payload.EliseAad, default);
        Assert.NotNull(again);
        Assert.Contains(app.Connector.Sends, s => s.To.ConversationId == again.ConversationId && s.AllText.Contains(FocalBot.Bot.Help.HelpTexts.HelpTitle.Fr));
    }

    [Fact]
    public async Task Retired_members_get_no_check_and_members_added_after_the_day_are_first_asked_the_next_year()
    {
        var app = Start();
        await app.Given(AMember.Jonas() with { Status = MemberStatus.Left });
        await TickAsync(app);
        await app.Given(AMember.Jonas() with { Id = "m-giulia", AadObjectId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", JoinedOn = new DateOnly(2027, 1, 15) });

        app.Clock.Advance(TimeSpan.FromDays(60));
        await TickAsync(app);
        var thisYear = await app.Service<IDeliveryStore>().ListAsync("details-check/2027", default);
        app.Clock.SetUtcNow(new DateTimeOffset(2028, 1, 15, 8, 0, 0, TimeSpan.Zero));
        await TickAsync(app);

        Assert.DoesNotContain(thisYear, r => r.MemberId is "m-jonas" or "m-giulia");
        Assert.Contains(thisYear, r => r.MemberId == "m-elise");
        Assert.Contains(await app.Service<IDeliveryStore>().ListAsync("details-check/2028", default), r => r.MemberId == "m-giulia");
    }

    [Fact]
    public async Task A_member_welcomed_on_their_first_day_gets_no_check_with_the_welcome_and_others_get_it_once()
    {
        var app = Start(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));   // six weeks after the check day
        await app.Given(AMember.Elise(Language.Fr) with { JoinedOn = new DateOnly(2027, 3, 1) });
        await app.Given(AMember.Jonas() with { JoinedOn = new DateOnly(2026, 6, 1) });
        await app.PostAsync(Payload.Load("installation-update"));   // Élise opens her chat: the welcome

        await TickAsync(app);
        await TickAsync(app);

        Assert.Single(app.Connector.Sends);   // the welcome only
        Assert.DoesNotContain(app.Connector.Sends, s => s.AllText.Contains(DetailsCheckTexts.Title.Fr));
        var rows = await app.Service<IDeliveryStore>().ListAsync("details-check/2027", default);
        Assert.Equal("m-jonas", Assert.Single(rows, r => r.MemberId is "m-elise" or "m-jonas").MemberId);
    }

    [Theory]
    [InlineData(2026, 10, 15, true)]    // three months before 15 January: long enough
    [InlineData(2026, 10, 16, false)]
    [InlineData(2027, 1, 15, false)]    // on the day
    [InlineData(2027, 6, 1, false)]     // later in the year
    [InlineData(2024, 3, 1, true)]
    public void A_member_is_asked_once_in_the_network_for_three_months_on_the_check_day(int year, int month, int day, bool asked) =>
        Assert.Equal(asked, DetailsCheckCampaign.IsDue(AMember.Jonas() with { JoinedOn = new DateOnly(year, month, day) }, new DateOnly(2027, 1, 15)));

    [Fact]
    public void A_member_with_no_joining_day_is_asked_and_a_retired_one_is_not()
    {
        Assert.True(DetailsCheckCampaign.IsDue(AMember.Jonas() with { JoinedOn = null }, new DateOnly(2027, 1, 15)));
        Assert.False(DetailsCheckCampaign.IsDue(AMember.Jonas() with { JoinedOn = new DateOnly(2020, 1, 1), Status = MemberStatus.Left }, new DateOnly(2027, 1, 15)));
    }

    [Fact]
    public async Task The_next_year_brings_a_new_check()
    {
        var app = Start();
        await app.Given(AMember.Elise(Language.Fr));
        await app.PostAsync(Payload.Load("installation-update"));
        await TickAsync(app);

        app.Clock.SetUtcNow(new DateTimeOffset(2028, 1, 15, 8, 0, 0, TimeSpan.Zero));
        await TickAsync(app);

        Assert.Equal(2, app.Connector.Sends.Count(s => s.AllText.Contains(DetailsCheckTexts.Title.Fr)));
    }

    [Fact]
    public async Task A_second_instance_runs_no_jobs_while_the_first_holds_the_lease()
    {
        var first = Start();
        var second = Start();

        Assert.True(await TickAsync(first));
        Assert.False(await TickAsync(second));
    }
}
