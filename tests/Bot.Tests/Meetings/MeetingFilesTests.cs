using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

public sealed class MeetingFilesTests
{
    [Fact]
    public void A_meetings_files_share_one_folder_named_by_its_id() =>
        Assert.Equal("Meetings/4f1c2b7e9a3d4c5e8f6a7b8c9d0e1f2a", MeetingFiles.Folder(AParticipantList.Meeting()));

    [Fact]
    public void An_id_the_bot_did_not_make_is_hashed_into_a_safe_folder()
    {
        var folder = MeetingFiles.Folder(AParticipantList.Meeting() with { Id = "../../etc" });

        Assert.Matches("^Meetings/h_[0-9a-f]{20}$", folder);
        Assert.True(ExportNames.IsSafeFolder(folder));
    }

    [Fact]
    public void The_participant_lists_are_the_Word_and_Excel_files_in_one_language()
    {
        var files = MeetingFiles.ParticipantLists(AParticipantList.Meeting(), AParticipantList.Rsvps(), AParticipantList.Everyone(),
            AParticipantList.Externals(), AParticipantList.DrawnUpOn, Language.Fr);

        Assert.Equal(["Participants 2026-05-11 (FR).docx", "Participants 2026-05-11 (FR).xlsx"], files.Select(f => f.Name));
        Assert.All(files, f => ExportNames.PathOf(MeetingFiles.Folder(AParticipantList.Meeting()), f));
        Assert.Equal(AParticipantList.FrenchCount, OpenXmlFiles.Paragraphs(files[0].Content)[^1].Text);
        Assert.Equal(AParticipantList.French[0], OpenXmlFiles.Sheets(files[1].Content)["Participants"][1]);
    }

    [Fact]
    public async Task The_participant_lists_save_and_open_through_a_members_link()
    {
        using var app = new BotApp();
        var exports = app.Service<IExportStore>();
        var meeting = AParticipantList.Meeting();

        var saved = new List<ExportedFile>();
        foreach (var file in MeetingFiles.ParticipantLists(meeting, AParticipantList.Rsvps(), AParticipantList.Everyone(), AParticipantList.Externals(), AParticipantList.DrawnUpOn, Language.En))
            saved.Add(await exports.SaveAsync(MeetingFiles.Folder(meeting), file, default));

        var client = app.CreateClient();
        var docx = await client.GetByteArrayAsync(exports.LinkFor(saved[0], "m-elise").PathAndQuery);
        Assert.Equal("Thematic session on return", OpenXmlFiles.Paragraphs(docx)[0].Text);
        var xlsx = await client.GetByteArrayAsync(exports.LinkFor(saved[1], "m-elise").PathAndQuery);
        Assert.Equal(AParticipantList.English[0], OpenXmlFiles.Sheets(xlsx)["Participants"][1]);
    }
}
