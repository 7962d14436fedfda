using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// Why a step of a request's life was refused; nothing changed.
public enum RequestRefusal
{
    /// The actor's role may not take this step (or they left the network).
    NotAllowed,
    /// Only a proposed request can be approved or declined.
    NotProposed,
    /// A decline needs a reason: the proposing focal point is told why.
    ReasonMissing,
    /// A focal point's proposal must be approved before it is sent.
    NotApproved,
    Declined,
    AlreadySent,
    NotSent,
    Closed,
    /// The request has problems (RequestValidation says which).
    Invalid,
}

/// The steps of a request's life: the office raises, approves, declines, sends and closes; a focal point may only propose.
public static class RequestWorkflow
{
    /// The office writes a request: a draft until sent.
    public static Outcome<InformationRequest, RequestRefusal> Raise(Member actor, InformationRequest request, DateOnly today) =>
        IsOffice(actor)
            ? Accept(request with { Status = RequestStatus.Draft, RequesterId = actor.Id, CreatedOn = today, SentOn = null, DeclineReason = null })
            : Refuse(RequestRefusal.NotAllowed);

    /// A focal point suggests a request; the office decides. Experts take part only where invited, so they may not.
    public static Outcome<InformationRequest, RequestRefusal> Propose(Member actor, InformationRequest request, DateOnly today) =>
        actor is { IsActive: true, Role: MemberRole.FocalPoint }
            ? Accept(request with { Status = RequestStatus.Proposed, RequesterId = actor.Id, CreatedOn = today, SentOn = null, DeclineReason = null })
            : Refuse(RequestRefusal.NotAllowed);

    public static Outcome<InformationRequest, RequestRefusal> Approve(Member actor, InformationRequest request) =>
        !IsOffice(actor) ? Refuse(RequestRefusal.NotAllowed)
        : request.Status != RequestStatus.Proposed ? Refuse(RequestRefusal.NotProposed)
        : Accept(request with { Status = RequestStatus.Approved });

    public static Outcome<InformationRequest, RequestRefusal> Decline(Member actor, InformationRequest request, string? reason) =>
        !IsOffice(actor) ? Refuse(RequestRefusal.NotAllowed)
        : request.Status != RequestStatus.Proposed ? Refuse(RequestRefusal.NotProposed)
        : string.IsNullOrWhiteSpace(reason) ? Refuse(RequestRefusal.ReasonMissing)
        : Accept(request with { Status = RequestStatus.Declined, DeclineReason = reason });

    /// Sends a draft or an approved proposal, checked again on the day: a deadline fine when written may be too close now.
    /// The number is given here, so abandoned drafts leave no gaps in the year's numbering.
    public static Outcome<InformationRequest, RequestRefusal> Send(
        Member actor, InformationRequest request, RequestNumber number, DateOnly today, WorkingDays calendar, RequestSettings settings)
    {
        if (!IsOffice(actor)) return Refuse(RequestRefusal.NotAllowed);
        var refusal = request.Status switch
        {
            RequestStatus.Proposed => RequestRefusal.NotApproved,
            RequestStatus.Declined => RequestRefusal.Declined,
            RequestStatus.Sent => RequestRefusal.AlreadySent,
            RequestStatus.Closed => RequestRefusal.Closed,
            _ => (RequestRefusal?)null,
        };
        if (refusal is { } r) return Refuse(r);
        if (RequestValidation.Problems(request, today, calendar, settings).Count > 0) return Refuse(RequestRefusal.Invalid);
        return Accept(request with { Status = RequestStatus.Sent, Number = number, SentOn = today });
    }

    /// Ends the answering: the compilation is final.
    public static Outcome<InformationRequest, RequestRefusal> Close(Member actor, InformationRequest request) =>
        !IsOffice(actor) ? Refuse(RequestRefusal.NotAllowed)
        : request.Status == RequestStatus.Closed ? Refuse(RequestRefusal.Closed)
        : request.Status != RequestStatus.Sent ? Refuse(RequestRefusal.NotSent)
        : Accept(request with { Status = RequestStatus.Closed });

    static bool IsOffice(Member actor) => actor is { IsActive: true, Role: MemberRole.Office };

    static Outcome<InformationRequest, RequestRefusal> Accept(InformationRequest r) => Outcome<InformationRequest, RequestRefusal>.Accept(r);

    static Outcome<InformationRequest, RequestRefusal> Refuse(RequestRefusal r) => Outcome<InformationRequest, RequestRefusal>.Refuse(r);
}
