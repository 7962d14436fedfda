using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Meetings;

/// Meetings for tests: valid by default, drafted on Monday 2 March 2026 for Monday 11 and Tuesday 12 May 2026, whose
/// latest convocation day (30 working days back, weekends only) is Monday 30 March 2026.
static class AMeeting
{
    public static readonly DateOnly Today = new(2026, 3, 2);
    public static readonly DateOnly Opening = new(2026, 5, 11);
    public static readonly DateOnly LatestConvocation = new(2026, 3, 30);
    public const string OfficeId = "office-1";

    public static Meeting Plenary() => new()
    {
        Kind = MeetingKind.Plenary,
        Title = BilingualText.Of("Plenary meeting of the network", "Réunion plénière du réseau"),
        OpeningDay = Opening,
        ClosingDay = Opening.AddDays(1),
        StartsAt = new TimeOnly(9, 30),
        EndsAt = new TimeOnly(17, 0),
        TimeZoneId = "Europe/Paris",
        Place = "Palais de l'Europe, Strasbourg",
        Audience = MeetingAudience.AllFocalPoints,
        AgendaVersions = [AgendaVersion.Draft(Items())],
        CreatedBy = OfficeId,
        CreatedOn = Today,
    };

    public static Meeting Thematic(params string[] memberIds) => Plenary() with
    {
        Kind = MeetingKind.ThematicSession,
        Title = BilingualText.Of("Thematic session on age assessment", "Session thématique sur l'évaluation de l'âge"),
        ClosingDay = Opening,
        StartsAt = new TimeOnly(14, 0),
        EndsAt = new TimeOnly(16, 0),
        Place = null,
        OnlineLink = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
        WithExternals = true,
        Audience = MeetingAudience.Members(memberIds.Length == 0 ? ["m-chosen"] : memberIds),
    };

    /// As convened on the day given (today by default) to these invitees; agenda version 1 issued that day.
    public static Meeting Convened(this Meeting meeting, IEnumerable<Member> invitees, DateOnly? on = null) => meeting with
    {
        Status = MeetingStatus.Convened,
        ConvenedBy = OfficeId,
        ConvenedOn = on ?? Today,
        InviteeIds = invitees.Select(i => i.Id).ToList(),
        AgendaVersions = [meeting.CurrentAgenda with { IssuedOn = on ?? Today }],
    };

    /// Opening on the day given, lasting as long as before.
    public static Meeting OpeningOn(this Meeting meeting, DateOnly opening) => meeting with
    {
        OpeningDay = opening,
        ClosingDay = opening.AddDays(meeting.ClosingDay.DayNumber - meeting.OpeningDay.DayNumber),
    };

    public static Meeting WithAgenda(this Meeting meeting, params AgendaItem[] items) =>
        meeting with { AgendaVersions = [.. meeting.AgendaVersions.SkipLast(1), meeting.CurrentAgenda with { Items = items }] };

    public static IReadOnlyList<AgendaItem> Items() =>
    [
        new("opening", BilingualText.Of("Opening and adoption of the agenda", "Ouverture et adoption de l'ordre du jour")),
        new("children", BilingualText.Of("Unaccompanied children: exchange of views", "Enfants non accompagnés : échange de vues")),
        new("aob", BilingualText.Of("Any other business", "Divers")),
    ];
}
