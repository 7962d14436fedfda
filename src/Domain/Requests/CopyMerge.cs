using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// A national copy's answer to a question whose answer the state had already written otherwise: set aside until a
/// focal point replaces their text with it, or keeps theirs.
public sealed record CopyText(QuestionNumber Question, string Text);

/// What a filled copy does to the state's answer: the questions it fills (unanswered so far), the written ones it
/// would change (only once confirmed), how many it leaves alone (the same text, or left blank in the copy), and what
/// stops it (an answer too long, a question the request does not have).
public sealed record CopyPlan(IReadOnlyList<QuestionAnswer> Fills, IReadOnlyList<CopyText> ToConfirm, int Unchanged, IReadOnlyList<AnswerProblem> Problems);

/// The state's answer after a copy was read back: store it when Changed. With problems, nothing changed.
public sealed record CopyApplied(StateAnswer? Answer, bool Changed, int Filled, IReadOnlyList<CopyText> ToConfirm, IReadOnlyList<AnswerProblem> Problems)
{
    public bool IsRefused => Problems.Count > 0;
}

/// How a filled national copy pre-fills the state's draft answer. A copy never submits, and never overwrites a written
/// answer by itself: an empty question is filled, one written with other text (or answered "no information", "not
/// applicable", "to follow") waits for the focal point to choose, and a question the copy leaves blank keeps what it
/// has. Writing goes through Answering.Save, as the answer form's Save does: versioned, and a submitted answer stays
/// submitted (amended, marked late after the deadline).
public static class CopyMerge
{
    /// The copy's answers by question (a blank text is an answer area left empty) against the state's answer.
    public static CopyPlan Plan(InformationRequest request, StateAnswer? current, IReadOnlyDictionary<QuestionNumber, string> copy, RequestSettings settings)
    {
        var fills = new List<QuestionAnswer>();
        var toConfirm = new List<CopyText>();
        var problems = new List<AnswerProblem>();
        var unchanged = 0;
        foreach (var (question, raw) in copy.OrderBy(c => c.Key))
        {
            var text = Normalise(raw);
            if (!request.Has(question)) problems.Add(new(AnswerRefusal.UnknownQuestion, question));
            else if (text.Length > settings.AnswerMaxLength) problems.Add(new(AnswerRefusal.AnswerTooLong, question));
            else if (text.Length == 0 || current?.For(question) is { Nil: null, Text: { } written } && Normalise(written) == text) unchanged++;
            else if (current?.For(question) is null) fills.Add(new QuestionAnswer(question, Text: text));
            else toConfirm.Add(new CopyText(question, text));
        }
        return new(fills, toConfirm, unchanged, problems);
    }

    /// Reads the copy into the state's answer: fills what is empty, sets aside what needs confirming (replacing what an
    /// earlier copy set aside), and refuses everything when a text is too long or the answer may not be written.
    public static CopyApplied Prefill(InformationRequest request, StateAnswer? current, StateCode state, Member actor,
        IReadOnlyDictionary<QuestionNumber, string> copy, Language copyLanguage, DateTimeOffset now, DateOnly today, RequestSettings settings)
    {
        if (Answering.Check(request, state, actor) is { } refused) return Refused(current, refused);
        if (RequestDeadline.IsPassed(request.Deadline, today) && !settings.AcceptLateAnswers) return Refused(current, AnswerRefusal.DeadlinePassed);
        var plan = Plan(request, current, copy, settings);
        if (plan.Problems.Count > 0) return new(current, false, 0, [], plan.Problems);

        var answer = current;
        if (plan.Fills.Count > 0)
        {
            var saved = Answering.Save(request, current, state, actor, current?.Version ?? 0, plan.Fills, LanguageOf(current, copyLanguage), now, today, settings);
            if (!saved.IsAccepted) return Refused(current, saved.Refusal!.Value);
            answer = saved.Value!;
        }
        var asideChanged = !(current?.FromCopy ?? []).SequenceEqual(plan.ToConfirm);
        if (asideChanged) answer = (answer ?? StateAnswer.New(request.Number ?? default, state)) with { FromCopy = plan.ToConfirm };
        return new(answer, plan.Fills.Count > 0 || asideChanged, plan.Fills.Count, plan.ToConfirm, []);
    }

    /// Replaces the state's text with the copy's for one question set aside, or for all of them (question null). The
    /// version is the one the focal point saw: a colleague's save since then is a conflict, so their text is not lost.
    public static Outcome<StateAnswer, AnswerRefusal> Replace(InformationRequest request, StateAnswer? current, StateCode state, Member actor,
        int expectedVersion, QuestionNumber? question, DateTimeOffset now, DateOnly today, RequestSettings settings)
    {
        var chosen = (current?.FromCopy ?? []).Where(c => question is null || c.Question == question).ToList();
        if (current is null || chosen.Count == 0)
            return Answering.Check(request, state, actor) is { } refused ? Refuse(refused) : Refuse(AnswerRefusal.NothingToSave);
        var saved = Answering.Save(request, current, state, actor, expectedVersion, [.. chosen.Select(c => new QuestionAnswer(c.Question, Text: c.Text))],
            current.Language, now, today, settings);
        return saved.IsAccepted ? Accept(saved.Value! with { FromCopy = [.. current.FromCopy.Except(chosen)] }) : saved;
    }

    /// Keeps the state's texts: what the copy set aside is dropped. NothingToSave when nothing was set aside (a second
    /// click, or a colleague chose already).
    public static Outcome<StateAnswer, AnswerRefusal> Keep(InformationRequest request, StateAnswer? current, StateCode state, Member actor)
    {
        if (Answering.Check(request, state, actor) is { } refused) return Refuse(refused);
        return current is { FromCopy.Count: > 0 } ? Accept(current with { FromCopy = [] }) : Refuse(AnswerRefusal.NothingToSave);
    }

    /// The answer keeps its language once written; an answer not started takes the copy's.
    public static Language LanguageOf(StateAnswer? current, Language copyLanguage) =>
        current is { Answers.Count: > 0 } ? current.Language : copyLanguage;

    /// Line ends as the answer form keeps them, and no blank lines or spaces around the text; the rest stays literal.
    public static string Normalise(string text) => text.ReplaceLineEndings("\n").Trim();

    static CopyApplied Refused(StateAnswer? current, AnswerRefusal refusal) => new(current, false, 0, [], [new AnswerProblem(refusal)]);

    static Outcome<StateAnswer, AnswerRefusal> Accept(StateAnswer a) => Outcome<StateAnswer, AnswerRefusal>.Accept(a);

    static Outcome<StateAnswer, AnswerRefusal> Refuse(AnswerRefusal r) => Outcome<StateAnswer, AnswerRefusal>.Refuse(r);
}
