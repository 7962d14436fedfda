using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Meetings;

/// A file sent to the bot joins an agenda item by the agenda's rules: a draft stays a draft, a convened meeting's
/// agenda is revised; the same upload is one document; only the office, only a meeting not over or cancelled, only
/// an item on the current agenda with room for it.
public sealed class AgendaFilesTests
{
    static readonly Member Office = AMember.Office();
    static readonly MeetingSettings Settings = MeetingSettings.Default;
    static readonly DateOnly Day = AMeeting.Today.AddDays(14);

    static AgendaDocument File(string upload = "u1") => AgendaDocument.Stored("Programme", new AgendaFile(upload, "file-" + upload, "Programme.pdf", "application/pdf", 2048));

    static Outcome<Meeting, AgendaFileRefusal> Attach(Meeting meeting, string itemId = "children", AgendaDocument? document = null, Member? actor = null,
        DateOnly? today = null) =>
        AgendaFiles.Attach(actor ?? Office, meeting, itemId, document ?? File(), today ?? Day, Settings);

    [Fact]
    public void A_drafts_item_takes_the_file_and_the_draft_stays_a_draft_of_one_version()
    {
        var draft = AMeeting.Plenary();

        var attached = Attach(draft).Value!;

        Assert.Equal(MeetingStatus.Draft, attached.Status);
        Assert.Equal(1, attached.CurrentAgenda.Number);
        Assert.Equal([File()], attached.CurrentAgenda.Items[1].Documents);
        Assert.Equal((attached.CurrentAgenda.Items[1], 2), AgendaFiles.ItemHolding(attached, "u1"));
    }

    [Fact]
    public void A_convened_meetings_item_takes_the_file_in_a_revision_that_says_so()
    {
        var convened = AMeeting.Plenary().Convened([AMember.FocalPoint()]);

        var revised = Attach(convened).Value!;

        Assert.Equal([1, 2], revised.AgendaVersions.Select(v => v.Number));
        Assert.Equal(Day, revised.CurrentAgenda.IssuedOn);
        Assert.Equal([new AgendaChange(AgendaChangeKind.DocumentsChanged, "children", 2, 2)], revised.CurrentAgenda.Changes);
    }

    [Fact]
    public void The_same_upload_again_changes_nothing()
    {
        var once = Attach(AMeeting.Plenary().Convened([AMember.FocalPoint()])).Value!;

        var twice = Attach(once, itemId: "aob");

        Assert.Same(once, twice.Value);
    }

    [Fact]
    public void Each_refusal_changes_nothing()
    {
        var draft = AMeeting.Plenary();
        var full = draft.WithAgenda([.. AMeeting.Items().Select(i => i.Id != "children" ? i
            : i with { Documents = [.. Enumerable.Range(1, Settings.MaxDocumentsPerItem).Select(n => File($"u-{n}"))] })]);

        Assert.Equal(AgendaFileRefusal.NotAllowed, Attach(draft, actor: AMember.FocalPoint()).Refusal);
        Assert.Equal(AgendaFileRefusal.Cancelled, Attach(draft with { Status = MeetingStatus.Cancelled }).Refusal);
        Assert.Equal(AgendaFileRefusal.MeetingOver, Attach(draft, today: draft.ClosingDay.AddDays(1)).Refusal);
        Assert.Equal(AgendaFileRefusal.ItemGone, Attach(draft, itemId: "removed").Refusal);
        Assert.Equal(AgendaFileRefusal.ItemFull, Attach(full).Refusal);
        Assert.Equal(AgendaFileRefusal.Invalid, Attach(draft, document: AgendaDocument.Link("Note", "https://coe.example/n.pdf")).Refusal);
    }

    [Fact]
    public void A_document_is_a_link_or_a_stored_file_never_both_nor_neither()
    {
        var item = new AgendaItem("a", BilingualText.Of("Item")) { Documents = [File()] };
        var both = item with { Documents = [File() with { Url = "https://coe.example/x.pdf" }] };
        var unresolved = item with { Documents = [AgendaDocument.Stored("Programme", new AgendaFile("u1", "", "", "", 0))] };

        Assert.Empty(AgendaDetails.ItemProblems(item, 1, AMeeting.Plenary(), Settings));
        Assert.Contains(AgendaDetails.ItemProblems(both, 1, AMeeting.Plenary(), Settings), i => i.Problem == MeetingProblem.AgendaItemDocumentInvalid);
        Assert.Contains(AgendaDetails.ItemProblems(unresolved, 1, AMeeting.Plenary(), Settings), i => i.Problem == MeetingProblem.AgendaItemDocumentInvalid);
        Assert.Equal(item.Documents, AgendaDetails.Normalized(item).Documents);
    }
}
