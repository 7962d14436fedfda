using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Files;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// Meetings as a place for the files the office sends (the offer is Files'): the agenda items of the next meetings not
/// over (a draft, or convened), each "<meeting> · item N. <item>". Attaching adds a document naming the stored file
/// to that item of the current agenda by the agenda's rules (AgendaFiles): a draft is saved, a convened meeting's
/// agenda is revised and the new version sent to every invitee, as a revision from the form is.
public sealed partial class MeetingFiles(IMeetingStore meetings, MeetingOutbox outbox, IAuditLog audit, NetworkCalendar calendar,
    IOptions<MeetingOptions> options, ILogger<MeetingFiles> log) : IFileDestinations
{
    public const string ValuePrefix = "meeting";

    /// The meetings offered: the next ones, so the list stays short enough to choose from.
    public const int MeetingsOffered = 5;

    const int MeetingInTitle = 40, ItemInTitle = 60;

    MeetingSettings Settings => options.Value.Settings;

    public string Prefix => ValuePrefix;

    public bool Serves(Member member) => member.Role == MemberRole.Office;

    public Text Nowhere(Member member) => AgendaTexts.NoMeetingForFiles;

    /// The items of the next meetings not over (the soonest MeetingsOffered), the latest of them first.
    public async Task<IReadOnlyList<FileDestination>> ListAsync(Member member, Language language, CancellationToken ct)
    {
        var today = calendar.Today;
        var ahead = (await meetings.ListAsync(ct)).Where(m => m.Status is MeetingStatus.Draft or MeetingStatus.Convened && m.ClosingDay >= today)
            .OrderBy(m => m.OpeningDay).ThenBy(m => m.Id, StringComparer.Ordinal).Take(MeetingsOffered).Reverse();
        return [.. ahead.SelectMany(m => m.CurrentAgenda.Items.Select((item, i) => new FileDestination(
            AgendaTexts.FilePlace.Format(language, Clip(m.Title.In(language), MeetingInTitle), i + 1, Clip(item.Title.In(language), ItemInTitle)),
            $"{ValuePrefix}:{m.Id}:{item.Id}")))];
    }

    /// One meeting's files beside its other files ("Meetings/{id}/Documents"); several meetings' wait in Uploads.
    public string? Folder(IReadOnlyList<FileDestination> places) =>
        places.Select(p => Parse(p.Value[(ValuePrefix.Length + 1)..])?.MeetingId).Distinct().ToList() is [{ } id]
            ? $"Meetings/{MeetingFileStore.Key(id)}/Documents" : null;

    public async Task<InvokeResponse> AttachAsync(TurnContext turn, Member office, StoredUpload upload, string key, CancellationToken ct)
    {
        var language = turn.Language;
        if (Parse(key) is not var (meetingId, itemId) || await meetings.GetAsync(meetingId, ct) is not { } meeting)
            return InvokeResponse.Message(MeetingTexts.NotFound.In(language));
        var file = new AgendaFile(upload.Id, upload.FileId, upload.Name, upload.ContentType, upload.Length) { FileUrl = upload.FileUrl };
        var document = AgendaDocument.Stored(TitleOf(upload.Name, Settings), file);

        // A colleague's change may land between the read and the write: read again and redo.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var outcome = AgendaFiles.Attach(office, meeting, itemId, document, calendar.Today, Settings);
            if (outcome.Refusal is { } refused) return InvokeResponse.Message(AgendaTexts.Describe(refused, Settings, language));
            if (ReferenceEquals(outcome.Value, meeting)) return Attached(meeting, upload, null, language);
            var changed = outcome.Value!;
            if (await meetings.SaveAsync(changed, ct) is SaveResult.Saved)
            {
                string? notice = null;
                if (changed.Status == MeetingStatus.Convened)
                {
                    // As a revision from the form: the channel's post and each invitee's copy, queued once.
                    var line = await outbox.RevisedAgendaAsync(changed, language, ct);
                    await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.agenda.revised", changed.Id, ct);
                    notice = $"{AgendaTexts.FileRevisionSent.Format(language, changed.CurrentAgenda.Number)} {line}".TrimEnd();
                }
                await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.document.added", changed.Id, ct);
                LogAttached(log, upload.Id, changed.Id, changed.CurrentAgenda.Number);
                return Attached(changed, upload, notice, language);
            }
            meeting = await meetings.GetAsync(meetingId, ct) ?? throw new InvalidOperationException("The meeting disappeared while a file was attached.");
        }
        throw new InvalidOperationException("The meeting kept changing while a file was attached.");
    }

    InvokeResponse Attached(Meeting meeting, StoredUpload upload, string? notice, Language language)
    {
        var number = AgendaFiles.ItemHolding(meeting, upload.Id)?.Number ?? 0;
        var where = AgendaTexts.AttachedToItem.Format(language, number, Card.Plain(meeting.Title.In(language)));
        var open = Card.Execute(AgendaTexts.OpenMeeting.In(language), MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false);
        return InvokeResponse.Card(FileCards.Attached(upload.Name, where, open, language, notice));
    }

    /// The meeting's and the item's ids a place's key names ("meetingId:itemId"), or null.
    static (string MeetingId, string ItemId)? Parse(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon > 0 && colon < key.Length - 1 ? (key[..colon], key[(colon + 1)..]) : null;
    }

    /// The file's name without its extension, as the document's first title (the office may edit it in the item form).
    internal static string TitleOf(string name, MeetingSettings settings)
    {
        var stem = Path.GetFileNameWithoutExtension(name).Trim();
        var title = stem.Length > 0 ? stem : name;
        return title.Length <= settings.DocumentTitleMaxLength ? title : title[..settings.DocumentTitleMaxLength].TrimEnd();
    }

    static string Clip(string text, int length)
    {
        var line = string.Join(' ', text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= length) return line;
        var cut = char.IsHighSurrogate(line[length - 2]) ? length - 2 : length - 1;   // never half an emoji
        return line[..cut].TrimEnd() + "…";
    }

    [LoggerMessage(LogLevel.Information, "Upload {UploadId} attached to meeting {MeetingId}, agenda version {Version}")]
    static partial void LogAttached(ILogger logger, string uploadId, string meetingId, int version);
}
