using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Attendee = Ical.Net.DataTypes.Attendee;
using Calendar = Ical.Net.Calendar;

namespace FocalBot.Bot.Meetings;

/// The mailbox invitations come from (ORGANIZER); calendar programs send their replies there.
public sealed record CalendarOrganizer(string Email, string Name);

/// The one person a calendar file is made for, and the language its description is in.
public sealed record CalendarInvitee(string Email, string Name, Language Language)
{
    /// Null for a member without an e-mail address: calendar programs match an invitation to its attendee by address.
    public static CalendarInvitee? For(Member member) =>
        string.IsNullOrWhiteSpace(member.Email) ? null : new(member.Email.Trim(), member.DisplayName, member.PreferredLanguage ?? Language.En);
}

/// The .ics files of a meeting (RFC 5545, scheduled per RFC 5546 iTIP): one calendar per invitee, each with that
/// invitee as its only ATTENDEE. A shared event whose attendee list is rewritten per recipient would hand every
/// invitee the others' addresses, and a client that saw two versions would merge or drop attendees.
public static class MeetingCalendar
{
    /// Names the program that wrote the file (RFC 5545 3.7.3), rather than the library.
    public const string ProductId = "-//Council of Europe//FocalBot//EN";

    /// Stable for the meeting's whole life, so each update or cancellation replaces the event a calendar holds.
    public static string Uid(Meeting meeting) => $"{meeting.Id}@focalbot";

    /// iTIP wants the method in the media type as well as in the file.
    public static string ContentType(Meeting meeting) => $"text/calendar; method={Method(meeting)}; charset=utf-8";

    /// The invitation (METHOD:REQUEST) of a convened meeting at its current SEQUENCE, which a move has raised; or the
    /// cancellation (METHOD:CANCEL, STATUS:CANCELLED) of a cancelled one, at the SEQUENCE the cancellation raised.
    public static string For(Meeting meeting, CalendarInvitee invitee, CalendarOrganizer organizer, DateTimeOffset now)
    {
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var calendar = new Calendar { Method = Method(meeting), ProductId = ProductId };
        var language = invitee.Language;

        var e = new CalendarEvent
        {
            Uid = Uid(meeting),
            Sequence = meeting.Sequence,
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
            Summary = meeting.Title.In(language),
            Description = Description(meeting, language),
            Location = meeting.Place ?? meeting.OnlineLink,
            Url = meeting.OnlineLink is { } link ? new Uri(link) : null,
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = TransparencyType.Opaque,
            Organizer = new Organizer($"mailto:{organizer.Email}") { CommonName = organizer.Name },
        };
        e.Attendees.Add(new Attendee($"mailto:{invitee.Email}")
        {
            CommonName = invitee.Name,
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = EventParticipationStatus.NeedsAction,
            Rsvp = true,
        });

        if (meeting.IsAllDay)
        {
            // All-day events are floating dates; the end date is exclusive (RFC 5545 3.6.1).
            e.Start = new CalDateTime(meeting.OpeningDay);
            e.End = new CalDateTime(meeting.ClosingDay.AddDays(1));
        }
        else
        {
            // A VTIMEZONE with the zone's current rules (Ical.Net 5 builds it from NodaTime's tzdb), so clients
            // that do not know the IANA id still place the times correctly.
            calendar.AddTimeZone(meeting.TimeZoneId);
            e.Start = new CalDateTime(meeting.OpeningDay, meeting.StartsAt, meeting.TimeZoneId);
            e.End = new CalDateTime(meeting.ClosingDay, meeting.EndsAt, meeting.TimeZoneId);
        }
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar)
               ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    static string Method(Meeting meeting) => meeting.Status switch
    {
        MeetingStatus.Convened => CalendarMethods.Request,
        MeetingStatus.Cancelled => CalendarMethods.Cancel,
        // A bug in the caller: a draft was never sent, so there is nothing to put in anyone's calendar.
        _ => throw new InvalidOperationException("A draft meeting has no calendar file."),
    };

    static string Description(Meeting meeting, Language language)
    {
        var lines = new List<string>();
        if (meeting.Status == MeetingStatus.Cancelled) lines.Add(MeetingTexts.Cancelled.In(language));
        else if (meeting.Sequence > 0) lines.Add(MeetingTexts.Updated.In(language));
        var kind = meeting.Kind == MeetingKind.Plenary ? MeetingTexts.PlenaryKind : MeetingTexts.ThematicKind;
        var access = meeting.WithExternals ? MeetingTexts.WithExternals : MeetingTexts.ClosedMeeting;
        lines.Add($"{kind.In(language)} {access.In(language)}");
        if (meeting.Place is { } place) lines.Add(MeetingTexts.Place.Format(language, place));
        if (meeting.OnlineLink is { } link) lines.Add(MeetingTexts.Online.Format(language, link));
        if (meeting.Status != MeetingStatus.Cancelled) lines.Add(MeetingTexts.AnswerInTeams.In(language));
        return string.Join("\n", lines);
    }
}
