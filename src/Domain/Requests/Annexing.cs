using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// Documents sent to the bot, attached where they belong: a focal point's to their state's answer while the state may
/// still answer (Answering's rules: sent, not closed, asked, and after the deadline only when late answers are
/// accepted), per question or to the whole answer; the office's to a request as background documents while it is a
/// draft, approved or sent. Adding or removing a document touches no text, so the answer's Version stays as it is (a
/// colleague's open form is not made stale); the store's version keeps two saves from overwriting each other.
public static class Annexing
{
    /// Per answer, and per request for background documents: the cards list them all.
    public const int MaxAnnexes = 20;

    /// The requests whose answer this focal point may still annex documents to, in the order given.
    public static IReadOnlyList<InformationRequest> AnswersOpenTo(Member member, IEnumerable<InformationRequest> requests, DateOnly today, RequestSettings settings) =>
        member.StateCode is { } state ? [.. requests.Where(r => Refusal(r, state, member, today, settings) is null)] : [];

    /// The requests the office may add background documents to, in the order given.
    public static IReadOnlyList<InformationRequest> DocumentsOpenTo(Member member, IEnumerable<InformationRequest> requests) =>
        IsOffice(member) ? [.. requests.Where(TakesDocuments)] : [];

    public static bool TakesDocuments(InformationRequest request) => request.Status is RequestStatus.Draft or RequestStatus.Approved or RequestStatus.Sent;

    /// Attaches the document to the state's answer, making the answer (a draft) if there is none. The same upload
    /// again changes nothing, so a second press is harmless.
    public static Outcome<StateAnswer, AnnexRefusal> Attach(InformationRequest request, StateAnswer? current, StateCode state, Member actor, Annex annex,
        DateOnly today, RequestSettings settings)
    {
        var answer = current ?? StateAnswer.New(request.Number ?? default, state);
        if (Refusal(request, answer.StateCode, actor, today, settings) is { } refused) return Refuse<StateAnswer>(refused);
        if (annex.Question is { } q && !request.Has(q)) return Refuse<StateAnswer>(AnnexRefusal.UnknownQuestion);
        if (answer.Annexes.Any(a => a.Id == annex.Id)) return Accept(answer);
        if (answer.Annexes.Count >= MaxAnnexes) return Refuse<StateAnswer>(AnnexRefusal.TooMany);

        return Accept(answer with
        {
            Annexes = [.. answer.Annexes, annex],
            // As for a changed text: a late addition to a submitted answer makes it late.
            Late = answer.Late || (RequestDeadline.IsPassed(request.Deadline, today) && answer.Status == AnswerStatus.Submitted),
            ChangedBy = actor.Id,
            ChangedAt = annex.AddedAt,
        });
    }

    /// Takes a document off the state's answer, while the state may still answer. One already gone changes nothing.
    public static Outcome<StateAnswer, AnnexRefusal> Remove(InformationRequest request, StateAnswer? current, StateCode state, Member actor, string annexId,
        DateTimeOffset now, DateOnly today, RequestSettings settings)
    {
        if (Refusal(request, state, actor, today, settings) is { } refused) return Refuse<StateAnswer>(refused);
        if (current is null) return Refuse<StateAnswer>(AnnexRefusal.NotFound);
        if (current.Annexes.All(a => a.Id != annexId)) return Accept(current);
        return Accept(current with
        {
            Annexes = [.. current.Annexes.Where(a => a.Id != annexId)],
            Late = current.Late || (RequestDeadline.IsPassed(request.Deadline, today) && current.Status == AnswerStatus.Submitted),
            ChangedBy = actor.Id,
            ChangedAt = now,
        });
    }

    /// The office adds a background document to the request. The same upload again changes nothing.
    public static Outcome<InformationRequest, AnnexRefusal> AddDocument(InformationRequest request, Member actor, Annex document)
    {
        if (DocumentRefusal(request, actor) is { } refused) return Refuse<InformationRequest>(refused);
        if (document.Question is not null) return Refuse<InformationRequest>(AnnexRefusal.UnknownQuestion);
        if (request.Documents.Any(d => d.Id == document.Id)) return Accept(request);
        if (request.Documents.Count >= MaxAnnexes) return Refuse<InformationRequest>(AnnexRefusal.TooMany);
        return Accept(request with { Documents = [.. request.Documents, document] });
    }

    /// The office takes a background document off the request. One already gone changes nothing.
    public static Outcome<InformationRequest, AnnexRefusal> RemoveDocument(InformationRequest request, Member actor, string documentId)
    {
        if (DocumentRefusal(request, actor) is { } refused) return Refuse<InformationRequest>(refused);
        return request.Documents.All(d => d.Id != documentId)
            ? Accept(request)
            : Accept(request with { Documents = [.. request.Documents.Where(d => d.Id != documentId)] });
    }

    /// Whether this member may change the state's annexes now: Answering's rules for a change to the answer.
    public static AnnexRefusal? Refusal(InformationRequest request, StateCode state, Member actor, DateOnly today, RequestSettings settings) =>
        Answering.Check(request, state, actor) switch
        {
            AnswerRefusal.NotAllowed => AnnexRefusal.NotAllowed,
            AnswerRefusal.StateNotAsked => AnnexRefusal.StateNotAsked,
            AnswerRefusal.Closed => AnnexRefusal.Closed,
            AnswerRefusal.NotOpen => AnnexRefusal.NotOpen,
            _ when RequestDeadline.IsPassed(request.Deadline, today) && !settings.AcceptLateAnswers => AnnexRefusal.DeadlinePassed,
            _ => null,
        };

    static AnnexRefusal? DocumentRefusal(InformationRequest request, Member actor) =>
        !IsOffice(actor) ? AnnexRefusal.NotAllowed
        : request.Status == RequestStatus.Closed ? AnnexRefusal.Closed
        : !TakesDocuments(request) ? AnnexRefusal.NotOpen
        : null;

    static bool IsOffice(Member member) => member is { IsActive: true, Role: MemberRole.Office };

    static Outcome<T, AnnexRefusal> Accept<T>(T value) where T : class => Outcome<T, AnnexRefusal>.Accept(value);

    static Outcome<T, AnnexRefusal> Refuse<T>(AnnexRefusal refusal) where T : class => Outcome<T, AnnexRefusal>.Refuse(refusal);
}

/// Who may open a document: the office, always; a background document (no state), everyone the sent request reaches;
/// a state's annex, that state's own focal points, and, once its answer is submitted and the compilation released to
/// them, the compilation's recipients (CompilationAccess). The one rule every card and file link asks.
public static class AnnexAccess
{
    /// State: the state whose answer holds the annex, or null for the request's background document. Answered: the
    /// states whose answer is submitted.
    public static bool MayOpen(Member member, InformationRequest request, StateCode? state, IReadOnlySet<StateCode> answered)
    {
        if (!member.IsActive) return false;
        if (member.Role == MemberRole.Office) return true;
        if (state is null) return request.Status is RequestStatus.Sent or RequestStatus.Closed && request.Audience.Reaches(member);
        if (member.Role == MemberRole.FocalPoint && member.StateCode == state) return true;
        return answered.Contains(state) && CompilationAccess.MayOpen(member, request, answered);
    }

    /// The same for one annex of a state's answer: beyond the state's own focal points and the office, nobody opens an
    /// annex of a question the state answered for the office only.
    public static bool MayOpen(Member member, InformationRequest request, StateAnswer answer, Annex annex, IReadOnlySet<StateCode> answered) =>
        MayOpen(member, request, answer.StateCode, answered)
        && (member.Role == MemberRole.Office || member.StateCode == answer.StateCode || !ForTheOfficeOnly(answer, annex));

    /// An annex of a question whose answer the state gave to the office only; an annex to the whole answer never is.
    public static bool ForTheOfficeOnly(StateAnswer answer, Annex annex) =>
        annex.Question is { } question && answer.For(question) is { OfficeOnly: true };
}
