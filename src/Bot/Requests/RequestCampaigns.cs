using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

// The campaigns of a request that go to each member's personal chat, each a delivery row per recipient, so each goes
// once. Messages are written when the sender gets to each row: a request withdrawn or answered meanwhile writes
// nothing (the row is closed, not sent). The channel's campaigns are in RequestChannelCampaigns.

/// What the request campaigns' keys and messages share.
static class RequestKey
{
    /// "2026/07/…" → 2026/07: a request's number is the first two segments after the prefix.
    public static bool TryNumber(string[]? segments, out RequestNumber number)
    {
        number = default;
        return segments is { Length: >= 2 } && RequestNumber.TryParse($"{segments[0]}/{segments[1]}", out number);
    }

    public static Language In(Member m) => m.PreferredLanguage ?? Language.En;
}

/// A sent request, to each focal point of the states asked: "request/2026/07".
public sealed class RequestSentCampaign(IRequestStore store, IMemberDirectory members, NetworkCalendar calendar, AnnexLinks links) : ICampaign<RequestNumber>
{
    public static string Prefix => "request/";

    public static string Key(RequestNumber number) => Prefix + number;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out RequestNumber number) => RequestKey.TryNumber(CampaignKey.Segments(key, Prefix), out number);

    public async Task<Activity?> MessageAsync(RequestNumber n, Member member, CancellationToken ct)
    {
        if (await store.FindAsync(n, ct) is not { Status: RequestStatus.Sent } request) return null;
        var requester = (await members.GetAsync(request.RequesterId ?? "", ct))?.DisplayName ?? "";
        return ProactiveMessage.Card(RequestCards.Received(request, requester, null, calendar.Zone, RequestKey.In(member), links.Documents(request, member)));
    }

    /// Those no chat reaches are @mentioned in the request's thread (RequestMentionCampaign).
    public Task<bool> MentionsInChannelAsync(RequestNumber n, CancellationToken ct) => Task.FromResult(true);

    public MailNoticeKind? MailNotice => MailNoticeKind.NewRequest;
}

/// A reminder on the plan (ChasePlan) to one state's focal points: "request-reminder/2026/07/FR/5", 5 working days
/// before the deadline.
public sealed class RequestReminderCampaign(IRequestStore store, IOptions<RequestOptions> options) : ICampaign<RequestReminderCampaign.Subject>
{
    public sealed record Subject(RequestNumber Request, StateCode StateCode, int Offset);

    public static string Prefix => "request-reminder/";

    public static string Key(Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.Request}/{s.StateCode}/{s.Offset}");

    public static string Key(Reminder reminder) => Key(new Subject(reminder.Request, reminder.StateCode, reminder.Offset));

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = null;
        var segments = CampaignKey.Segments(key, Prefix);
        if (!RequestKey.TryNumber(segments, out var number) || segments!.Length != 4
            || !StateCode.TryParse(segments[2], out var state)
            || !int.TryParse(segments[3], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)) return false;
        subject = new Subject(number, state, offset);
        return true;
    }

    public Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct) =>
        MessageAsync(store, s.Request, member, last: s.Offset == options.Value.Settings.ReminderOffsets.Min(), ct);

    /// The reminder card for this member's state, or null when the request is closed or the state has answered since.
    internal static async Task<Activity?> MessageAsync(IRequestStore store, RequestNumber n, Member member, bool last, CancellationToken ct)
    {
        if (member.StateCode is not { } state) return null;
        if (await store.FindAsync(n, ct) is not { Status: RequestStatus.Sent } request) return null;
        // Answered since the reminder was queued: a reminder now would be wrong, not just useless.
        if (await store.GetAnswerAsync(n, state, ct) is { Status: AnswerStatus.Submitted }) return null;
        return ProactiveMessage.Card(RequestCards.Reminder(request, state, last, RequestKey.In(member)));
    }

    public Task<bool> MentionsInChannelAsync(Subject s, CancellationToken ct) => Task.FromResult(true);

    public MailNoticeKind? MailNotice => MailNoticeKind.RequestReminder;
}

/// A reminder the office sent by hand on one day: "request-chase/2026/07/2026-11-23". Never the last reminder.
public sealed class RequestChaseCampaign(IRequestStore store) : ICampaign<RequestChaseCampaign.Subject>
{
    public sealed record Subject(RequestNumber Request, DateOnly Day);

    public static string Prefix => "request-chase/";

    public static string Key(Subject s) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{s.Request}/{s.Day:yyyy-MM-dd}");

    public static string Key(RequestNumber number, DateOnly day) => Key(new Subject(number, day));

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = null;
        var segments = CampaignKey.Segments(key, Prefix);
        if (!RequestKey.TryNumber(segments, out var number) || segments!.Length != 3
            || !DateOnly.TryParseExact(segments[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        subject = new Subject(number, day);
        return true;
    }

    public Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct) =>
        RequestReminderCampaign.MessageAsync(store, s.Request, member, last: false, ct);

    public Task<bool> MentionsInChannelAsync(Subject s, CancellationToken ct) => Task.FromResult(true);

    public MailNoticeKind? MailNotice => MailNoticeKind.RequestReminder;
}

/// A member's proposed request, to the office: "request-proposed/{request id}".
public sealed class RequestProposedCampaign(IRequestStore store, IMemberDirectory members) : ICampaign<string>
{
    public static string Prefix => "request-proposed/";

    public static string Key(string requestId) => Prefix + requestId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string requestId) => (requestId = CampaignKey.Rest(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string requestId, Member member, CancellationToken ct)
    {
        if (await store.GetAsync(requestId, ct) is not { Status: RequestStatus.Proposed } request) return null;
        return ProactiveMessage.Card(RequestCards.ProposalNotice(request, await members.GetAsync(request.RequesterId ?? "", ct), RequestKey.In(member)));
    }
}

/// The office's decision on a proposed request, to its proposer: "request-decision/{request id}".
public sealed class RequestDecisionCampaign(IRequestStore store) : ICampaign<string>
{
    public static string Prefix => "request-decision/";

    public static string Key(string requestId) => Prefix + requestId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string requestId) => (requestId = CampaignKey.Rest(key, Prefix)) is not null;

    public async Task<Activity?> MessageAsync(string requestId, Member member, CancellationToken ct)
    {
        var request = await store.GetAsync(requestId, ct);
        return request is null or { Status: RequestStatus.Proposed or RequestStatus.Draft } ? null : ProactiveMessage.Card(RequestCards.Decision(request, RequestKey.In(member)));
    }
}

/// The compiled answers at the deadline, to the office: "request-compiled/2026/07".
public sealed class RequestCompiledCampaign(IRequestStore store, RequestCompiler compiler) : ICampaign<RequestNumber>
{
    public static string Prefix => "request-compiled/";

    public static string Key(RequestNumber number) => Prefix + number;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out RequestNumber number) => RequestKey.TryNumber(CampaignKey.Segments(key, Prefix), out number);

    /// The office members active when the deadline passed.
    public static IEnumerable<string> Recipients(IEnumerable<Member> everyone) =>
        everyone.Where(m => m is { IsActive: true, Role: MemberRole.Office }).Select(m => m.Id);

    public async Task<Activity?> MessageAsync(RequestNumber n, Member member, CancellationToken ct)
    {
        if (await store.FindAsync(n, ct) is not { } request) return null;
        return ProactiveMessage.Card(compiler.LinkCard(await compiler.LatestAsync(request, ct), member, atDeadline: true, RequestKey.In(member)));
    }
}
