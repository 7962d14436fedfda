using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Meetings;

/// Why a file was not attached to an agenda item; nothing changed.
public enum AgendaFileRefusal
{
    /// Working methods 4.4: the office proposes the agenda, and so its documents.
    NotAllowed,
    Cancelled,
    MeetingOver,
    /// The item is no longer on the current agenda (removed in a revision meanwhile), or never was.
    ItemGone,
    /// The item holds MeetingSettings.MaxDocumentsPerItem documents already.
    ItemFull,
    /// The agenda holds MeetingSettings.MaxAgendaDocuments documents already.
    AgendaFull,
    /// Not a stored file's document, or the agenda it would join has problems to correct first.
    Invalid,
}

/// A file sent to the bot, attached to an item of a meeting's current agenda by the agenda's own rules: a draft's
/// agenda is saved as the draft (MeetingWorkflow.Draft); a convened meeting's becomes a revision (AgendaRevision.Issue),
/// whose new version the invitees are sent with what changed. The same upload attached twice is one document.
public static class AgendaFiles
{
    /// The meeting with the document on the item, or the same meeting (reference) when the upload is on its current
    /// agenda already.
    public static Outcome<Meeting, AgendaFileRefusal> Attach(Member actor, Meeting meeting, string itemId, AgendaDocument document, DateOnly today,
        MeetingSettings settings)
    {
        if (!MeetingWorkflow.IsOffice(actor)) return Refuse(AgendaFileRefusal.NotAllowed);
        if (meeting.Status == MeetingStatus.Cancelled) return Refuse(AgendaFileRefusal.Cancelled);
        if (today > meeting.ClosingDay) return Refuse(AgendaFileRefusal.MeetingOver);
        if (document.File is not { } file || !AgendaDetails.IsDocument(document, settings)) return Refuse(AgendaFileRefusal.Invalid);
        if (ItemHolding(meeting, file.UploadId) is not null) return Outcome<Meeting, AgendaFileRefusal>.Accept(meeting);

        var items = meeting.CurrentAgenda.Items;
        if (items.FirstOrDefault(i => i.Id == itemId) is not { } item) return Refuse(AgendaFileRefusal.ItemGone);
        if (item.Documents.Count >= settings.MaxDocumentsPerItem) return Refuse(AgendaFileRefusal.ItemFull);
        if (items.Sum(i => i.Documents.Count) >= settings.MaxAgendaDocuments) return Refuse(AgendaFileRefusal.AgendaFull);

        IReadOnlyList<AgendaItem> changed = [.. items.Select(i => i.Id == itemId ? i with { Documents = [.. i.Documents, document] } : i)];
        var outcome = meeting.Status == MeetingStatus.Draft
            ? MeetingWorkflow.Draft(actor, meeting, meeting with { AgendaVersions = [AgendaVersion.Draft(changed)] }, today)
            : AgendaRevision.Issue(actor, meeting, changed, today, settings);
        return outcome.Refusal switch
        {
            null => Outcome<Meeting, AgendaFileRefusal>.Accept(outcome.Value!),
            MeetingRefusal.NotAllowed => Refuse(AgendaFileRefusal.NotAllowed),
            MeetingRefusal.Cancelled => Refuse(AgendaFileRefusal.Cancelled),
            MeetingRefusal.MeetingOver => Refuse(AgendaFileRefusal.MeetingOver),
            _ => Refuse(AgendaFileRefusal.Invalid),
        };
    }

    /// The item of the current agenda holding the upload's document, and its number, or null.
    public static (AgendaItem Item, int Number)? ItemHolding(Meeting meeting, string uploadId)
    {
        var items = meeting.CurrentAgenda.Items;
        for (var i = 0; i < items.Count; i++)
            if (items[i].Documents.Any(d => d.File?.UploadId == uploadId)) return (items[i], i + 1);
        return null;
    }

    static Outcome<Meeting, AgendaFileRefusal> Refuse(AgendaFileRefusal refusal) => Outcome<Meeting, AgendaFileRefusal>.Refuse(refusal);
}
