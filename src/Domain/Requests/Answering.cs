using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// Why an answer was not saved; nothing changed.
public enum AnswerRefusal
{
    /// Only an active focal point of the state answers for it: not the office, an expert or another state.
    NotAllowed,
    /// The state is not in the request's audience.
    StateNotAsked,
    /// The request is not sent yet.
    NotOpen,
    Closed,
    /// Someone saved since this answer was read: re-read, so nobody's text is lost silently.
    Conflict,
    /// Late answers are refused by configuration.
    DeadlinePassed,
    UnknownQuestion,
    AnswerEmpty,
    AnswerTooLong,
    /// "To follow" needs the date by which it follows.
    FollowDateMissing,
    /// Every question needs an answer (a nil answer counts) before the state submits.
    Incomplete,
    /// Save pressed with no answer typed or chosen.
    NothingToSave,
    /// A question marked for the office only has no answer to keep from the network.
    OfficeOnlyUnanswered,
}

/// How a state answers: saves a draft, submits it, amends it until the deadline, and acknowledges receipt.
public static class Answering
{
    /// One press of the answer form: checks every typed answer (each problem named by question), saves what changed over
    /// the state's answer and, for Submit, gives it to the office. The same text again writes nothing, so a double
    /// click is harmless; a Submit that finds questions unanswered still saves the draft, and says what is missing.
    public static AnswerResult Apply(InformationRequest request, StateAnswer? current, StateCode stateCode, Member actor, TypedAnswer typed,
        AnswerAction action, DateTimeOffset now, DateOnly today, RequestSettings settings)
    {
        List<AnswerProblem> problems = [.. typed.Changes.Select(c => Problem(request, c, settings) is { } p ? new AnswerProblem(p, c.Question) : null).OfType<AnswerProblem>()];
        if (problems.Count > 0) return new(current, AnswerEffect.Refused, problems);

        var answer = current;
        var effect = AnswerEffect.Unchanged;
        var expected = typed.Version;
        if (typed.Changes.Count > 0 && !IsUnchanged(current, typed))
        {
            var saved = Save(request, current, stateCode, actor, typed.Version, typed.Changes, typed.Language, now, today, settings);
            if (!saved.IsAccepted) return Refused(current, saved.Refusal!.Value);
            answer = saved.Value!;
            effect = answer.Status == AnswerStatus.Submitted ? AnswerEffect.Amended : AnswerEffect.DraftSaved;
        }
        else if (current is not null) expected = current.Version;   // the same text again: a second click, nothing to lose

        if (action == AnswerAction.Submit) return SubmitAfterSave(request, current, answer, effect, expected, stateCode, actor, typed, now, today, settings);
        if (action == AnswerAction.Save && effect == AnswerEffect.Unchanged && typed.Changes.Count == 0) return Refused(current, AnswerRefusal.NothingToSave);
        return new(answer, effect, []);
    }

    static AnswerResult SubmitAfterSave(InformationRequest request, StateAnswer? current, StateAnswer? answer, AnswerEffect effect, int expected,
        StateCode stateCode, Member actor, TypedAnswer typed, DateTimeOffset now, DateOnly today, RequestSettings settings)
    {
        if (answer is null && typed.Changes.Count == 0) return Refused(current, AnswerRefusal.Incomplete);
        var wrote = effect != AnswerEffect.Unchanged;
        var given = Submit(request, answer, stateCode, actor, wrote ? answer!.Version : expected, now, today, settings);
        if (given.IsAccepted)
            return given.Value != answer ? new(given.Value, AnswerEffect.Submitted, [])
                : new(answer, wrote ? effect : AnswerEffect.AlreadySubmitted, []);
        if (given.Refusal != AnswerRefusal.Incomplete || !wrote) return Refused(current, given.Refusal!.Value);
        return new(answer, effect, [new AnswerProblem(AnswerRefusal.Incomplete)]);   // the draft is saved all the same
    }

    /// True when saving the typed answers would leave the answer as it is.
    static bool IsUnchanged(StateAnswer? current, TypedAnswer typed) =>
        current is not null && current.Language == typed.Language && typed.Changes.All(c => current.For(c.Question) == c);

    static AnswerResult Refused(StateAnswer? current, AnswerRefusal refusal) => new(current, AnswerEffect.Refused, [new AnswerProblem(refusal)]);

    /// Saves the given questions' answers over the state's answer (others kept). A submitted answer stays submitted:
    /// amending is allowed until the deadline, and after it when late answers are accepted (marked late).
    public static Outcome<StateAnswer, AnswerRefusal> Save(
        InformationRequest request, StateAnswer? current, StateCode stateCode, Member actor, int expectedVersion,
        IReadOnlyList<QuestionAnswer> changes, Language language, DateTimeOffset now, DateOnly today, RequestSettings settings)
    {
        var answer = current ?? StateAnswer.New(request.Number ?? default, stateCode);
        if (Check(request, answer.StateCode, actor) is { } refused) return Refuse(refused);
        if (expectedVersion != answer.Version) return Refuse(AnswerRefusal.Conflict);
        var late = RequestDeadline.IsPassed(request.Deadline, today);
        if (late && !settings.AcceptLateAnswers) return Refuse(AnswerRefusal.DeadlinePassed);
        foreach (var change in changes)
            if (Problem(request, change, settings) is { } problem) return Refuse(problem);

        var changed = changes.Select(c => c.Question).ToHashSet();
        var merged = answer.Answers.Where(a => !changed.Contains(a.Question)).Concat(changes).OrderBy(a => a.Question).ToList();
        return Accept(answer with
        {
            Answers = merged,
            Language = language,
            // A late change to a submitted answer makes it late; a draft becomes late only when submitted.
            Late = answer.Late || (late && answer.Status == AnswerStatus.Submitted),
            ChangedBy = actor.Id,
            ChangedAt = now,
            Version = answer.Version + 1,
        });
    }

    /// Gives the answer to the office. Submitting an answer already submitted changes nothing and is not refused, so a
    /// double click (both carrying the same version) is harmless.
    public static Outcome<StateAnswer, AnswerRefusal> Submit(
        InformationRequest request, StateAnswer? current, StateCode stateCode, Member actor, int expectedVersion,
        DateTimeOffset now, DateOnly today, RequestSettings settings)
    {
        var answer = current ?? StateAnswer.New(request.Number ?? default, stateCode);
        if (Check(request, answer.StateCode, actor) is { } refused) return Refuse(refused);
        if (answer.Status == AnswerStatus.Submitted) return Accept(answer);
        if (expectedVersion != answer.Version) return Refuse(AnswerRefusal.Conflict);
        var late = RequestDeadline.IsPassed(request.Deadline, today);
        if (late && !settings.AcceptLateAnswers) return Refuse(AnswerRefusal.DeadlinePassed);
        if (request.QuestionNumbers.Any(q => answer.For(q) is null)) return Refuse(AnswerRefusal.Incomplete);

        return Accept(answer with
        {
            Status = AnswerStatus.Submitted,
            Late = late,
            ChangedBy = actor.Id,
            ChangedAt = now,
            SubmittedAt = now,
            Version = answer.Version + 1,
        });
    }

    /// Records that the state received the request. Only the first acknowledgement counts; later ones change nothing.
    /// No version is needed: it touches no text, and whoever comes first wins.
    public static Outcome<StateAnswer, AnswerRefusal> Acknowledge(
        InformationRequest request, StateAnswer? current, StateCode stateCode, Member actor, DateTimeOffset now)
    {
        var answer = current ?? StateAnswer.New(request.Number ?? default, stateCode);
        if (Check(request, answer.StateCode, actor) is { } refused) return Refuse(refused);
        return answer.AcknowledgedAt is not null ? Accept(answer) : Accept(answer with { AcknowledgedBy = actor.Id, AcknowledgedAt = now });
    }

    /// May this member answer for this state at all?
    public static bool MayAnswerFor(Member actor, StateCode stateCode) =>
        actor is { IsActive: true, Role: MemberRole.FocalPoint } && actor.StateCode == stateCode;

    /// Who may change the state's answer, and whether the request takes answers; the deadline is the caller's.
    internal static AnswerRefusal? Check(InformationRequest request, StateCode stateCode, Member actor) =>
        !MayAnswerFor(actor, stateCode) ? AnswerRefusal.NotAllowed
        : !request.Audience.Includes(stateCode) ? AnswerRefusal.StateNotAsked
        : request.Status == RequestStatus.Closed ? AnswerRefusal.Closed
        : request.Status != RequestStatus.Sent ? AnswerRefusal.NotOpen
        : null;

    static AnswerRefusal? Problem(InformationRequest request, QuestionAnswer answer, RequestSettings settings) => answer switch
    {
        _ when !request.Has(answer.Question) => AnswerRefusal.UnknownQuestion,
        { OfficeOnly: true, Nil: null, Text: var blank } when string.IsNullOrWhiteSpace(blank) => AnswerRefusal.OfficeOnlyUnanswered,
        { Nil: NilAnswer.ToFollow, FollowsBy: null } => AnswerRefusal.FollowDateMissing,
        { Nil: not null } => null,
        { Text: var text } when string.IsNullOrWhiteSpace(text) => AnswerRefusal.AnswerEmpty,
        { Text: var text } when text!.Length > settings.AnswerMaxLength => AnswerRefusal.AnswerTooLong,
        _ => null,
    };

    static Outcome<StateAnswer, AnswerRefusal> Accept(StateAnswer a) => Outcome<StateAnswer, AnswerRefusal>.Accept(a);

    static Outcome<StateAnswer, AnswerRefusal> Refuse(AnswerRefusal r) => Outcome<StateAnswer, AnswerRefusal>.Refuse(r);
}
