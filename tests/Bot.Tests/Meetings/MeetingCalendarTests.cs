using System.Text;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Meetings;

public sealed class MeetingCalendarTests
{
    static readonly CalendarOrganizer Organizer = new("focalbot@coe.example", "Network of Focal Points on Migration");
    static readonly CalendarInvitee Elise = CalendarInvitee.For(AMember.Elise())!;
    static readonly CalendarInvitee Jonas = CalendarInvitee.For(AMember.Jonas())!;
    static readonly CalendarInvitee Sophie = CalendarInvitee.For(AMember.Sophie())!;
    static readonly Member Office = AMember.Sophie();

    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 15, 0, TimeSpan.Zero));

    string Ics(Meeting meeting, CalendarInvitee? invitee = null) => MeetingCalendar.For(meeting, invitee ?? Jonas, Organizer, _clock.GetUtcNow());

    static CalendarEvent Event(string ics) => Assert.Single(Calendar.Load(ics)!.Events);

    // RFC 5545 3.1: a long line continues on the next, which starts with a space.
    static string Unfolded(string ics) => ics.Replace("\r\n ", "");

    [Fact]
    public void An_invitation_is_a_request_for_one_invitee_with_every_property()
    {
        var meeting = AMeeting.Convened();

        var calendar = Calendar.Load(Ics(meeting))!;
        var e = Assert.Single(calendar.Events);

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("-//Council of Europe//FocalBot//EN", calendar.ProductId);
        Assert.Equal($"{meeting.Id}@focalbot", e.Uid);
        Assert.Equal(0, e.Sequence);
        Assert.Equal(new DateTime(2026, 3, 2, 8, 15, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc);
        Assert.Equal("Plenary meeting of the network", e.Summary);
        Assert.Equal("Palais de l'Europe, Strasbourg", e.Location);
        Assert.Equal("CONFIRMED", e.Status);
        Assert.Equal("OPAQUE", e.Transparency);
        Assert.Equal(new Uri("mailto:focalbot@coe.example"), e.Organizer!.Value);
        Assert.Equal("Network of Focal Points on Migration", e.Organizer.CommonName);

        var attendee = Assert.Single(e.Attendees);
        Assert.Equal(new Uri("mailto:jonas.weber@bmi.example"), attendee.Value);
        Assert.Equal("Jonas Weber", attendee.CommonName);
        Assert.Equal("NEEDS-ACTION", attendee.ParticipationStatus);
        Assert.True(attendee.Rsvp);
        Assert.Equal("REQ-PARTICIPANT", attendee.Role);
    }

    [Fact]
    public void Timed_meetings_are_in_the_meetings_time_zone_with_its_summer_and_winter_offsets()
    {
        var may = Event(Ics(AMeeting.Convened()));
        var december = Event(Ics(AMeeting.Convened() with { OpeningDay = new(2026, 12, 7), ClosingDay = new(2026, 12, 8) }));

        Assert.Equal(("Europe/Paris", new DateTime(2026, 5, 11, 9, 30, 0)), (may.Start!.TzId, may.Start.Value));
        Assert.Equal(new DateTime(2026, 5, 11, 7, 30, 0, DateTimeKind.Utc), may.Start.AsUtc);   // CEST, +2
        Assert.Equal(new DateTime(2026, 5, 12, 15, 0, 0, DateTimeKind.Utc), may.End!.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 7, 8, 30, 0, DateTimeKind.Utc), december.Start!.AsUtc);   // CET, +1
    }

    [Fact]
    public void The_time_zone_is_described_by_a_VTIMEZONE_with_the_European_summer_time_rules()
    {
        var ics = Ics(AMeeting.Convened());

        var zone = Assert.Single(Calendar.Load(ics)!.TimeZones);

        Assert.Equal("Europe/Paris", zone.TzId);
        var standard = Assert.Single(zone.TimeZoneInfos, i => i.Name == "STANDARD");
        var daylight = Assert.Single(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT");
        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromHours(1)), (standard.OffsetFrom!.Offset, standard.OffsetTo!.Offset));
        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromHours(2)), (daylight.OffsetFrom!.Offset, daylight.OffsetTo!.Offset));
        // Last Sunday of October back to winter time, last Sunday of March to summer time.
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", ics);
        Assert.Contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", ics);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20260511T093000", ics);
    }

    [Fact]
    public void An_all_day_meeting_has_dates_ending_the_day_after_and_no_time_zone()
    {
        var ics = Ics(AMeeting.Convened() with { StartsAt = null, EndsAt = null });

        var e = Event(ics);

        Assert.False(e.Start!.HasTime);
        Assert.Equal((new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 13)), (e.Start.Date, e.End!.Date));
        Assert.Contains("DTSTART;VALUE=DATE:20260511", ics);
        Assert.DoesNotContain("VTIMEZONE", ics);
    }

    [Fact]
    public void A_meeting_ends_at_its_closing_time_in_its_own_zone_or_at_the_midnight_after_whole_days()
    {
        // Tuesday 12 May 2026, 17:00 in Strasbourg (summer time, UTC+2); whole days end at the midnight after, there.
        Assert.Equal(new DateTimeOffset(2026, 5, 12, 15, 0, 0, TimeSpan.Zero), MeetingDates.EndOf(AMeeting.Convened()));
        Assert.Equal(new DateTimeOffset(2026, 5, 12, 22, 0, 0, TimeSpan.Zero), MeetingDates.EndOf(AMeeting.Convened() with { StartsAt = null, EndsAt = null }));
        Assert.Equal(new DateTimeOffset(2026, 5, 12, 16, 0, 0, TimeSpan.Zero), MeetingDates.EndOf(AMeeting.Convened() with { TimeZoneId = "Europe/London" }));
    }

    [Fact]
    public void An_online_meeting_puts_its_link_in_the_location_the_url_and_the_description()
    {
        const string link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc?context=%7b%7d";

        var e = Event(Ics(AMeeting.Convened() with { Place = null, OnlineLink = link }));

        Assert.Equal(link, e.Location);
        Assert.Equal(new Uri(link), e.Url);
        Assert.Contains($"Online: {link}", e.Description);
    }

    [Fact]
    public void The_description_is_in_the_invitees_language_with_French_typography()
    {
        var french = Event(Ics(AMeeting.Convened() with { OnlineLink = "https://example.org/m" }, Elise));
        var english = Event(Ics(AMeeting.Convened(), Jonas));

        Assert.Equal("Réunion plénière du réseau", french.Summary);
        Assert.Equal(
            "Réunion plénière du Réseau des points de contact sur les migrations. Réunion à huis clos.\n"
            + "Lieu\u00a0: Palais de l'Europe, Strasbourg\n"
            + "En ligne\u00a0: https://example.org/m\n"
            + "Veuillez répondre, consulter l’ordre du jour et proposer des points dans FocalBot, sur Microsoft Teams.",
            french.Description);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(french.Description!));
        Assert.StartsWith("Plenary meeting of the Network of Focal Points on Migration. Closed to the public.\nPlace: ", english.Description);
    }

    [Fact]
    public void Each_invitee_gets_a_file_of_their_own_that_names_nobody_else()
    {
        var meeting = AMeeting.Convened();
        var invitees = new[] { Elise, Jonas, Sophie };

        var files = invitees.Select(i => Unfolded(Ics(meeting, i))).ToList();

        for (var i = 0; i < invitees.Length; i++)
        {
            Assert.Contains(invitees[i].Email, files[i]);
            foreach (var other in invitees.Where((_, j) => j != i))
            {
                Assert.DoesNotContain(other.Email, files[i], StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(other.Name, files[i]);
            }
        }
        Assert.Single(files.Select(f => Event(f).Uid).Distinct());
    }

    [Fact]
    public void A_cancellation_is_a_cancel_with_a_higher_sequence_for_the_same_event()
    {
        var meeting = AMeeting.Convened();
        var cancelled = MeetingWorkflow.Cancel(Office, meeting, new DateOnly(2026, 4, 1)).Value!;

        var calendar = Calendar.Load(Ics(cancelled))!;
        var e = Assert.Single(calendar.Events);

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", e.Status);
        Assert.Equal(1, e.Sequence);
        Assert.Equal(Event(Ics(meeting)).Uid, e.Uid);
        Assert.Equal(new Uri("mailto:jonas.weber@bmi.example"), Assert.Single(e.Attendees).Value);
        Assert.StartsWith("This meeting is cancelled.", e.Description);
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", MeetingCalendar.ContentType(cancelled));
    }

    [Fact]
    public void A_move_is_a_request_with_the_new_days_and_a_higher_sequence()
    {
        var meeting = AMeeting.Convened();
        var edited = meeting with { OpeningDay = new(2026, 5, 18), ClosingDay = new(2026, 5, 19) };
        var moved = MeetingWorkflow.Move(Office, meeting, edited, null, new DateOnly(2026, 3, 16), WorkingDays.WeekdaysOnly, MeetingSettings.Default).Value!;

        var calendar = Calendar.Load(Ics(moved))!;
        var e = Assert.Single(calendar.Events);

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(1, e.Sequence);
        Assert.Equal(new DateTime(2026, 5, 18, 9, 30, 0), e.Start!.Value);
        Assert.StartsWith("This invitation replaces the earlier one", e.Description);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", MeetingCalendar.ContentType(moved));
    }

    [Fact]
    public void A_draft_has_no_calendar_file() =>
        Assert.Throws<InvalidOperationException>(() => Ics(AMeeting.Convened() with { Status = MeetingStatus.Draft }));

    [Fact]
    public void Commas_semicolons_backslashes_and_newlines_in_titles_are_escaped_and_read_back()
    {
        const string title = "Return, readmission; and C:\\cases\nsecond line";

        var ics = Ics(AMeeting.Convened() with { Title = BilingualText.Of(title) });

        Assert.Contains(@"SUMMARY:Return\, readmission\; and C:\\cases\nsecond line", Unfolded(ics));
        Assert.Equal(title, Event(ics).Summary);
    }

    [Fact]
    public void Names_with_commas_and_semicolons_are_quoted_in_their_parameter()
    {
        var invitee = Jonas with { Name = "Weber, Jonas; BMI" };

        var ics = MeetingCalendar.For(AMeeting.Convened(), invitee, Organizer with { Name = "Office; SRSG, migration" }, _clock.GetUtcNow());

        Assert.Contains("ATTENDEE;CN=\"Weber, Jonas; BMI\";", Unfolded(ics));
        var e = Event(ics);
        Assert.Equal("Weber, Jonas; BMI", Assert.Single(e.Attendees).CommonName);
        Assert.Equal("Office; SRSG, migration", e.Organizer!.CommonName);
        Assert.Equal(new Uri("mailto:jonas.weber@bmi.example"), e.Attendees[0].Value);
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var title = string.Concat(Enumerable.Repeat("Réunion plénière à Genève — « évaluation » ", 6)).Trim();

        var ics = Ics(AMeeting.Convened() with { Title = BilingualText.Of(title, title) }, Elise);

        Assert.EndsWith("\r\n", ics);
        var lines = ics[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(ics)));
        Assert.Equal(title, Event(ics).Summary);
    }

    [Fact]
    public void A_member_without_an_e_mail_address_gets_no_calendar_file()
    {
        Assert.Null(CalendarInvitee.For(AMember.Jonas() with { Email = null }));
        Assert.Equal(new CalendarInvitee("elise.moreau@interieur.example", "Élise Moreau", Language.Fr), Elise);
        Assert.Equal(Language.En, CalendarInvitee.For(AMember.Jonas(language: null))!.Language);
    }
}
