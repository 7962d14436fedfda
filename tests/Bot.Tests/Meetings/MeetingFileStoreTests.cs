using System.Text;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Exports;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace FocalBot.Bot.Tests.Meetings;

public sealed class MeetingFileStoreTests
{
    static readonly CalendarOrganizer Organizer = new("focalbot@coe.example", "Network of Focal Points on Migration");
    static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 15, 0, TimeSpan.Zero);
    static readonly Member Office = AMember.Sophie();

    static ExportFile Invitation(Meeting meeting, Member invitee, Language language = Language.En) =>
        MeetingFileStore.Invitation(meeting, invitee, Organizer, Now, language) ?? throw new InvalidOperationException("No file");

    static Calendar Read(ExportFile file) => Calendar.Load(Encoding.UTF8.GetString(file.Content))!;

    static CalendarEvent Event(ExportFile file) => Assert.Single(Read(file).Events);

    [Fact]
    public void A_meetings_files_share_one_folder_named_by_its_id() =>
        Assert.Equal("Meetings/4f1c2b7e9a3d4c5e8f6a7b8c9d0e1f2a", MeetingFileStore.Folder(AParticipantList.Meeting()));

    [Fact]
    public void An_id_the_bot_did_not_make_is_hashed_into_a_safe_folder()
    {
        var folder = MeetingFileStore.Folder(AParticipantList.Meeting() with { Id = "../../etc" });

        Assert.Matches("^Meetings/h_[0-9a-f]{20}$", folder);
        Assert.True(ExportNames.IsSafeFolder(folder));
    }

    [Fact]
    public void The_participant_lists_are_the_Word_and_Excel_files_in_one_language()
    {
        var files = MeetingFileStore.ParticipantLists(AParticipantList.Meeting(), AParticipantList.Rsvps(), AParticipantList.Everyone(),
            AParticipantList.Externals(), AParticipantList.DrawnUpOn, Language.Fr);

        Assert.Equal(["Participants 2026-05-11 (FR).docx", "Participants 2026-05-11 (FR).xlsx"], files.Select(f => f.Name));
        Assert.All(files, f => ExportNames.PathOf(MeetingFileStore.Folder(AParticipantList.Meeting()), f));
        Assert.Equal(AParticipantList.FrenchCount, OpenXmlFiles.Paragraphs(files[0].Content)[^1].Text);
        Assert.Equal(AParticipantList.French[0], OpenXmlFiles.Sheets(files[1].Content)["Participants"][1]);
    }

    [Fact]
    public void An_invitation_is_an_ics_with_the_invitee_as_its_only_attendee_that_reads_back()
    {
        var meeting = AMeeting.Convened();

        var file = Invitation(meeting, AMember.Jonas());

        Assert.EndsWith(".ics", file.Name);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", file.ContentType);
        var folder = MeetingFileStore.InvitationFolder(meeting, AMember.Jonas().Id);
        Assert.Equal($"{folder}/{file.Name}", ExportNames.PathOf(folder, file));
        Assert.False(file.Content.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var calendar = Read(file);
        Assert.Equal("REQUEST", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal(MeetingCalendar.Uid(meeting), e.Uid);
        var attendee = Assert.Single(e.Attendees);
        Assert.Equal(new Uri("mailto:jonas.weber@bmi.example"), attendee.Value);
        Assert.Equal("Jonas Weber", attendee.CommonName);
    }

    [Fact]
    public void The_file_is_named_after_the_meeting_and_its_days_in_the_invitees_language()
    {
        var meeting = AMeeting.Convened();

        Assert.Equal("Plenary meeting of the network (11-12 May 2026).ics", Invitation(meeting, AMember.Jonas()).Name);
        Assert.Equal("Réunion plénière du réseau (11-12 mai 2026).ics", Invitation(meeting, AMember.Elise(), Language.Fr).Name);
    }

    [Theory]
    [InlineData(2026, 5, 11, 2026, 5, 11, "Plenary meeting of the network (11 May 2026).ics", "Réunion plénière du réseau (11 mai 2026).ics")]
    [InlineData(2026, 6, 30, 2026, 7, 1, "Plenary meeting of the network (30 June-1 July 2026).ics", "Réunion plénière du réseau (30 juin-1er juillet 2026).ics")]
    [InlineData(2026, 12, 31, 2027, 1, 2, "Plenary meeting of the network (31 December 2026-2 January 2027).ics", "Réunion plénière du réseau (31 décembre 2026-2 janvier 2027).ics")]
    public void The_days_read_as_a_range_across_months_and_years(int y1, int m1, int d1, int y2, int m2, int d2, string english, string french)
    {
        var meeting = AMeeting.Convened() with { OpeningDay = new(y1, m1, d1), ClosingDay = new(y2, m2, d2) };

        Assert.Equal([english, french], new[] { Language.En, Language.Fr }.Select(l => MeetingFileStore.InvitationName(meeting, l)));
    }

    [Theory]
    [InlineData("Plenary: 2026/1 «return» \\ policy?", "Plenary 2026 1 return policy (11-12 May 2026).ics")]
    [InlineData("...", "Plenary meeting (11-12 May 2026).ics")]
    [InlineData("(Draft) plenary.", "Draft plenary (11-12 May 2026).ics")]
    public void A_title_is_cleaned_to_a_safe_name_and_an_unusable_one_gives_the_kind(string title, string expected)
    {
        var name = MeetingFileStore.InvitationName(AMeeting.Convened() with { Title = BilingualText.Of(title, title) }, Language.En);

        Assert.Equal(expected, name);
        Assert.True(ExportNames.IsSafeName(name), name);
    }

    [Fact]
    public void A_long_title_is_shortened_so_the_name_keeps_its_days_and_stays_safe()
    {
        var meeting = AMeeting.Convened() with { Title = BilingualText.Of(string.Concat(Enumerable.Repeat("Migration policy ", 12)), "x") };

        var name = MeetingFileStore.InvitationName(meeting, Language.En);

        Assert.EndsWith(" (11-12 May 2026).ics", name);
        Assert.InRange(name.Length, 90, ExportNames.MaxSegmentLength);
        Assert.True(ExportNames.IsSafeName(name), name);
    }

    [Fact]
    public void Each_invitee_has_a_file_of_their_own_in_a_folder_named_by_ids_only()
    {
        var meeting = AMeeting.Convened();
        var invitees = new[] { AMember.Elise(), AMember.Jonas(), AMember.Sophie(), AMember.Ana() };

        var folders = invitees.Select(i => MeetingFileStore.InvitationFolder(meeting, i.Id)).ToList();
        var files = invitees.Select(i => Invitation(meeting, i)).ToList();

        Assert.Equal(invitees.Length, folders.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("Meetings/4f1c2b7e9a3d4c5e8f6a7b8c9d0e1f2a/m-elise", folders[0]);
        for (var i = 0; i < invitees.Length; i++)
        {
            Assert.Equal(new Uri($"mailto:{invitees[i].Email}"), Assert.Single(Event(files[i]).Attendees).Value);
            Assert.DoesNotContain(invitees[i].Email!, folders[i] + "/" + files[i].Name, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(invitees[i].DisplayName, folders[i] + "/" + files[i].Name);
        }
    }

    [Fact]
    public void The_description_is_in_the_language_asked_for_not_only_the_members_preference()
    {
        var file = Invitation(AMeeting.Convened(), AMember.Jonas(language: null), Language.Fr);

        Assert.Equal("Réunion plénière du réseau", Event(file).Summary);
        Assert.StartsWith("Réunion plénière du Réseau", Event(file).Description);
    }

    [Fact]
    public void A_move_names_the_new_days_and_a_cancellation_keeps_the_name_with_a_higher_sequence()
    {
        var meeting = AMeeting.Convened();
        var moved = MeetingWorkflow.Move(Office, meeting, meeting with { OpeningDay = new(2026, 5, 18), ClosingDay = new(2026, 5, 19) },
            null, new DateOnly(2026, 3, 16), WorkingDays.WeekdaysOnly, MeetingSettings.Default).Value!;
        var cancelled = MeetingWorkflow.Cancel(Office, moved, new DateOnly(2026, 4, 1)).Value!;

        var files = new[] { meeting, moved, cancelled }.Select(m => Invitation(m, AMember.Elise())).ToList();

        Assert.Equal(["Plenary meeting of the network (11-12 May 2026).ics", "Plenary meeting of the network (18-19 May 2026).ics",
            "Plenary meeting of the network (18-19 May 2026).ics"], files.Select(f => f.Name));
        Assert.Equal([0, 1, 2], files.Select(f => Event(f).Sequence));
        Assert.Equal(["REQUEST", "REQUEST", "CANCEL"], files.Select(f => Read(f).Method));
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", files[2].ContentType);
    }

    [Fact]
    public void A_member_without_an_e_mail_address_gets_no_file() =>
        Assert.Null(MeetingFileStore.Invitation(AMeeting.Convened(), AMember.Jonas() with { Email = " " }, Organizer, Now, Language.En));

    [Fact]
    public void A_draft_has_no_invitation() =>
        Assert.Throws<InvalidOperationException>(() => Invitation(AMeeting.Convened() with { Status = MeetingStatus.Draft }, AMember.Elise()));

    [Theory]
    [InlineData("m-elise")]
    [InlineData("m-4f1c2b7e9a3d4c5e8f6a7b8c9d0e1f2a")]
    [InlineData("4f1c2b7e9a3d4c5e8f6a7b8c9d0e1f2a")]
    public void Ids_the_bot_makes_are_used_as_they_are(string id) => Assert.Equal(id, MeetingFileStore.Key(id));

    [Fact]
    public void Any_other_id_is_hashed_into_a_safe_folder_that_no_other_id_shares()
    {
        string[] ids = ["M-Elise", "m-elise", "a/b", "a_b", "../etc", "Élise", "x y", new string('a', 41), new string('a', 40), "h_0123456789abcdef0123"];

        var folders = ids.Select(id => MeetingFileStore.InvitationFolder(AMeeting.Convened(), id)).ToList();

        Assert.Equal(ids.Length, folders.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(folders, f => Assert.True(ExportNames.IsSafeFolder(f), f));
        Assert.Matches("^h_[0-9a-f]{20}$", MeetingFileStore.Key("M-Elise"));
    }

    [Fact]
    public void The_longest_plain_ids_still_make_a_safe_folder() =>
        Assert.True(ExportNames.IsSafeFolder(MeetingFileStore.InvitationFolder(AMeeting.Convened() with { Id = new string('b', 40) }, new string('a', 40))));

    [Fact]
    public async Task A_cancellation_replaces_the_saved_file_and_the_invitees_link_gives_it_as_utf_8()
    {
        using var app = new BotApp();
        var exports = app.Service<IExportStore>();
        var meeting = AMeeting.Convened();
        var cancelled = MeetingWorkflow.Cancel(Office, meeting, new DateOnly(2026, 4, 1)).Value!;
        string Folder(Member m) => MeetingFileStore.InvitationFolder(meeting, m.Id);

        var first = await exports.SaveAsync(Folder(AMember.Elise()), Invitation(meeting, AMember.Elise(), Language.Fr), default);
        var elise = exports.LinkFor(first, AMember.Elise()).Url;
        var again = await exports.SaveAsync(Folder(AMember.Elise()), Invitation(cancelled, AMember.Elise(), Language.Fr), default);
        var jonas = await exports.SaveAsync(Folder(AMember.Jonas()), Invitation(cancelled, AMember.Jonas(), Language.Fr), default);

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, jonas.Id);
        Assert.Equal(first.Name, jonas.Name);
        using var response = await app.CreateClient().GetAsync(elise.PathAndQuery);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Réunion plénière du réseau (11-12 mai 2026).ics", response.Content.Headers.ContentDisposition!.FileNameStar);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Réunion plénière du réseau", text);
        var e = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal(1, e.Sequence);
        Assert.Equal("CANCEL", Calendar.Load(text)!.Method);
        Assert.Equal(new Uri("mailto:elise.moreau@interieur.example"), Assert.Single(e.Attendees).Value);
    }

    [Fact]
    public async Task The_participant_lists_save_and_open_through_a_members_link()
    {
        using var app = new BotApp();
        var exports = app.Service<IExportStore>();
        var meeting = AParticipantList.Meeting();

        var saved = new List<ExportedFile>();
        foreach (var file in MeetingFileStore.ParticipantLists(meeting, AParticipantList.Rsvps(), AParticipantList.Everyone(), AParticipantList.Externals(), AParticipantList.DrawnUpOn, Language.En))
            saved.Add(await exports.SaveAsync(MeetingFileStore.Folder(meeting), file, default));

        var client = app.CreateClient();
        var docx = await client.GetByteArrayAsync(exports.LinkFor(saved[0], AMember.Elise()).Url.PathAndQuery);
        Assert.Equal("Thematic session on return", OpenXmlFiles.Paragraphs(docx)[0].Text);
        var xlsx = await client.GetByteArrayAsync(exports.LinkFor(saved[1], AMember.Elise()).Url.PathAndQuery);
        Assert.Equal(AParticipantList.English[0], OpenXmlFiles.Sheets(xlsx)["Participants"][1]);
    }
}
