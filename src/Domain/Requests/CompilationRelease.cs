using FocalBot.Domain.Members;

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
