using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Turns;

public delegate Task TurnHandler(TurnContext turn, CancellationToken ct);

public delegate Task<InvokeResponse> InvokeHandler(TurnContext turn, CancellationToken ct);

/// A command or file handler once its guard let the caller in: `member` is the active member who wrote.
public delegate Task MemberHandler(TurnContext turn, Member member, CancellationToken ct);

/// A card action's handler once its guard let the caller in: `member` is the active member who pressed.
public delegate Task<InvokeResponse> MemberInvokeHandler(TurnContext turn, Member member, CancellationToken ct);

/// A card action's handler once its guard loaded the route's subject and found the caller may see it.
public delegate Task<InvokeResponse> SubjectInvokeHandler<in T>(TurnContext turn, Member member, T subject, CancellationToken ct);

/// A text command as the help card shows it: its word and what it does, in both languages.
public sealed record CommandInfo(Text Name, Text Description);

/// The routing table. Rules: the first matching route wins; a command, verb or invoke name registered twice throws at
/// startup; an invoke nobody handles gets 501; in group chats and channels only messages that @mention the bot are handled.
/// Every command, verb, file type and invoke is registered with its Guard, which the router checks before the handler.
/// A message carrying files goes to the files' routes, each file to its type's (or to the route for other types), in
/// any chat: a file route's guard says where it is taken (the personal chat), so a file sent elsewhere is answered.
public sealed class TurnRouter
{
    readonly Dictionary<string, (Guard Guard, TurnHandler Handler)> _commands = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, (Guard Guard, InvokeHandler Handler)> _verbs = new(StringComparer.Ordinal);
    readonly Dictionary<string, (Guard Guard, InvokeHandler Handler)> _invokes = new(StringComparer.Ordinal);
    readonly Dictionary<string, (Guard Guard, TurnHandler Handler)> _files = new(StringComparer.OrdinalIgnoreCase);
    (Guard Guard, TurnHandler Handler)? _otherFiles;
    readonly List<TurnHandler> _installs = [];
    readonly List<CommandInfo> _described = [];
    TurnHandler? _unknownCommand;

    public const string AdaptiveCardAction = "adaptiveCard/action";

    public IReadOnlyCollection<string> Commands => _commands.Keys;
    public IReadOnlyList<CommandInfo> Described => _described;
    public IReadOnlyCollection<string> Verbs => _verbs.Keys;

    /// Every route and its guard, as the routing table's test walks them: ("verb", "meeting.rsvp", guard)...
    public IEnumerable<(string Kind, string Name, Guard Guard)> Guards =>
        _commands.Select(c => ("command", c.Key, c.Value.Guard))
            .Concat(_verbs.Select(v => ("verb", v.Key, v.Value.Guard)))
            .Concat(_files.Select(f => ("file", f.Key, f.Value.Guard)))
            .Concat(_otherFiles is { } other ? [("file", "*", other.Guard)] : Array.Empty<(string, string, Guard)>())
            .Concat(_invokes.Select(i => ("invoke", i.Key, i.Value.Guard)));

    /// A text command: the first word of the message (without the @mention), in English or French; listed on the help card.
    public TurnRouter OnCommand(Text name, Text description, Guard guard, TurnHandler handler)
    {
        foreach (var word in new[] { name.En, name.Fr }.Distinct(StringComparer.OrdinalIgnoreCase))
            if (!_commands.TryAdd(word, (guard, handler))) throw new InvalidOperationException($"Command '{word}' is routed twice.");
        _described.Add(new CommandInfo(name, description));
        return this;
    }

    /// The same, for a handler that takes the caller the guard let in.
    public TurnRouter OnCommand(Text name, Text description, Guard guard, MemberHandler handler) =>
        OnCommand(name, description, guard, (turn, ct) => handler(turn, Caller(turn), ct));

    /// An Action.Execute verb (invoke adaptiveCard/action); the handler answers with a card or a message.
    public TurnRouter OnExecute(string verb, Guard guard, InvokeHandler handler)
    {
        if (!_verbs.TryAdd(verb, (guard, handler))) throw new InvalidOperationException($"Card verb '{verb}' is routed twice.");
        return this;
    }

    /// The same, for a handler that takes the caller the guard let in.
    public TurnRouter OnExecute(string verb, Guard guard, MemberInvokeHandler handler) =>
        OnExecute(verb, guard, (turn, ct) => handler(turn, Caller(turn), ct));

    /// A verb whose guard loads its subject: the handler runs only when the subject exists and the caller may see it,
    /// and receives it; otherwise the caller gets the guard's answer in their language.
    public TurnRouter OnExecute<T>(string verb, Guard<T> guard, SubjectInvokeHandler<T> handler) where T : class =>
        OnExecute(verb, guard.Callers, async (turn, ct) =>
        {
            var caller = Caller(turn);
            var (subject, refusal) = await guard.LoadAsync(turn, caller, ct);
            return refusal is not null ? InvokeResponse.Message(refusal.In(turn.Language)) : await handler(turn, caller, subject!, ct);
        });

    /// A file sent in the personal chat, by file type ("csv"); a message carrying such a file goes here, not to a command.
    public TurnRouter OnFile(string fileType, Guard guard, TurnHandler handler)
    {
        if (!_files.TryAdd(fileType, (guard, handler))) throw new InvalidOperationException($"File type '{fileType}' is routed twice.");
        return this;
    }

    /// The same, for a handler that takes the caller the guard let in.
    public TurnRouter OnFile(string fileType, Guard guard, MemberHandler handler) =>
        OnFile(fileType, guard, (turn, ct) => handler(turn, Caller(turn), ct));

    /// A file of a type no OnFile route takes (so the sender hears that the type is not accepted).
    public TurnRouter OnOtherFile(Guard guard, MemberHandler handler)
    {
        if (_otherFiles is not null) throw new InvalidOperationException("The route for other file types is set twice.");
        _otherFiles = (guard, (turn, ct) => handler(turn, Caller(turn), ct));
        return this;
    }

    /// Any other invoke name.
    public TurnRouter OnInvoke(string name, Guard guard, InvokeHandler handler)
    {
        if (name == AdaptiveCardAction) throw new InvalidOperationException("Route card actions with OnExecute.");
        if (!_invokes.TryAdd(name, (guard, handler))) throw new InvalidOperationException($"Invoke '{name}' is routed twice.");
        return this;
    }

    /// The bot was installed in, or added to, a conversation (installationUpdate add, or conversationUpdate naming the bot).
    public TurnRouter OnInstall(TurnHandler handler)
    {
        _installs.Add(handler);
        return this;
    }

    /// A message that matches no command.
    public TurnRouter OnUnknownCommand(TurnHandler handler)
    {
        if (_unknownCommand is not null) throw new InvalidOperationException("The unknown-command route is set twice.");
        _unknownCommand = handler;
        return this;
    }

    internal async Task<InvokeResponse?> RouteAsync(TurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Invoke:
                if (activity.Name == AdaptiveCardAction)
                {
                    if (turn.ActionType != "Action.Execute")
                        return InvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported.");
                    return turn.Verb is { } verb && _verbs.TryGetValue(verb, out var onVerb) ? await InvokeAsync(onVerb, turn, ct) : InvokeResponse.NotImplemented;
                }
                return activity.Name is { } name && _invokes.TryGetValue(name, out var onInvoke) ? await InvokeAsync(onInvoke, turn, ct) : InvokeResponse.NotImplemented;

            case ActivityTypes.Message:
                if (!turn.IsPersonal && !activity.MentionsRecipient()) return null;
                if (activity.Value is not null && string.IsNullOrWhiteSpace(activity.Text)) return null; // Action.Submit: no route uses it
                if (turn.Files.Count > 0 && await FilesAsync(turn, ct)) return null;
                var word = turn.Text.Split(' ', 2)[0];
                if (_commands.TryGetValue(word, out var onCommand)) await MessageAsync(onCommand, turn, ct);
                else if (_unknownCommand is not null) await _unknownCommand(turn, ct);
                return null;

            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
            case ActivityTypes.ConversationUpdate when BotWasAdded(activity):
                foreach (var onInstall in _installs) await onInstall(turn, ct);
                return null;

            default:
                return null; // unknown types, names and entities are tolerated (spec A2014)
        }
    }

    static async Task<InvokeResponse> InvokeAsync((Guard Guard, InvokeHandler Handler) route, TurnContext turn, CancellationToken ct) =>
        await route.Guard.RefusalAsync(turn, ct) is { } refusal
            ? InvokeResponse.Message(refusal.In(turn.Language))
            : await route.Handler(turn, ct);

    static async Task MessageAsync((Guard Guard, TurnHandler Handler) route, TurnContext turn, CancellationToken ct)
    {
        if (await route.Guard.RefusalAsync(turn, ct) is { } refusal) await turn.SendTextAsync(refusal.In(turn.Language), ct);
        else await route.Handler(turn, ct);
    }

    /// Each file to its route, in the order sent; a refusal the guards give for several files is said once. False when
    /// no route takes any of them: the message is then read as a command.
    async Task<bool> FilesAsync(TurnContext turn, CancellationToken ct)
    {
        var routed = turn.Files.Select(f => (File: f, Route: _files.TryGetValue(f.FileType, out var route) ? route : _otherFiles))
            .Where(r => r.Route is not null).ToList();
        if (routed.Count == 0) return false;
        var said = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, route) in routed)
        {
            turn.File = file;
            if (await route!.Value.Guard.RefusalAsync(turn, ct) is { } refusal)
            {
                var text = refusal.In(turn.Language);
                if (said.Add(text)) await turn.SendTextAsync(text, ct);
            }
            else await route.Value.Handler(turn, ct);
        }
        return true;
    }

    /// The caller once a guard let them in: guards admit active members only, so this never fails on a routed turn.
    static Member Caller(TurnContext turn) =>
        turn.Member ?? throw new InvalidOperationException("A guarded route ran without a member.");

    static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;
}
