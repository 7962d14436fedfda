using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

// The campaigns of a meeting that go to each member's personal chat, each a delivery row per recipient, so each goes
// once across restarts. Messages are written when the sender reaches each row: a meeting cancelled meanwhile sends no
// convocation or reminder (the row is closed, not sent). The channel's campaigns are in MeetingChannelCampaigns.

/// What the meeting campaigns' keys and messages share.
static class MeetingKey
{
    /// The first segment after the prefix: the meeting's (or the suggestion's) id.
    public static string? Id(string key, string prefix) => CampaignKey.Segments(key, prefix) is [var id, ..] && id.Length > 0 ? id : null;

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public static Language In(Member m) => m.PreferredLanguage ?? Language.En;
}

/// The convocation with the draft agenda, .ics and RSVP card, to each invitee: "meeting-convocation/{meeting id}".
public sealed class ConvocationCampaign(IMeetingStore store, MeetingFileStore files, AgendaFileLinks links, NetworkCalendar calendar, IOptions<MeetingOptions> options)
    : ICampaign<string>
{
    public static string Prefix => "meeting-convocation/";

    public static string Key(string meetingId) => Prefix + meetingId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string meetingId) => (meetingId = MeetingKey.Id(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string meetingId, Member member, CancellationToken ct)
    {
        if (await store.GetAsync(meetingId, ct) is not { Status: MeetingStatus.Convened } meeting) return null;
        var settings = options.Value.Settings;
        var link = await files.InvitationLinkAsync(meeting, member, ct);
        var card = MeetingCards.Convocation(meeting, await store.GetRsvpAsync(meeting.Id, member.Id, ct), Rsvps.CutOff(meeting, calendar.Days, settings),
            AgendaSuggestions.Deadline(meeting, calendar.Days, settings), link, null, [], MeetingKey.In(member), calendar.Today, links.For(meeting, member));
        return ProactiveMessage.Card(card);
    }

    /// The invitees no chat reaches are @mentioned in the convocation's thread (MeetingMentionCampaign) only for a
    /// meeting posted in the channel, the whole network's; the invitees of a meeting for some members go on to the
    /// e-mail notice.
    public async Task<bool> MentionsInChannelAsync(string meetingId, CancellationToken ct) =>
        await store.GetAsync(meetingId, ct) is { IsForWholeNetwork: true };

    public MailNoticeKind? MailNotice => MailNoticeKind.Convocation;
}

/// A revised agenda, to each invitee: "meeting-agenda/{meeting id}/{version}"; version 1 went with the convocation.
public sealed class RevisedAgendaCampaign(IMeetingStore store, AgendaFileLinks links) : ICampaign<RevisedAgendaCampaign.Subject>
{
    public sealed record Subject(string MeetingId, int Version);

    public static string Prefix => "meeting-agenda/";

    public static string Key(Subject s) => MeetingKey.Invariant($"{Prefix}{s.MeetingId}/{s.Version}");

    public static string Key(string meetingId, int version) => Key(new Subject(meetingId, version));

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = CampaignKey.Segments(key, Prefix) is [{ Length: > 0 } id, var version]
            && int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? new Subject(id, v) : null;
        return subject is not null;
    }

    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct) =>
        await store.GetAsync(s.MeetingId, ct) is { Status: MeetingStatus.Convened } meeting
            ? ProactiveMessage.Card(MeetingCards.Revised(meeting, MeetingKey.In(member), files: links.For(meeting, member))) : null;
}

/// The office's decision on a suggested agenda item, to its proposer: "meeting-suggestion/{suggestion id}".
public sealed class SuggestionDecisionCampaign(IMeetingStore store) : ICampaign<string>
{
    public static string Prefix => "meeting-suggestion/";

    public static string Key(string suggestionId) => Prefix + suggestionId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string suggestionId) => (suggestionId = MeetingKey.Id(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string suggestionId, Member member, CancellationToken ct)
    {
        if (await store.GetSuggestionAsync(suggestionId, ct) is not { Status: not SuggestionStatus.Pending } suggestion) return null;
        return await store.GetAsync(suggestion.MeetingId, ct) is { } meeting ? ProactiveMessage.Card(MeetingCards.Decision(meeting, suggestion, MeetingKey.In(member))) : null;
    }
}

/// A cancellation or move (MeetingNotices), to every active invitee: "meeting-notice/{meeting id}/{sequence}"; the
/// sequence names the change, so a second move is a new notice.
public sealed class MeetingNoticeCampaign(IMeetingStore store, MeetingFileStore files, AgendaFileLinks links, NetworkCalendar calendar, IOptions<MeetingOptions> options)
    : ICampaign<MeetingNoticeCampaign.Subject>
{
    public sealed record Subject(string MeetingId, int Sequence);

    public static string Prefix => "meeting-notice/";

    public static string Key(Subject s) => MeetingKey.Invariant($"{Prefix}{s.MeetingId}/{s.Sequence}");

    public static string Key(MeetingNotice notice) => Key(new Subject(notice.MeetingId, notice.Sequence));

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = CampaignKey.Segments(key, Prefix) is [{ Length: > 0 } id, var sequence]
            && int.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? new Subject(id, n) : null;
        return subject is not null;
    }

    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct)
    {
        if (await store.GetAsync(s.MeetingId, ct) is not { } meeting) return null;
        var link = await files.InvitationLinkAsync(meeting, member, ct);
        var language = MeetingKey.In(member);
        return ProactiveMessage.Card(meeting.Status == MeetingStatus.Cancelled
            ? MeetingCards.Cancelled(meeting, link, language)
            : MeetingCards.Convocation(meeting, await store.GetRsvpAsync(meeting.Id, member.Id, ct), Rsvps.CutOff(meeting, calendar.Days, options.Value.Settings),
                AgendaSuggestions.Deadline(meeting, calendar.Days, options.Value.Settings), link, MeetingTexts.Updated.In(language), [], language, calendar.Today,
                links.For(meeting, member)));
    }

    public MailNoticeKind? MailNotice => MailNoticeKind.MeetingNotice;
}

/// A reminder of the ladder (ReminderPlan): "meeting-reminder/{meeting id}/no-answer", ".../practical/2026-05-11" or
/// ".../last/2026-05-11". Those before the meeting name its opening day: after a move they are due again for the new day.
public sealed class MeetingReminderCampaign(IMeetingStore store) : ICampaign<MeetingReminderCampaign.Subject>
{
    /// Day is null for the no-answer reminder, which names none.
    public sealed record Subject(string MeetingId, MeetingReminderKind Kind, DateOnly? Day);

    public static string Prefix => "meeting-reminder/";

    const string NoAnswer = "no-answer", Practical = "practical", Last = "last";

    public static string Key(Subject s) => s.Kind switch
    {
        MeetingReminderKind.NoAnswer => $"{Prefix}{s.MeetingId}/{NoAnswer}",
        MeetingReminderKind.PracticalDetails => MeetingKey.Invariant($"{Prefix}{s.MeetingId}/{Practical}/{s.Day:yyyy-MM-dd}"),
        _ => MeetingKey.Invariant($"{Prefix}{s.MeetingId}/{Last}/{s.Day:yyyy-MM-dd}"),
    };

    public static string Key(MeetingReminder reminder) => Key(new Subject(reminder.MeetingId, reminder.Kind, reminder.Day));

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = CampaignKey.Segments(key, Prefix) switch
        {
            [{ Length: > 0 } id, NoAnswer] => new Subject(id, MeetingReminderKind.NoAnswer, null),
            [{ Length: > 0 } id, Practical, var day] when Day(day) is { } d => new Subject(id, MeetingReminderKind.PracticalDetails, d),
            [{ Length: > 0 } id, Last, var day] when Day(day) is { } d => new Subject(id, MeetingReminderKind.LastReminder, d),
            _ => null,
        };
        return subject is not null;
    }

    static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct) =>
        await store.GetAsync(s.MeetingId, ct) is { Status: MeetingStatus.Convened } meeting
            ? ProactiveMessage.Card(MeetingCards.Reminder(meeting, s.Kind, MeetingKey.In(member))) : null;

    public MailNoticeKind? MailNotice => MailNoticeKind.MeetingNotice;
}
