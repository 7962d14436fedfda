using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Tests.Meetings;

/// Meetings for the bot's tests: a plenary convened on Monday 2 March 2026 for Monday 11 and Tuesday 12 May 2026,
/// 9:30 to 17:00 in Strasbourg.
static class AMeeting
{
    public static Meeting Convened() => new()
    {
        Id = "4f1c2b7e9a3d4c5e8f6a7b8c9d0e1f2a",
        Kind = MeetingKind.Plenary,
        Title = BilingualText.Of("Plenary meeting of the network", "Réunion plénière du réseau"),
        OpeningDay = new DateOnly(2026, 5, 11),
        ClosingDay = new DateOnly(2026, 5, 12),
        StartsAt = new TimeOnly(9, 30),
        EndsAt = new TimeOnly(17, 0),
        TimeZoneId = "Europe/Paris",
        Place = "Palais de l'Europe, Strasbourg",
        Audience = MeetingAudience.AllFocalPoints,
        AgendaVersions = [AgendaVersion.Draft([AgendaItem.New("Opening", "Ouverture")]) with { IssuedOn = new DateOnly(2026, 3, 2) }],
        Status = MeetingStatus.Convened,
        ConvenedOn = new DateOnly(2026, 3, 2),
        InviteeIds = ["m-elise", "m-jonas", "m-sophie"],
    };
}
