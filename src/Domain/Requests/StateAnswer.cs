using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// A structured "nothing to say", worded by the bot in each language and counted apart from text in the compilation.
public enum NilAnswer { NoInformation, NotApplicable, ToFollow }

/// The answer to one question: a text (multi-line, kept literally) or a nil answer; "to follow" says by when.
public sealed record QuestionAnswer(QuestionNumber Question, string? Text = null, NilAnswer? Nil = null, DateOnly? FollowsBy = null)
{
    /// Given to the office only: the network's version of the compilation leaves this answer out, and says so without
    /// revealing it (CompilationVisibility). A nil answer may be given to the office only too: its kind is content.
    public bool OfficeOnly { get; init; }

    public static QuestionAnswer Written(int question, string text) => new(new QuestionNumber(question), Text: text);

    public static QuestionAnswer NoInformation(int question) => new(new QuestionNumber(question), Nil: NilAnswer.NoInformation);

    public static QuestionAnswer NotApplicable(int question) => new(new QuestionNumber(question), Nil: NilAnswer.NotApplicable);

    public static QuestionAnswer ToFollow(int question, DateOnly? by) => new(new QuestionNumber(question), Nil: NilAnswer.ToFollow, FollowsBy: by);
}

public enum AnswerStatus
{
    /// Saved but not given to the office: the compilation shows no reply.
    Draft,
    /// Given to the office; still amendable until the deadline.
    Submitted,
}

/// The one answer of a member state to a request: its focal points share it, so an alternate can finish what the lead
/// started. Version counts the saves: a save must carry the version it was based on, or it would overwrite a colleague's
/// text unseen. (The store keeps its own version too; this one travels in the card.)
public sealed record StateAnswer
{
    public required RequestNumber Request { get; init; }
    public required StateCode StateCode { get; init; }
    public IReadOnlyList<QuestionAnswer> Answers { get; init; } = [];
    public Language Language { get; init; } = Language.En;
    public AnswerStatus Status { get; init; } = AnswerStatus.Draft;
    /// Submitted or changed after the deadline.
    public bool Late { get; init; }
    public string? ChangedBy { get; init; }
    public DateTimeOffset? ChangedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public int Version { get; init; }
    /// Who first confirmed the state received the request, and when; kept from the first time.
    public string? AcknowledgedBy { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    /// Documents the state's focal points attached, to a question or to the whole answer (Annexing).
    public IReadOnlyList<Annex> Annexes { get; init; } = [];

    // National circulation: the organisations the state consulted, whether it agrees to be named with them in the
    // compilation, and the national copy's texts waiting for a focal point to confirm them over what was written.
    // None of them moves Version: they touch no answer text (StoreVersion keeps concurrent writes apart).
    public IReadOnlyList<NationalContributor> Contributors { get; init; } = [];
    public bool NamedWithContributors { get; init; }
    public IReadOnlyList<CopyText> FromCopy { get; init; } = [];

    /// The store's version of this record as it was read (ETag, version column); null for an answer not stored yet.
    /// Acknowledging does not bump Version, so this is what keeps an acknowledgement from overwriting a save.
    public string? StoreVersion { get; init; }

    public static StateAnswer New(RequestNumber request, StateCode stateCode) => new() { Request = request, StateCode = stateCode };

    public QuestionAnswer? For(QuestionNumber question) => Answers.FirstOrDefault(a => a.Question == question);
}
