using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

/// What is wrong with an action as the office wrote it; all are shown at once, and nothing is saved until none is left.
public enum ActionProblem { WhatMissing, WhatTooLong, OwnerMissing, DueMissing, DueInPast }

public enum ActionRefusal
{
    NotAllowed,
    /// The recommendation is not (or no longer) in the meeting's report.
    UnknownRecommendation,
    /// An action with this id exists already (a second press of the same form).
    AlreadyAdded,
    AlreadyDone,
    /// More time is already asked; the office has not answered yet.
    AlreadyAsked,
    NoteMissing,
    NoteTooLong,
    /// There is no request for more time to answer.
    NothingToAnswer,
    /// The new due date must lie ahead, later than the current one.
    NewDueNotLater,
}

/// The rules of follow-up actions: the office adds them to a recommendation, with an owner and a due date that is
/// not in the past; an owner marks one done with a short note or asks for more time, which the office grants (a new
/// date) or refuses. Each step returns the changed action, or why nothing changed.
public static class FollowUpActions
{
    /// The problems of an action as the office typed it. `owner`: null when none (or none known) was chosen.
    public static IReadOnlyList<ActionProblem> Problems(BilingualText what, ActionOwner? owner, DateOnly? due, DateOnly today, OutcomeSettings settings)
    {
        var problems = new List<ActionProblem>();
        if (what.IsEmpty) problems.Add(ActionProblem.WhatMissing);
        else if (what.En.Trim().Length > settings.ActionMaxLength || what.Fr.Trim().Length > settings.ActionMaxLength) problems.Add(ActionProblem.WhatTooLong);
        if (owner is null) problems.Add(ActionProblem.OwnerMissing);
        if (due is null) problems.Add(ActionProblem.DueMissing);
        else if (due < today) problems.Add(ActionProblem.DueInPast);
        return problems;
    }

    /// The office adds an action to a recommendation of the report; the caller has checked Problems. It goes to its
    /// owners when the report is issued (at once if it is), never before.
    public static Outcome<FollowUpAction, ActionRefusal> Add(SummaryReport report, string recommendationId, Member office, string id, BilingualText what,
        ActionOwner owner, DateOnly due, DateOnly today, IEnumerable<FollowUpAction> existing)
    {
        if (!IsOffice(office)) return Refuse(ActionRefusal.NotAllowed);
        if (report.Find(recommendationId) is not { } recommendation) return Refuse(ActionRefusal.UnknownRecommendation);
        if (existing.Any(a => a.Id == id)) return Refuse(ActionRefusal.AlreadyAdded);
        return Accept(new FollowUpAction
        {
            Id = id, MeetingId = report.MeetingId, RecommendationId = recommendation.Id, RecommendationNumber = recommendation.Number,
            What = what.Trimmed(), Owner = owner, Due = due, CreatedBy = office.Id, CreatedOn = today,
        });
    }

    /// Done, by one of its owners or the office, with a short note saying what was done.
    public static Outcome<FollowUpAction, ActionRefusal> MarkDone(FollowUpAction action, Member member, bool isOwner, string note, DateOnly today,
        OutcomeSettings settings)
    {
        if (!isOwner && !IsOffice(member)) return Refuse(ActionRefusal.NotAllowed);
        if (action.Status == ActionStatus.Done) return Refuse(ActionRefusal.AlreadyDone);
        if (NoteProblem(note, settings) is { } problem) return Refuse(problem);
        return Accept(action with { Status = ActionStatus.Done, DoneNote = note.Trim(), DoneOn = today, DoneBy = member.Id });
    }

    /// One of its owners asks the office for more time, with a reason; reminders pause until the office answers.
    public static Outcome<FollowUpAction, ActionRefusal> AskMoreTime(FollowUpAction action, Member member, bool isOwner, string reason, DateOnly today,
        OutcomeSettings settings)
    {
        if (!isOwner) return Refuse(ActionRefusal.NotAllowed);
        if (action.Status == ActionStatus.Done) return Refuse(ActionRefusal.AlreadyDone);
        if (action.Status == ActionStatus.MoreTimeAsked) return Refuse(ActionRefusal.AlreadyAsked);
        if (NoteProblem(reason, settings) is { } problem) return Refuse(problem);
        var request = new ExtensionRequest(action.Extensions.Count + 1, member.Id, today, reason.Trim());
        return Accept(action with { Status = ActionStatus.MoreTimeAsked, Extensions = [.. action.Extensions, request] });
    }

    /// The office grants more time: a new due date after the current one and not in the past. The ladder starts again
    /// for the new date.
    public static Outcome<FollowUpAction, ActionRefusal> GrantMoreTime(FollowUpAction action, Member office, DateOnly? newDue, DateOnly today) =>
        Answer(action, office, today, newDue is { } due && due >= today && due > action.Due ? due : null, grant: true);

    /// The office refuses: the due date stands, and so does the ladder.
    public static Outcome<FollowUpAction, ActionRefusal> RefuseMoreTime(FollowUpAction action, Member office, DateOnly today) =>
        Answer(action, office, today, null, grant: false);

    static Outcome<FollowUpAction, ActionRefusal> Answer(FollowUpAction action, Member office, DateOnly today, DateOnly? newDue, bool grant)
    {
        if (!IsOffice(office)) return Refuse(ActionRefusal.NotAllowed);
        if (action.PendingExtension is not { } pending) return Refuse(ActionRefusal.NothingToAnswer);
        if (grant && newDue is null) return Refuse(ActionRefusal.NewDueNotLater);
        var decided = pending with
        {
            Decision = grant ? ExtensionDecision.Granted : ExtensionDecision.Refused, NewDue = newDue, DecidedBy = office.Id, DecidedOn = today,
        };
        return Accept(action with
        {
            Status = ActionStatus.Open, Due = newDue ?? action.Due, Extensions = [.. action.Extensions.SkipLast(1), decided],
        });
    }

    /// Whether the member is one of the action's owners: an office member for the office, a focal point of the state,
    /// the rapporteur, a member of the group (`groupMemberIds`: the group's current members, for a group's action).
    public static bool IsOwner(ActionOwner owner, Member member, IReadOnlyCollection<string>? groupMemberIds = null) => member.IsActive && owner.Kind switch
    {
        OwnerKind.Office => member.Role == MemberRole.Office,
        OwnerKind.MemberState => member.Role == MemberRole.FocalPoint && member.StateCode?.Value == owner.Id,
        OwnerKind.Rapporteur => member.Id == owner.Id,
        _ => groupMemberIds?.Contains(member.Id) == true,
    };

    /// Who receives the action and its reminders: its owners active today.
    public static IReadOnlyList<string> Recipients(ActionOwner owner, IEnumerable<Member> everyone, IReadOnlyCollection<string>? groupMemberIds = null) =>
        [.. everyone.Where(m => IsOwner(owner, m, groupMemberIds)).Select(m => m.Id)];

    static ActionRefusal? NoteProblem(string text, OutcomeSettings settings) =>
        string.IsNullOrWhiteSpace(text) ? ActionRefusal.NoteMissing : text.Trim().Length > settings.NoteMaxLength ? ActionRefusal.NoteTooLong : null;

    static bool IsOffice(Member member) => member is { IsActive: true, Role: MemberRole.Office };

    static Outcome<FollowUpAction, ActionRefusal> Accept(FollowUpAction a) => Outcome<FollowUpAction, ActionRefusal>.Accept(a);

    static Outcome<FollowUpAction, ActionRefusal> Refuse(ActionRefusal r) => Outcome<FollowUpAction, ActionRefusal>.Refuse(r);
}
