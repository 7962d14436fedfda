using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

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
            .Where(m => sent.ContainsKey(m.Id) || request.Audience.Reaches(m))
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
