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
    readonly Text? _elsewhere;

    Guard(string who, Func<Member, bool> may, Func<Member?, Text> refusal, string? subject = null, SubjectCheck? sees = null, Text? hidden = null,
        Text? elsewhere = null)
    {
        Who = who;
        _may = may;
        _refusal = refusal;
        Subject = subject;
        _sees = sees;
        _hidden = hidden;
        _elsewhere = elsewhere;
    }

    /// Who may use the route, as the routing table reads: "any member", "office"...
    public string Who { get; }

    /// What the route loads that the caller must be allowed to see ("meeting"), or null.
    public string? Subject { get; }

    /// Whether the route answers only in the caller's personal chat (what it shows is theirs alone, or members' details).
    public bool PersonalOnly => _elsewhere is not null;

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
    public Guard Seeing(string subject, SubjectCheck sees, Text hidden) => new(Who, _may, _refusal, subject, sees, hidden, _elsewhere);

    /// The same callers, in their personal chat only; used elsewhere (a channel, a group chat), the route answers
    /// `elsewhere`, which points to the personal chat, and shows nothing.
    public Guard InPersonalChat(Text elsewhere) => new(Who, _may, _refusal, Subject, _sees, _hidden, elsewhere);

    /// The same callers, and the object the route works on: `load` reads it from the card's data, and the caller must be
    /// allowed to see it (`sees`). A subject not found, or hidden from the caller, gets `hidden`, so a guess learns
    /// nothing; `notFound` may say otherwise where existence is no secret. The handler receives the loaded object.
    public Guard<T> Loading<T>(string subject, Func<TurnContext, CancellationToken, Task<T?>> load, Func<Member, T, bool> sees, Text hidden, Text? notFound = null)
        where T : class =>
        new(new Guard(Who, _may, _refusal, subject, elsewhere: _elsewhere), load, sees, hidden, notFound ?? hidden);

    /// Null when the caller may go on; otherwise what to answer them.
    public async Task<Text?> RefusalAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Member is not { IsActive: true } member || !_may(member)) return _refusal(turn.Member);
        if (_elsewhere is not null && !turn.IsPersonal) return _elsewhere;
        if (_sees is not null && !await _sees(turn, member, ct)) return _hidden;
        return null;
    }
}

/// A guard that loads the route's subject once, before the handler runs: the caller must pass `Callers`, the subject
/// must exist and be visible to them. The handler receives it and never reads it a second time.
public sealed class Guard<T> where T : class
{
    readonly Func<TurnContext, CancellationToken, Task<T?>> _load;
    readonly Func<Member, T, bool> _sees;
    readonly Text _hidden;
    readonly Text _notFound;

    internal Guard(Guard callers, Func<TurnContext, CancellationToken, Task<T?>> load, Func<Member, T, bool> sees, Text hidden, Text notFound)
    {
        Callers = callers;
        _load = load;
        _sees = sees;
        _hidden = hidden;
        _notFound = notFound;
    }

    /// Who may use the route; its Subject names what is loaded.
    public Guard Callers { get; }

    /// The subject the caller may see, or what to answer them instead. Called once the caller passed `Callers`.
    public async Task<(T? Subject, Text? Refusal)> LoadAsync(TurnContext turn, Member caller, CancellationToken ct) =>
        await _load(turn, ct) switch
        {
            null => (null, _notFound),
            var found when !_sees(caller, found) => (null, _hidden),
            var found => (found, null),
        };
}
