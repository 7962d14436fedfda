using FocalBot.Domain.Members;

namespace FocalBot.Domain.Requests;

/// Why a national copy was not made, or a filled one not read back; nothing changed.
public enum CirculationRefusal
{
    /// Only an active focal point of a state circulates a request in it, and reads the copy back.
    NotAllowed,
    /// The member's state is not asked in this request.
    StateNotAsked,
    /// The copy was circulated for another state: its answer is not the member's to fill.
    OtherState,
    /// The request is not sent yet.
    NotOpen,
    Closed,
    /// A national deadline on or after the network's deadline leaves the focal point no time to answer.
    NationalDeadlineNotEarlier,
    NationalDeadlinePassed,
}

/// National circulation (working methods 3.4 and 4.7): a focal point consults their national network with a Word copy
/// of a request, then reads the filled copy back into their state's draft answer. The copy is theirs to make while the
/// state answers: a sent request, not closed, that asks their state.
public static class NationalCirculation
{
    /// May the member circulate the request, with this optional national deadline? It must leave time to compile the
    /// state's answer (before the network's deadline) and not be over already.
    public static CirculationRefusal? MayCirculate(InformationRequest request, Member actor, DateOnly? nationalDeadline, DateOnly today)
    {
        if (actor.StateCode is not { } state) return CirculationRefusal.NotAllowed;
        if (Refusal(request, actor, state) is { } refused) return refused;
        if (nationalDeadline is not { } due) return null;
        if (due < today) return CirculationRefusal.NationalDeadlinePassed;
        return due >= request.Deadline ? CirculationRefusal.NationalDeadlineNotEarlier : null;
    }

    /// May the member read back a copy circulated for `copyState`? Only into their own state's answer, while it is open.
    public static CirculationRefusal? MayReadBack(InformationRequest request, Member actor, StateCode copyState)
    {
        if (actor.StateCode is not { } state) return CirculationRefusal.NotAllowed;
        if (Refusal(request, actor, state) is { } refused) return refused;
        return copyState != state ? CirculationRefusal.OtherState : null;
    }

    /// Answering's own checks, so a copy is made and read back exactly where an answer may be written.
    static CirculationRefusal? Refusal(InformationRequest request, Member actor, StateCode state) => Answering.Check(request, state, actor) switch
    {
        null => null,
        AnswerRefusal.StateNotAsked => CirculationRefusal.StateNotAsked,
        AnswerRefusal.Closed => CirculationRefusal.Closed,
        AnswerRefusal.NotOpen => CirculationRefusal.NotOpen,
        _ => CirculationRefusal.NotAllowed,
    };
}
