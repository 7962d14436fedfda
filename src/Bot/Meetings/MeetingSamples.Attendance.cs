using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// The attendance cards with sample data: the list as the answers pre-fill it, a saved list on its second page with
/// its counts and a problem, the walk-in form, the status card with the counts, and the participants annex's links.
public static partial class MeetingSamples
{
    static readonly DateTimeOffset DuringThePlenary = new(2027, 3, 15, 16, 0, 0, TimeSpan.Zero);

    static IEnumerable<(string Name, JsonObject Card)> AttendanceSamples(Meeting plenary, IReadOnlyList<Rsvp> rsvps, IReadOnlyList<Member> everyone,
        SampleText typed, Language language)
    {
        var office = everyone.Single(m => m.Role == MemberRole.Office);
        var names = everyone.ToDictionary(m => m.Id, m => m.DisplayName);
        var lena = new ExternalParticipant { Id = "x-lena", MeetingId = plenary.Id, Name = typed.Text("Dr Lena **Berg**"), Organisation = typed.Text("UNHCR"), Country = typed.Text("Switzerland") };
        var expected = AttendanceRegister.Opened(plenary, null, AttendanceRegister.Expected(plenary, rsvps, everyone, [lena]));
        yield return ("meetings.attendance", MeetingCards.Attendance(plenary, expected, names, 0, null, [], language));

        var giulia = everyone.Single(m => m.Id == "demo-giulia");
        var settings = MeetingSettings.Default;
        var list = AttendanceRegister.AddWalkIn(office, plenary, expected, new WalkIn("w-giulia") { MemberId = giulia.Id, Gender = Gender.Woman, Consent = true },
            everyone, DuringThePlenary, settings).Value!;
        for (var i = 1; i <= 20; i++)
            list = AttendanceRegister.AddWalkIn(office, plenary, list, new WalkIn($"w-{i}")
            {
                Name = typed.Text($"Guest {i}"), Organisation = typed.Text("Université de Strasbourg"), OrganisationKind = OrganisationKind.Academia,
                StateCode = i % 2 == 0 ? (StateCode)"FR" : null, Country = i % 2 == 0 ? null : typed.Text("Suisse"), Gender = i % 3 == 0 ? Gender.Man : null, Consent = i % 3 == 0,
            }, everyone, DuringThePlenary, settings).Value!;
        var saved = list with { Version = "4" };
        yield return ("meetings.attendance-saved", MeetingCards.Attendance(plenary, saved, names, 1, AttendanceTexts.Saved.Format(language, saved.Present.Count()),
            [AttendanceTexts.Describe(AttendanceRefusal.GenderWithoutConsent, language)], language));
        yield return ("meetings.walkin", MeetingCards.WalkInForm(plenary, "w-new", new WalkIn("w-new") { Name = typed.Text("Dr Jan **Novák**"), Gender = Gender.Man },
            everyone.Where(m => m.Id is "demo-luc" or "demo-ana").ToList(), [AttendanceTexts.Describe(AttendanceRefusal.OrganisationKindMissing, language)], language));
        yield return ("meetings.status-attended", MeetingCards.Status(plenary with { Status = MeetingStatus.Convened }, RsvpSummary.Of(plenary, rsvps), [], [], [],
            [(DeliveryTexts.ChannelFact.In(language), new ChannelPost(ChannelPostState.Posted))], Paris, DuringThePlenary, [], language, AttendanceFigures.Of(saved)));
        foreach (var sample in FiguresSamples(plenary, saved, typed, language)) yield return sample;
        yield return ("meetings.participants-annex", MeetingCards.ParticipantLinks(plenary, saved.Present.Count(), "https://focalbot.example/exports/a?s=1",
            "https://focalbot.example/exports/b?s=2", language, attended: true));
    }
}
