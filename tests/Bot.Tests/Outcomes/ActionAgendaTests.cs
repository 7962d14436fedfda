using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The office puts "Follow-up to the previous meeting" on the draft agenda of the next plenary, with the state of the
/// previous plenary's actions; putting it there again brings it up to date instead of adding a second item.
public sealed class ActionAgendaTests : IAsyncLifetime
{
    const string Next = "mt-next";
    BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.Issued);
        var next = AMeeting.Convened() with
        {
            Id = Next, Status = MeetingStatus.Draft, ConvenedOn = null, InviteeIds = [], OpeningDay = new DateOnly(2027, 3, 15), ClosingDay = new DateOnly(2027, 3, 16),
            Title = BilingualText.Of("Spring plenary 2027", "Plénière de printemps 2027"),
            AgendaVersions = [AgendaVersion.Draft([AgendaItem.New("Opening", "Ouverture")])],
        };
        Assert.IsType<SaveResult.Saved>(await _app.Service<IMeetingStore>().SaveAsync(next, default));
        await _app.ActionAsync("a1", due: new DateOnly(2026, 11, 30));
        await _app.ActionAsync("a2", due: new DateOnly(2026, 11, 13), owner: ActionOwner.Office);
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    async Task<AgendaVersion> AgendaAsync() => (await _app.Service<IMeetingStore>().GetAsync(Next, default))!.CurrentAgenda;

    [Fact]
    public async Task The_office_sees_the_item_for_each_plenary_being_prepared_with_a_line_per_action()
    {
        var card = await _app.PressAsync(ActionRoutes.Agenda, new());

        var text = card.CardText();
        Assert.Contains("Spring plenary 2027", text);
        Assert.Contains("Follow-up to the previous meeting (11 May 2026) — actions done: 0, open: 1, overdue: 1", text);
        Assert.Contains("Recommendation 1 — The office: Share the national guardianship guidelines. — overdue, due 13 November 2026", text);
        Assert.Contains("Recommendation 1 — Germany (focal points): Share the national guardianship guidelines. — open, due 30 November 2026", text);
    }

    [Fact]
    public async Task The_item_goes_on_the_draft_agenda_once_and_is_brought_up_to_date_by_a_second_press()
    {
        var put = await _app.PressAsync(ActionRoutes.OnAgenda, new() { [ActionForm.DraftKey] = Next });
        var a1 = (await _app.Outcomes().GetActionAsync("a1", default))!;
        await _app.Outcomes().SaveActionAsync(a1 with { Status = ActionStatus.Done, DoneOn = new DateOnly(2026, 11, 23) }, default);
        var again = await _app.PressAsync(ActionRoutes.OnAgenda, new() { [ActionForm.DraftKey] = Next });

        Assert.Contains(ActionTexts.OnAgenda.En, put.CardText());
        Assert.Contains(ActionTexts.OnAgendaUpdated.En, again.CardText());
        var agenda = await AgendaAsync();
        Assert.Equal(2, agenda.Items.Count);
        Assert.Equal("Follow-up to the previous meeting (11 May 2026) — actions done: 1, open: 0, overdue: 1", agenda.Items[1].Title.En);
        Assert.Equal("Suivi de la réunion précédente (11 mai 2026) — actions réalisées\u00a0: 1, en cours\u00a0: 0, en retard\u00a0: 1", agenda.Items[1].Title.Fr);
        Assert.Equal(2, (await _app.Service<IAuditLog>().ListAsync(20, default)).Count(e => e is { Action: "action.follow-up.on-agenda", SubjectId: Next }));
    }

    [Fact]
    public async Task A_convened_or_unknown_meeting_or_a_focal_point_changes_no_agenda()
    {
        var convened = await _app.PressAsync(ActionRoutes.OnAgenda, new() { [ActionForm.DraftKey] = OutcomeApp.MeetingId });
        var unknown = await _app.PressAsync(ActionRoutes.OnAgenda, new() { [ActionForm.DraftKey] = "mt-none" });
        var focalPoint = await _app.PressAsync(ActionRoutes.OnAgenda, new() { [ActionForm.DraftKey] = Next }, fromAad: Payload.JonasAad);

        Assert.Equal(ActionTexts.MeetingNotDraft.En, convened.Message);
        Assert.Equal(ActionTexts.MeetingNotFound.En, unknown.Message);
        Assert.Equal(ActionTexts.OfficeOnly.En, focalPoint.Message);
        Assert.Single((await AgendaAsync()).Items);
    }
}
