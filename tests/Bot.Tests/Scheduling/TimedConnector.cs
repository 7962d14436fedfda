using FocalBot.Bot.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Scheduling;

/// A connector whose sends take a fixed time on the fake clock. It records the clock, tenant and chat of each call as
/// the call begins (where Teams counts it), how many were in flight at most, and lets a test script answers or faults.
public sealed class TimedConnector(FakeTimeProvider clock, TimeSpan latency) : IConnector
{
    public sealed record Call(int Number, DateTimeOffset At, string Tenant, string ConversationId);

    readonly List<Call> _calls = [];
    readonly List<Call> _answered = [];
    int _inFlight;

    public IReadOnlyList<Call> Calls => _calls;

    /// Calls Teams answered "sent".
    public IReadOnlyList<Call> Delivered => _answered;

    public int MaxInFlight { get; private set; }

    /// Decides a call's answer instead of "sent"; null means sent.
    public Func<Call, SendResult?>? Outcome { get; set; }

    /// Runs as a call begins, after it is recorded: a test throws or cancels from here.
    public Action<Call>? OnCall { get; set; }

    public async Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken ct)
    {
        var call = new Call(_calls.Count + 1, clock.GetUtcNow(), to.TenantId ?? "", to.ConversationId);
        _calls.Add(call);
        MaxInFlight = Math.Max(MaxInFlight, ++_inFlight);
        try
        {
            OnCall?.Invoke(call);
            await Task.Delay(latency, clock, ct);
            var result = Outcome?.Invoke(call) ?? new SendResult(SendStatus.Sent, $"m{call.Number}", 201);
            if (result.IsSent) _answered.Add(call);
            return result;
        }
        finally
        {
            _inFlight--;
        }
    }

    public Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct) =>
        throw new NotSupportedException();

    /// The network team's roster, as Teams lists it.
    public List<ChannelAccount> Roster { get; } = [];

    /// Decides a roster read's fate instead of answering; throw from it for Teams being down.
    public Action? OnRosterRead { get; set; }

    public int RosterReads { get; private set; }

    /// Decides a create's answer instead of a new chat "a:{member}" for the Teams id "29:{member}"; null means created.
    public Func<string, SendResult?>? CreateOutcome { get; set; }

    /// The Teams ids a 1:1 chat was created for, once per call.
    public List<string> Creates { get; } = [];

    /// Decides a probe's answer at the time it is made; null means the service answers.
    public Func<DateTimeOffset, SendResult?>? ProbeOutcome { get; set; }

    public List<DateTimeOffset> Probes { get; } = [];

    public async Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct)
    {
        Creates.Add(userId);
        await Task.Delay(latency, clock, ct);
        if (CreateOutcome?.Invoke(userId) is { } refused) return new CreateConversationResult(refused, null);
        var id = $"a:{userId[3..]}";
        return new CreateConversationResult(new SendResult(SendStatus.Sent, null, 201), id);
    }

    public async Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct)
    {
        RosterReads++;
        await Task.Delay(latency, clock, ct);
        OnRosterRead?.Invoke();
        var start = continuationToken is null ? 0 : int.Parse(continuationToken, System.Globalization.CultureInfo.InvariantCulture);
        var page = Roster.Skip(start).Take(500).ToList();
        return new MembersPage(page, start + 500 < Roster.Count ? (start + 500).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    public async Task<SendResult> ProbeAsync(ConversationReference conversation, CancellationToken ct)
    {
        Probes.Add(clock.GetUtcNow());
        await Task.Delay(latency, clock, ct);
        return ProbeOutcome?.Invoke(clock.GetUtcNow()) ?? new SendResult(SendStatus.Sent, null, 200);
    }

    /// The most calls that began within any one second, for one tenant or all.
    public int MostInAnySecond(string? tenant = null) => MostInAnyWindow(_calls.Where(c => tenant is null || c.Tenant == tenant).Select(c => c.At), TimeSpan.FromSeconds(1));

    /// The most instants within any half-open window [t, t + window): the busiest window starts at one of them.
    public static int MostInAnyWindow(IEnumerable<DateTimeOffset> instants, TimeSpan window)
    {
        var sorted = instants.Order().ToArray();
        var most = 0;
        for (int first = 0, last = 0; first < sorted.Length; first++)
        {
            while (last < sorted.Length && sorted[last] < sorted[first] + window) last++;
            most = Math.Max(most, last - first);
        }
        return most;
    }
}
