using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Meetings;
using static FocalBot.Domain.Tests.Outcomes.AReport;

namespace FocalBot.Domain.Tests.Outcomes;

public sealed class SummaryReportsTests
{
    static readonly OutcomeSettings Settings = OutcomeSettings.Default;

    [Fact]
    public void Only_the_office_starts_the_report_of_a_meeting_that_was_convened()
    {
        Assert.Equal(ReportRefusal.NotAllowed, SummaryReports.Start(Plenary, France, Started).Refusal);
        Assert.Equal(ReportRefusal.MeetingNotHeld, SummaryReports.Start(AMeeting.Plenary(), Office, Started).Refusal);
        Assert.Equal(ReportRefusal.MeetingNotHeld, SummaryReports.Start(Plenary with { Status = MeetingStatus.Cancelled }, Office, Started).Refusal);

        var report = SummaryReports.Start(Plenary, Office, Started).Value!;

        Assert.Equal((Plenary.Id, ReportStatus.Draft, Office.Id), (report.MeetingId, report.Status, report.CreatedBy));
    }

    [Fact]
    public void A_recommendation_needs_text_in_one_language_at_least_and_an_addressee_that_says_which()
    {
        var report = Draft();

        Assert.Equal(ReportRefusal.TextMissing, Add(report, "r1", "  ", "").Refusal);
        Assert.Equal(ReportRefusal.TextTooLong, Add(report, "r1", new string('x', Settings.RecommendationMaxLength + 1)).Refusal);
        Assert.Equal(ReportRefusal.AddresseeMissing, Add(report, "r1", "Text", addressee: new Addressee(AddresseeKind.ThematicGroup)).Refusal);
        Assert.Equal(ReportRefusal.AddresseeMissing, Add(report, "r1", "Text", addressee: new Addressee(AddresseeKind.Network, "g1")).Refusal);
        Assert.Equal("Texte", Add(report, "r1", "", " Texte ").Value!.Recommendations[0].Text.Fr);
    }

    [Fact]
    public void Numbers_follow_the_order_added_and_never_change_when_a_recommendation_is_revised()
    {
        var report = Draft().WithRecommendations("One", "Two", "Three");

        var revised = SummaryReports.ReviseRecommendation(report, Office, "rec-2", BilingualText.Of("Two, reworded"), Addressee.Group("g1"), Settings).Value!;

        Assert.Equal([(1, "One"), (2, "Two, reworded"), (3, "Three")], revised.Recommendations.Select(r => (r.Number, r.Text.En)));
        Assert.Equal(Addressee.Group("g1"), revised.Find("rec-2")!.Addressee);
    }

    [Fact]
    public void Only_the_last_recommendation_of_an_uncirculated_draft_without_actions_may_be_removed_so_no_number_moves()
    {
        var report = Draft().WithRecommendations("One", "Two", "Three");

        Assert.Equal(ReportRefusal.OnlyLastRemovable, SummaryReports.RemoveRecommendation(report, Office, "rec-2", hasActions: false).Refusal);
        Assert.Equal(ReportRefusal.HasActions, SummaryReports.RemoveRecommendation(report, Office, "rec-3", hasActions: true).Refusal);
        var removed = SummaryReports.RemoveRecommendation(report, Office, "rec-3", hasActions: false).Value!;
        Assert.Equal([1, 2], removed.Recommendations.Select(r => r.Number));

        var circulated = Circulate(report);
        Assert.Equal(ReportRefusal.OnlyLastRemovable, SummaryReports.RemoveRecommendation(circulated, Office, "rec-3", hasActions: false).Refusal);
    }

    [Fact]
    public void A_number_once_given_is_not_given_again_and_a_second_press_adds_nothing()
    {
        var report = Draft().WithRecommendations("One", "Two");
        report = SummaryReports.RemoveRecommendation(report, Office, "rec-2", hasActions: false).Value!;

        var added = Add(report, "rec-new", "New").Value!;

        Assert.Equal(2, added.Find("rec-new")!.Number);
        Assert.Equal(ReportRefusal.AlreadyAdded, Add(added, "rec-new", "New").Refusal);
    }

    [Fact]
    public void A_summary_is_written_for_an_item_of_the_agenda_and_removed_by_an_empty_text()
    {
        var report = Draft();

        Assert.Equal(ReportRefusal.UnknownItem, Summary(report, "nowhere", "Text").Refusal);
        var written = Summary(report, "children", "Participants exchanged views.", attributable: true).Value!;
        Assert.Equal(new ItemSummary("children", BilingualText.Of("Participants exchanged views.", ""), true), written.SummaryOf("children"));

        Assert.Empty(Summary(written, "children", "").Value!.Summaries);
    }

    [Fact]
    public void The_draft_is_open_for_comments_until_ten_working_days_after_it_is_sent()
    {
        // Sent Wednesday 13 May 2026: ten working days later is Wednesday 27 May.
        var report = Circulate(Draft());

        Assert.Equal((ReportStatus.OpenForComments, Started, new DateOnly(2026, 5, 27)), (report.Status, report.CirculatedOn, report.CommentsUntil));
        Assert.Equal(ReportRefusal.AlreadyCirculated,
            SummaryReports.Circulate(report, Plenary, Office, Started, WorkingDays.WeekdaysOnly, Settings).Refusal);
    }

    [Fact]
    public void Holidays_push_the_comment_deadline_back()
    {
        var calendar = new WorkingDays(["2026-05-14", "2026-05-25"]);   // Ascension Day, Whit Monday

        var report = SummaryReports.Circulate(Draft(), Plenary, Office, Started, calendar, Settings).Value!;

        Assert.Equal(new DateOnly(2026, 5, 29), report.CommentsUntil);
    }

    [Fact]
    public void A_participant_comments_until_the_deadline_day_has_ended_and_not_after()
    {
        var report = Circulate(Draft());
        var deadline = report.CommentsUntil!.Value;

        var onTheDay = Comment(report, France, "Please mention the 2025 figures.", deadline);
        var dayAfter = Comment(report, France, "Late.", deadline.AddDays(1));

        Assert.Equal((Plenary.Id, France.Id, "Please mention the 2025 figures."), (onTheDay.Value!.MeetingId, onTheDay.Value.MemberId, onTheDay.Value.Text));
        Assert.Equal(ReportRefusal.CommentsClosed, dayAfter.Refusal);
    }

    [Fact]
    public void Only_invitees_comment_with_some_text_on_a_draft_that_is_open()
    {
        var open = Circulate(Draft());

        Assert.Equal(ReportRefusal.NotOpenForComments, Comment(Draft(), France, "Too early.", Started).Refusal);
        Assert.Equal(ReportRefusal.NotAParticipant, Comment(open, FocalBot.Domain.Tests.Members.AMember.FocalPoint("IT"), "Not invited.", Started).Refusal);
        Assert.Equal(ReportRefusal.TextMissing, Comment(open, Germany, "   ", Started).Refusal);
        Assert.Equal(ReportRefusal.TextTooLong, Comment(open, Germany, new string('x', Settings.CommentMaxLength + 1), Started).Refusal);
    }

    [Fact]
    public void The_report_is_not_issued_before_the_meeting_has_ended_where_it_was_held()
    {
        var report = Circulate(Draft());

        var early = SummaryReports.Issue(report, Plenary, Office, MeetingEnd.AddMinutes(-1), new DateOnly(2026, 5, 12));
        var onTime = SummaryReports.Issue(report, Plenary, Office, MeetingEnd, new DateOnly(2026, 5, 12));

        Assert.Equal(ReportRefusal.MeetingNotEnded, early.Refusal);
        Assert.Equal((ReportStatus.Issued, new DateOnly(2026, 5, 12), Office.Id), (onTime.Value!.Status, onTime.Value.IssuedOn, onTime.Value.IssuedBy));
    }

    [Fact]
    public void A_meeting_of_whole_days_ends_at_the_midnight_after_its_closing_day()
    {
        var allDay = Plenary with { StartsAt = null, EndsAt = null };

        Assert.Equal(new DateTimeOffset(2026, 5, 12, 22, 0, 0, TimeSpan.Zero), MeetingDates.EndOf(allDay));
    }

    [Fact]
    public void An_issued_report_changes_no_more_and_a_draft_must_go_for_comments_first()
    {
        var later = MeetingEnd.AddDays(20);
        Assert.Equal(ReportRefusal.NotCirculated, SummaryReports.Issue(Draft(), Plenary, Office, later, Started).Refusal);
        var issued = SummaryReports.Issue(Circulate(Draft().WithRecommendations("One")), Plenary, Office, later, Started).Value!;

        Assert.Equal(ReportRefusal.AlreadyIssued, Add(issued, "r9", "More").Refusal);
        Assert.Equal(ReportRefusal.AlreadyIssued, SummaryReports.SetBackground(issued, Office, BilingualText.Of("B"), Settings).Refusal);
        Assert.Equal(ReportRefusal.AlreadyIssued, SummaryReports.Issue(issued, Plenary, Office, later, Started).Refusal);
        Assert.Equal(ReportRefusal.NotOpenForComments, Comment(issued, France, "After the issue.", Started).Refusal);
    }

    [Fact]
    public void Focal_points_change_nothing_in_the_report()
    {
        var report = Draft();

        Assert.Equal(ReportRefusal.NotAllowed, SummaryReports.AddRecommendation(report, France, "r1", BilingualText.Of("x"), Addressee.Network, Settings).Refusal);
        Assert.Equal(ReportRefusal.NotAllowed, SummaryReports.SetBackground(report, Germany, BilingualText.Of("x"), Settings).Refusal);
        Assert.Equal(ReportRefusal.NotAllowed, SummaryReports.Issue(Circulate(report), Plenary, France, MeetingEnd.AddDays(1), Started).Refusal);
    }

    static Outcome<SummaryReport, ReportRefusal> Add(SummaryReport report, string id, string en, string? fr = null, Addressee? addressee = null) =>
        SummaryReports.AddRecommendation(report, Office, id, BilingualText.Of(en, fr), addressee ?? Addressee.MemberStates, Settings);

    static Outcome<SummaryReport, ReportRefusal> Summary(SummaryReport report, string item, string en, bool attributable = false) =>
        SummaryReports.SetSummary(report, Plenary, Office, item, BilingualText.Of(en), attributable, Settings);

    static SummaryReport Circulate(SummaryReport report) =>
        SummaryReports.Circulate(report, Plenary, Office, Started, WorkingDays.WeekdaysOnly, Settings).Value!;

    static Outcome<ReportComment, ReportRefusal> Comment(SummaryReport report, FocalBot.Domain.Members.Member who, string text, DateOnly today) =>
        SummaryReports.Comment(report, Plenary, who, text, Language.Fr, new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero), today, Settings);
}
