using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Turns;

/// Whether the caller may see what a route loads: the subject's check, given the turn and the active member.
public delegate Task<bool> SubjectCheck(TurnContext turn, Member caller, CancellationToken ct);

/// Who may use a route, and what it loads that they must be allowed to see. The router asks before any handler runs
/// (only active members reach routes at all); a refused press gets the guard's answer in the caller's language and
/// changes nothing. Every route is registered with one, so a new route cannot forget it.
public sealed class Guard
{
    readonly Func<Member, bool> _may;
    readonly Func<Member?, Text> _refusal;
    readonly SubjectCheck? _sees;
    readonly Text? _hidden;

    Guard(string who, Func<Member, bool> may, Func<Member?, Text> refusal, string? subject = null, SubjectCheck? sees = null, Text? hidden = null)
    {
        Who = who;
        _may = may;
        _refusal = refusal;
        Subject = subject;
        _sees = sees;
        _hidden = hidden;
    }

    /// Who may use the route, as the routing table reads: "any member", "office"...
    public string Who { get; }

    /// What the route loads that the caller must be allowed to see ("meeting"), or null.
    public string? Subject { get; }

    /// Any active member of the network.
    public static readonly Guard AnyMember = new("any member", _ => true, _ => TurnTexts.NotAMember);

    /// The SRSG office only.
    public static Guard Office(Text refusal) => new("office", m => m.Role == MemberRole.Office, _ => refusal);

    /// Members for whom `may` holds, named for the routing table.
    public static Guard Only(string who, Func<Member, bool> may, Text refusal) => new(who, may, _ => refusal);

    /// The same, with an answer that depends on who was refused (the office is told something else than an expert).
    public static Guard Only(string who, Func<Member, bool> may, Func<Member, Text> refusal) =>
        new(who, may, m => m is null ? TurnTexts.NotAMember : refusal(m));

    /// The same callers, who must moreover be allowed to see the route's subject; `hidden` answers the others, the same
    /// answer as for a subject that does not exist, so a guess learns nothing.
    public Guard Seeing(string subject, SubjectCheck sees, Text hidden) => new(Who, _may, _refusal, subject, sees, hidden);

    /// Null when the caller may go on; otherwise what to answer them.
    public async Task<Text?> RefusalAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Member is not { IsActive: true } member || !_may(member)) return _refusal(turn.Member);
        if (_sees is not null && !await _sees(turn, member, ct)) return _hidden;
        return null;
    }
}
