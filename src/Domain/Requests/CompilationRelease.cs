using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// Who receives a request's compilation once the office releases it. The European Migration Network sends every ad-hoc
/// query's compilation back to all national contact points, so the whole audience is the default.
public enum CompilationRecipients
{
    /// The office keeps it: nobody else receives it.
    Office,
    /// The focal points of the states that submitted an answer.
    Responders,
    /// Every focal point the request was sent to.
    Audience,
}

/// Who may open a request's compilation: the office always (the full one, once the request is sent); another member
/// only once the office released it, and only if the request's recipients include them.
public static class CompilationAccess
{
    /// Answered: the states whose answer is submitted.
    public static bool MayOpen(Member member, InformationRequest request, IReadOnlySet<StateCode> answered)
    {
        if (!member.IsActive || request.Number is null) return false;
        if (member.Role == MemberRole.Office) return true;
        if (request.ReleasedOn is null || !request.Audience.Reaches(member)) return false;
        return request.Recipients switch
        {
            CompilationRecipients.Audience => true,
            CompilationRecipients.Responders => answered.Contains(member.StateCode!),
            _ => false,
        };
    }
}

/// Why the office may not release a compilation now; nothing changed.
public enum ReleaseRefusal
{
    /// Only an active office member releases a compilation.
    NotAllowed,
    /// The request was never sent: there is nothing to compile.
    NotSent,
    /// The request keeps its compilation with the office (CompilationRecipients.Office).
    KeptByOffice,
    /// Before the deadline, while some state asked has not submitted its answer.
    TooEarly,
    AlreadyReleased,
    /// Nobody would receive it: no state asked has a focal point, or none of the states that answered does.
    NoRecipient,
}

/// The compilation released and the members it goes to, as CompilationAccess decided when it was released.
public sealed record ReleasedCompilation(InformationRequest Request, IReadOnlyList<Member> Recipients);

/// The office's release of a compilation to the network: once the deadline has passed, or earlier once every state asked
/// has submitted; named or anonymous as the request says (the compilation follows InformationRequest.Anonymous).
public static class CompilationRelease
{
    /// Null when the office may release the compilation today; otherwise why not. `answered`: the states whose answer is
    /// submitted.
    public static ReleaseRefusal? Check(Member actor, InformationRequest request, IReadOnlySet<StateCode> answered, IEnumerable<Member> everyone, DateOnly today) =>
        actor is not { IsActive: true, Role: MemberRole.Office } ? ReleaseRefusal.NotAllowed : Check(request, answered, everyone, today);

    /// The same, whoever asks: what the office's status offers.
    public static ReleaseRefusal? Check(InformationRequest request, IReadOnlySet<StateCode> answered, IEnumerable<Member> everyone, DateOnly today) =>
        request is not { Number: not null, Status: RequestStatus.Sent or RequestStatus.Closed } ? ReleaseRefusal.NotSent
        : request.Recipients == CompilationRecipients.Office ? ReleaseRefusal.KeptByOffice
        : request.ReleasedOn is not null ? ReleaseRefusal.AlreadyReleased
        : !IsDue(request, answered, today) ? ReleaseRefusal.TooEarly
        : Recipients(request with { ReleasedOn = today }, answered, everyone).Count == 0 ? ReleaseRefusal.NoRecipient
        : null;

    /// Releases the compilation today: the request marked released, and whom it goes to.
    public static Outcome<ReleasedCompilation, ReleaseRefusal> Release(Member actor, InformationRequest request, IReadOnlySet<StateCode> answered,
        IEnumerable<Member> everyone, DateOnly today)
    {
        var members = everyone.ToList();
        if (Check(actor, request, answered, members, today) is { } refused) return Outcome<ReleasedCompilation, ReleaseRefusal>.Refuse(refused);
        var released = request with { ReleasedOn = today };
        return Outcome<ReleasedCompilation, ReleaseRefusal>.Accept(new ReleasedCompilation(released, Recipients(released, answered, members)));
    }

    /// After the deadline, or before it once every state asked has submitted its answer.
    public static bool IsDue(InformationRequest request, IReadOnlySet<StateCode> answered, DateOnly today) =>
        RequestDeadline.IsPassed(request.Deadline, today) || request.Audience.States() is { Count: > 0 } asked && asked.All(answered.Contains);

    /// The members a released compilation goes to: everyone who may open it (CompilationAccess) but the office, which
    /// has had it all along.
    public static IReadOnlyList<Member> Recipients(InformationRequest released, IReadOnlySet<StateCode> answered, IEnumerable<Member> everyone) =>
        [.. everyone.Where(m => m.Role != MemberRole.Office && CompilationAccess.MayOpen(m, released, answered))];
}
