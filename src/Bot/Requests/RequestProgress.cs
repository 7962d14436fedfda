using System.Globalization;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The delivery campaigns of one request: the 1:1 messages, the channel post, the @mentions of those with no chat,
/// manual chases and the compilation notice. Each is a delivery row per recipient, so each goes once.
public static class RequestCampaigns
{
    public const string RequestPrefix = "request/";
    public const string ChannelPrefix = "request-channel/";
    public const string MentionPrefix = "request-mention/";
    public const string ChasePrefix = "request-chase/";
    public const string ReminderPrefix = "request-reminder/";
    public const string ReminderMentionPrefix = "request-reminder-mention/";
    public const string CompiledPrefix = "request-compiled/";
    public const string ProposedPrefix = "request-proposed/";
    public const string DecisionPrefix = "request-decision/";

    public static string Request(RequestNumber n) => RequestPrefix + n;
    public static string Channel(RequestNumber n) => ChannelPrefix + n;
    public static string Mention(RequestNumber n) => MentionPrefix + n;
    public static string Chase(RequestNumber n, DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{ChasePrefix}{n}/{day:yyyy-MM-dd}");
    public static string Compiled(RequestNumber n) => CompiledPrefix + n;

    /// The @mentions in the request's thread of those a reminder (a chase or an automatic one) left without a chat.
    public static string ReminderMention(string reminderCampaign) => ReminderMentionPrefix + reminderCampaign;

    /// Whether the campaign is a reminder of request n, chased by the office or sent on the plan.
    public static bool IsReminderOf(string campaign, RequestNumber n) =>
        NumberIn(campaign, ChasePrefix) == n || NumberIn(campaign, ReminderPrefix) == n;
    public static string Proposed(string requestId) => ProposedPrefix + requestId;
    public static string Decision(string requestId) => DecisionPrefix + requestId;

    /// "request-reminder/2026/07/FR/5" → 2026/07: the number sits after the prefix, in the next two segments.
    public static RequestNumber? NumberIn(string campaign, string prefix)
    {
        if (!campaign.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var parts = campaign[prefix.Length..].Split('/');
        return parts.Length >= 2 && RequestNumber.TryParse($"{parts[0]}/{parts[1]}", out var n) ? n : null;
    }

    public static string? IdIn(string campaign, string prefix) =>
        campaign.StartsWith(prefix, StringComparison.Ordinal) ? campaign[prefix.Length..] : null;
}

/// How a state was reached: by a 1:1 message, by a mention in the channel thread, not yet, or not at all.
public enum Reach { Chat, Mentioned, Waiting, NotReached, NoFocalPoint }

public sealed record StateProgress(StateCode Code, int Answered, int Questions, AnswerStatus? Status, bool Late, bool Acknowledged, Reach Reach)
{
    public bool Submitted => Status == AnswerStatus.Submitted;
}

public sealed record RecipientProgress(Member Member, DeliveryStatus? Status, bool Mentioned, string? Error, DeliveryPath? Path = null);

/// Where a sent request stands: per state (answers, receipt, reach) and per focal point (delivery).
public sealed record RequestProgress(InformationRequest Request, IReadOnlyList<StateProgress> States, IReadOnlyList<RecipientProgress> Recipients)
{
    public int Submitted => States.Count(s => s.Submitted);
    public int Drafting => States.Count(s => s.Status == AnswerStatus.Draft);
    public int Acknowledged => States.Count(s => s.Acknowledged);
    public int Late => States.Count(s => s.Late);
    /// States with focal points none of whom could be reached; those without any are counted on their own line.
    public int NotReached => States.Count(s => s.Reach is Reach.NotReached);

    public static RequestProgress Of(InformationRequest request, IEnumerable<StateAnswer> answers, IEnumerable<Delivery> sends,
        IEnumerable<Delivery> mentions, IEnumerable<Member> everyone)
    {
        var byState = answers.ToDictionary(a => a.StateCode);
        var sent = sends.ToDictionary(d => d.MemberId);
        var mentioned = mentions.Where(d => d.Status == DeliveryStatus.Sent).Select(d => d.MemberId).ToHashSet();
        var members = everyone.ToList();

        // Everyone the request was queued for, and today's focal points of the states asked (a newcomer since sending).
        var recipients = members
            .Where(m => sent.ContainsKey(m.Id) || (m is { IsActive: true, Role: MemberRole.FocalPoint } && request.Audience.Includes(m.StateCode)))
            .Select(m => sent.TryGetValue(m.Id, out var d)
                ? new RecipientProgress(m, d.Status, mentioned.Contains(m.Id), d.ErrorCode, d.Path)
                : new RecipientProgress(m, null, mentioned.Contains(m.Id), null))
            .ToList();

        var states = request.Audience.States().Select(code =>
        {
            byState.TryGetValue(code, out var a);
            var mine = recipients.Where(r => r.Member.StateCode == code).ToList();
            var reach = mine.Count == 0 ? Reach.NoFocalPoint
                : mine.Any(r => r.Status == DeliveryStatus.Sent) ? Reach.Chat
                : mine.Any(r => r.Mentioned) ? Reach.Mentioned
                : mine.All(r => r.Status == DeliveryStatus.Failed) ? Reach.NotReached
                : Reach.Waiting;
            // A state that answered or acknowledged was reached, whatever the delivery rows say (it may have found the
            // request in the channel).
            var responded = a is { Status: AnswerStatus.Submitted } || a?.AcknowledgedAt is not null;
            if (responded && reach is Reach.Waiting or Reach.NotReached) reach = Reach.Chat;
            return new StateProgress(code, a?.Answers.Count ?? 0, request.Questions.Count, a?.Status, a?.Late ?? false, a?.AcknowledgedAt is not null, reach);
        }).ToList();
        return new RequestProgress(request, states, recipients);
    }
}
