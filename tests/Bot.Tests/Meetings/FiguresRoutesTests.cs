using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Outcomes;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// The network's activity figures (`figures` / `chiffres`): the plenary of 11–12 May 2026 held with Élise and Jonas
/// present and a guest from UNHCR, its report issued with two recommendations and an action for Germany overdue; a
/// request of 2026 answered by France of the three states asked. The clock is on Monday 23 November 2026.
public sealed class FiguresRoutesTests : IAsyncLifetime
{
    BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await OutcomeApp.StartAsync(ReportStatus.Issued);
        var meetings = _app.Service<IMeetingStore>();
        Assert.IsType<SaveResult.Saved>(await meetings.SaveAttendanceAsync(new Attendance
        {
            MeetingId = OutcomeApp.MeetingId,
            People =
            [
                new Attendee { Id = Attendee.MemberKey("m-elise"), Kind = AttendeeKind.Member, MemberId = "m-elise", Name = "Élise", StateCode = "FR", Present = true,
                    OrganisationKind = OrganisationKind.NationalAuthority, Gender = Gender.Woman, GenderConsent = true },
                new Attendee { Id = Attendee.MemberKey("m-jonas"), Kind = AttendeeKind.Member, MemberId = "m-jonas", Name = "Jonas", StateCode = "DE", Present = true,
                    OrganisationKind = OrganisationKind.NationalAuthority },
                new Attendee { Id = Attendee.WalkInKey("w1"), Kind = AttendeeKind.WalkIn, Name = "Guest", Organisation = "UNHCR", Present = true,
                    OrganisationKind = OrganisationKind.InternationalOrganisation },
            ],
        }, default));
        await _app.ActionAsync("a1", due: new DateOnly(2026, 11, 20));   // overdue
        var request = new InformationRequest
        {
            Number = new RequestNumber(2026, 12), Title = "Guardianship", Questions = [new Question("Who is the guardian?")], Language = Language.En,
            Deadline = new DateOnly(2026, 10, 30), Audience = Audience.Of("FR", "DE", "IT"), Status = RequestStatus.Sent, SentOn = new DateOnly(2026, 10, 1),
        };
        Assert.IsType<SaveResult.Saved>(await _app.Requests().SaveAsync(request, default));
        await _app.Requests().SaveAnswerAsync(StateAnswer.New(request.Number!.Value, "FR") with
        {
            Answers = [QuestionAnswer.Written(1, "The council.")], Status = AnswerStatus.Submitted, SubmittedAt = new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero),
        }, default);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    async Task<string> FiguresAsync(string? year = null, string aad = Payload.SophieAad)
    {
        var data = year is null ? new JsonObject() : new JsonObject { [MeetingCards.FiguresYearKey] = year };
        var pressed = await _app.PressAsync(MeetingRoutes.Figures, data, fromAad: aad);
        return pressed.Message ?? pressed.CardText();
    }

    [Fact]
    public async Task The_office_sees_the_years_meetings_attendance_requests_and_follow_up_in_counts_only()
    {
        var card = await FiguresAsync();

        Assert.Contains("Activity figures 2026", card);
        Assert.Contains("1\u00a0plenary, 0\u00a0thematic sessions", card);
        Assert.Contains("for 1 of 1", card);
        Assert.Contains("Plenary meeting of the network: " + AttendanceTexts.Sentence(new AttendanceFigures(3, 1, 0, 0, [("FR", 1), ("DE", 1)], []), Language.En), card);
        Assert.Contains("Attendance at the meetings held, all together", card);
        Assert.Contains("national authorities 2, international organisations 1", card);
        Assert.Contains("1 of 3 asked (33 %)", card);
        Assert.Contains("Summary reports issued", card);
        Assert.Contains("1: 0\u00a0done, 0 open, 1 overdue", card);
        // Counts only: nobody present is named, nor what was answered.
        Assert.DoesNotContain("Élise", card);
        Assert.DoesNotContain("Guest", card);
        Assert.DoesNotContain("The council.", card);
    }

    [Fact]
    public async Task A_French_office_member_reads_them_in_French_and_goes_to_another_year()
    {
        var card = await FiguresAsync("2026", GroupApp.ClaireAad);

        Assert.Contains("Chiffres d’activité 2026", card);
        Assert.Contains("1\u00a0plénière, 0\u00a0session thématique", card);
        Assert.Contains("1 sur 3 demandées (33\u00a0%)", card);
        Assert.Contains("1\u00a0: 0\u00a0réalisée, 0 en cours, 1 en retard", card);

        await _app.Service<IMeetingStore>().SaveAsync(AMeeting.Convened() with { Id = "last-year", OpeningDay = new DateOnly(2025, 11, 3), ClosingDay = new DateOnly(2025, 11, 4) }, default);
        var earlier = await _app.PressAsync(MeetingRoutes.Figures, new JsonObject { [MeetingCards.FiguresYearKey] = "2025" }, fromAad: GroupApp.ClaireAad);
        var text = earlier.CardText();
        Assert.Contains("Chiffres d’activité 2025", text);
        Assert.Contains("présences non consignées", text);
        Assert.Contains("Chiffres de 2026", text);
    }

    [Fact]
    public async Task A_year_without_figures_is_refused_in_the_members_language()
    {
        Assert.Equal("The network has figures for the years 2026 to 2026 only.", await FiguresAsync("1999"));
        Assert.Equal("Le réseau n’a de chiffres que pour les années 2026 à 2026.", await FiguresAsync("l’an dernier", GroupApp.ClaireAad));
    }

    [Fact]
    public async Task The_offices_list_of_meetings_offers_them_and_only_the_office_sees_them_in_its_personal_chat()
    {
        var officeList = await _app.PressAsync(MeetingRoutes.List, new JsonObject());
        var memberList = await _app.PressAsync(MeetingRoutes.List, new JsonObject(), fromAad: Payload.JonasAad);
        Assert.Contains(MeetingRoutes.Figures, FocalBot.Bot.Cards.Card.Verbs(officeList.Card));
        Assert.DoesNotContain(MeetingRoutes.Figures, FocalBot.Bot.Cards.Card.Verbs(memberList.Card));

        Assert.Equal(FiguresTexts.OfficeOnly.Fr, await FiguresAsync(aad: Payload.EliseAad));
        Assert.Equal(FiguresTexts.OfficeOnly.En, await FiguresAsync(aad: Payload.JonasAad));
        var inChannel = await _app.PressAsync(Payload.Execute(MeetingRoutes.Figures, new JsonObject()).From(Payload.SophieAad)
            .Set("conversation.conversationType", "channel").Set("conversation.isGroup", JsonValue.Create(true)));
        Assert.Equal(FiguresTexts.OnlyInPersonalChat.En, inChannel.Message);
    }
}
