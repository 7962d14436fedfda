using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// What a focal point asks for when pressing a button of the answer form.
public enum AnswerAction
{
    /// Save what was typed as the state's answer; with nothing typed, there is nothing to save (a problem).
    Save,
    /// Save what was typed, then give the answer to the office.
    Submit,
    /// Save what was typed, if anything (moving to another page of the form): nothing typed is no problem.
    SaveIfTyped,
}

/// What a press did to the state's answer.
public enum AnswerEffect
{
    /// Nothing changed; the problems say why.
    Refused,
    /// Nothing new to write: the same text again (a second click), or nothing typed where that is fine.
    Unchanged,
    /// A draft was saved (not given to the office).
    DraftSaved,
    /// Changes were saved in an answer already given to the office.
    Amended,
    /// The answer was given to the office by this press.
    Submitted,
    /// Submit pressed on an answer already given, with nothing new: nothing to write, and the answer is submitted.
    AlreadySubmitted,
}

/// One problem with a press, named by question where it concerns one.
public sealed record AnswerProblem(AnswerRefusal Kind, QuestionNumber? Question = null);

/// The answer form as typed: the version of the state's answer it was opened on, the language of the answer, and the
/// questions given (a question left blank is not in the list, so it keeps what a colleague wrote).
public sealed record TypedAnswer(int Version, Language Language, IReadOnlyList<QuestionAnswer> Changes);

/// The state's answer after a press (the stored one when refused or unchanged; null when there is none yet), what the
/// press did, and every problem to show. Write the answer when `MustBeStored`.
public sealed record AnswerResult(StateAnswer? Answer, AnswerEffect Effect, IReadOnlyList<AnswerProblem> Problems)
{
    public bool MustBeStored => Effect is AnswerEffect.DraftSaved or AnswerEffect.Amended or AnswerEffect.Submitted;

    /// A colleague saved since the form was opened: show their version, not the sender's.
    public bool IsConflict => Problems.Any(p => p.Kind == AnswerRefusal.Conflict);
}
