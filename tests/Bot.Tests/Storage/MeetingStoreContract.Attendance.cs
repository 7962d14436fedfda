using FocalBot.Bot.Storage;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// The attendance a meeting store keeps: one list per meeting, exactly as given, with versioned saves.
public abstract partial class MeetingStoreContract
{
    internal static Attendance AnAttendance(string meetingId = "mt-1") => new()
    {
        MeetingId = meetingId,
        People =
        [
            new Attendee
            {
                Id = Attendee.MemberKey("m-elise"), Kind = AttendeeKind.Member, MemberId = "m-elise", Name = "Élise « Moreau »", Title = "Cheffe de bureau\n<b>adjointe</b>",
                Organisation = "Ministère de l’Intérieur", OrganisationKind = OrganisationKind.NationalAuthority, StateCode = "FR", Announced = RsvpChoice.Online,
                Present = true, Gender = Gender.Woman, GenderConsent = true,
            },
            new Attendee
            {
                Id = Attendee.SubstituteKey("m-jonas"), Kind = AttendeeKind.Substitute, MemberId = "m-jonas", Name = "Zoë O’Brien-Łukasiewicz",
                Organisation = "BAMF", OrganisationKind = OrganisationKind.NationalAuthority, StateCode = "DE", Announced = RsvpChoice.Substitute, Present = false,
            },
            new Attendee { Id = Attendee.ExternalKey("ex-1"), Kind = AttendeeKind.External, Name = "Ağa Ümit Çelik", Organisation = "UNHCR", Country = "Türkiye", Present = true },
            new Attendee
            {
                Id = Attendee.WalkInKey("w-1"), Kind = AttendeeKind.WalkIn, Name = "Dr **Berg** <i>guest</i>", Organisation = "Université de Strasbourg",
                OrganisationKind = OrganisationKind.Academia, Country = "Suisse\nGenève", Present = true, Gender = Gender.Other, GenderConsent = true,
            },
        ],
        RecordedBy = "m-sophie",
        RecordedAt = new DateTimeOffset(2027, 3, 15, 17, 5, 42, 123, TimeSpan.FromHours(1)),
    };

    [Fact]
    public async Task An_attendance_comes_back_exactly_as_saved()
    {
        var attendance = AnAttendance();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAttendanceAsync(attendance, default));

        var read = (await Store.GetAttendanceAsync("mt-1", default))!;
        Assert.Equal(attendance with { Version = saved.Version }, read);
        Assert.Equivalent(attendance with { Version = saved.Version }, read, strict: true);
        Assert.Null(await Store.GetAttendanceAsync("mt-other", default));
    }

    [Fact]
    public async Task The_largest_attendance_fits()
    {
        var settings = MeetingSettings.Default;
        var person = AnAttendance().People[0] with
        {
            Name = Text('n', MemberDetails.MaxName), Title = Text('t', MemberDetails.MaxTitle), Organisation = Text('o', MemberDetails.MaxOrganisation),
            Country = Text('c', PersonDetails.MaxCountry),
        };
        var largest = AnAttendance() with
        {
            People = [.. Enumerable.Range(1, settings.MaxAttendees).Select(i => person with { Id = Attendee.WalkInKey(Id(i)), MemberId = Id(i) })],
        };
        Assert.InRange(MeetingJson.Write(largest).Length, 200_000, 250_000);

        Assert.IsType<SaveResult.Saved>(await Store.SaveAttendanceAsync(largest, default));

        Assert.Equal(largest.People, (await Store.GetAttendanceAsync("mt-1", default))!.People);
    }

    [Fact]
    public async Task A_second_first_attendance_is_a_conflict_and_keeps_the_first()
    {
        await Store.SaveAttendanceAsync(AnAttendance(), default);

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAttendanceAsync(AnAttendance() with { RecordedBy = "m-other" }, default));

        Assert.Equal("m-sophie", (await Store.GetAttendanceAsync("mt-1", default))!.RecordedBy);
    }

    [Fact]
    public async Task A_stale_attendance_save_loses_and_changes_nothing()
    {
        await Store.SaveAttendanceAsync(AnAttendance(), default);
        var read = (await Store.GetAttendanceAsync("mt-1", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveAttendanceAsync(read with { RecordedBy = "m-first" }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAttendanceAsync(read with { RecordedBy = "m-second" }, default));

        Assert.Equal("m-first", (await Store.GetAttendanceAsync("mt-1", default))!.RecordedBy);
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAttendanceAsync(AnAttendance("mt-never") with { Version = read.Version }, default));
        Assert.Null(await Store.GetAttendanceAsync("mt-never", default));
    }

    [Fact]
    public async Task Attendance_is_one_list_per_meeting()
    {
        await Store.SaveAttendanceAsync(AnAttendance("mt-a"), default);
        await Store.SaveAttendanceAsync(AnAttendance("mt-b") with { People = [] }, default);

        Assert.Equal(4, (await Store.GetAttendanceAsync("mt-a", default))!.People.Count);
        Assert.Empty((await Store.GetAttendanceAsync("mt-b", default))!.People);
    }
}
