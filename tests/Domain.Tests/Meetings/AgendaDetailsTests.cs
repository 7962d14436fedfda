using FocalBot.Domain.Meetings;

namespace FocalBot.Domain.Tests.Meetings;

/// An agenda item's time, chair, speakers and documents: within the meeting, in the agenda's order, within limits.
/// The plenary runs Monday 11 and Tuesday 12 May 2026, from 9:30 on the first day to 17:00 on the second.
public sealed class AgendaDetailsTests
{
    static readonly Meeting Plenary = AMeeting.Plenary();
    static readonly MeetingSettings Settings = MeetingSettings.Default;

    static AgendaItem Item(string id, int day, int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(id, BilingualText.Of($"Item {id}")) { Time = new AgendaTime(day, new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute)) };

    static AgendaItem Untimed(string id) => new(id, BilingualText.Of($"Item {id}"));

    static IReadOnlyList<MeetingIssue> Problems(Meeting meeting, params AgendaItem[] items) => MeetingValidation.AgendaProblems(items, meeting, Settings);

    [Fact]
    public void Timed_items_may_leave_gaps_and_untimed_items_may_stand_anywhere()
    {
        Assert.Empty(Problems(Plenary,
            Item("a", 1, 9, 30, 10, 0), Untimed("b"), Item("c", 1, 10, 0, 11, 0), Item("d", 1, 14, 0, 15, 30), Item("e", 2, 9, 0, 12, 0), Untimed("aob")));
    }

    [Fact]
    public void An_item_that_starts_before_the_one_above_has_ended_overlaps_it()
    {
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemOverlaps, 3)],
            Problems(Plenary, Item("a", 1, 9, 30, 10, 30), Untimed("b"), Item("c", 1, 10, 15, 11, 0)));
    }

    [Fact]
    public void An_item_timed_before_the_one_above_is_out_of_order_even_on_an_earlier_day()
    {
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemOutOfOrder, 2)], Problems(Plenary, Item("a", 1, 14, 0, 15, 0), Item("b", 1, 9, 30, 10, 0)));
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemOutOfOrder, 2)], Problems(Plenary, Item("a", 2, 9, 0, 10, 0), Item("b", 1, 15, 0, 16, 0)));
    }

    [Fact]
    public void An_item_ending_when_or_before_it_starts_is_refused_and_not_checked_against_the_next()
    {
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemEndsBeforeStarts, 1)], Problems(Plenary, Item("a", 1, 11, 0, 11, 0), Item("b", 1, 10, 0, 10, 30)));
    }

    [Theory]
    [InlineData(1, 9, 0, 10, 0)]     // before the meeting starts on the opening day
    [InlineData(2, 16, 30, 17, 30)]  // after it ends on the closing day
    [InlineData(3, 9, 0, 10, 0)]     // a third day of a two-day meeting
    [InlineData(0, 9, 0, 10, 0)]
    public void An_item_outside_the_meetings_days_or_hours_is_refused(int day, int fromHour, int fromMinute, int toHour, int toMinute)
    {
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemOutsideMeeting, 1)], Problems(Plenary, Item("a", day, fromHour, fromMinute, toHour, toMinute)));
    }

    [Fact]
    public void A_meeting_of_whole_days_takes_items_at_any_hour_of_its_days()
    {
        var allDay = Plenary with { StartsAt = null, EndsAt = null };

        Assert.Empty(Problems(allDay, Item("a", 1, 7, 0, 8, 0), Item("b", 2, 19, 0, 21, 0)));
    }

    [Fact]
    public void Moving_the_meeting_keeps_the_timetable_on_its_days_but_a_shorter_meeting_leaves_the_last_day_out()
    {
        var items = new[] { Item("a", 1, 9, 30, 10, 0), Item("b", 2, 9, 0, 10, 0) };

        Assert.Empty(Problems(Plenary.OpeningOn(AMeeting.Opening.AddDays(7)), items));
        Assert.Equal(new DateOnly(2026, 5, 19), items[1].Time!.DateIn(Plenary.OpeningOn(AMeeting.Opening.AddDays(7))));
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemOutsideMeeting, 2)], Problems(Plenary with { ClosingDay = Plenary.OpeningDay }, items));
    }

    [Fact]
    public void People_need_a_name_and_speakers_and_documents_have_limits()
    {
        var many = Enumerable.Range(1, Settings.MaxSpeakersPerItem + 1).Select(i => AgendaPerson.Named($"Speaker {i}")).ToList();
        var docs = Enumerable.Range(1, Settings.MaxDocumentsPerItem + 1).Select(i => AgendaDocument.Link($"Doc {i}", $"https://coe.example/{i}")).ToList();

        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemPersonInvalid, 1)], Problems(Plenary, Untimed("a") with { Chair = AgendaPerson.Named(new string('x', 101)) }));
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemTooManySpeakers, 1)], Problems(Plenary, Untimed("a") with { Speakers = many }));
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemTooManyDocuments, 1)], Problems(Plenary, Untimed("a") with { Documents = docs }));
    }

    [Theory]
    [InlineData("Report", "http://coe.example/report.pdf")]
    [InlineData("Report", "coe.example/report.pdf")]
    [InlineData("Report", "https://")]
    [InlineData(" ", "https://coe.example/report.pdf")]
    public void A_document_needs_a_title_and_a_whole_https_link(string title, string url)
    {
        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaItemDocumentInvalid, 1)],
            Problems(Plenary, Untimed("a") with { Documents = [new AgendaDocument(title, url)] }));
    }

    [Fact]
    public void The_whole_agenda_takes_so_many_speakers_and_documents()
    {
        var items = Enumerable.Range(1, 21).Select(i => Untimed($"i{i}") with
        {
            Speakers = [.. Enumerable.Range(1, 4).Select(n => AgendaPerson.Named($"Speaker {i}.{n}"))],
            Documents = [AgendaDocument.Link("Paper", $"https://coe.example/{i}")],
        }).ToArray();

        Assert.Equal([new MeetingIssue(MeetingProblem.AgendaTooManySpeakers), new MeetingIssue(MeetingProblem.AgendaTooManyDocuments)], Problems(Plenary, items));
    }

    [Fact]
    public void Details_are_trimmed_and_a_speaker_named_twice_is_kept_once()
    {
        var elise = new AgendaPerson(AgendaPersonKind.Member, "m-elise", " Élise Moreau ") { StateCode = "FR" };
        var item = Untimed("a") with
        {
            Chair = AgendaPerson.Named("  "),
            Speakers = [elise, elise with { Name = "Élise M." }, AgendaPerson.Named(" Dr Berg "), AgendaPerson.Named("")],
            Documents = [new AgendaDocument(" Paper ", " https://coe.example/p "), new AgendaDocument(" ", "")],
        };

        var kept = AgendaDetails.Normalized(item);

        Assert.Null(kept.Chair);
        Assert.Equal(["Élise Moreau", "Dr Berg"], kept.Speakers.Select(s => s.Name));
        Assert.Equal([new AgendaDocument("Paper", "https://coe.example/p")], kept.Documents);
    }
}
