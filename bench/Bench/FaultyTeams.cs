// The connector stub of the fan-out's fault mode (FanOutFaultBench.cs): Teams on a bad day, as the bot's connector client
// would report it.
using System.Diagnostics;
using System.Net;
using FocalBot.Bot.Protocol;
using Activity = FocalBot.Bot.Protocol.Activity;

/// Teams' connector on a bad day. Every request arrives half its latency (50-150 ms, seeded) after it leaves and counts,
/// a refused one too, in a sliding one-second window per tenant; beyond the limit it gets 429 with Retry-After: 1.
/// On top of that a random quarter of the POSTs (messages and chat creations) get 429 with Retry-After: 1, and during
/// one outage every request (POSTs, the roster read, the sender's probes) gets, by thirds: a 503; a connection that is
/// never made (nothing reaches Teams); or a connection dropped after the request reached Teams, which Teams acted on
/// half the time (a message delivered, a chat created) without an answer coming back. Answers are mapped as the
/// bot's ConnectorClient maps them (IConnector's SendStatus): 429 and 503 are refusals, a connection never made is
/// refused inside the process, a dropped POST of a message is uncertain, a dropped chat creation (safe to repeat) failed.
/// The stub records what each member actually received.
sealed class FaultyTeams(int limit, int seed, TimeSpan outageStart, TimeSpan outageLength) : IConnector
{
    public const double StormShare = 0.25;

    /// What became of one request at Teams.
    public enum Fate { Answered, Limit, Storm, Unavailable, NeverConnected, DroppedActedOn, DroppedNotActedOn }

    readonly Lock _gate = new();
    readonly Random _random = new(seed);
    readonly Dictionary<string, Queue<long>> _window = new();
    readonly Dictionary<string, int> _received = new();   // member id → messages delivered to them
    readonly List<(long Left, bool InOutage, long Answered)> _posts = [];   // message POSTs: when each left and was answered
    readonly HashSet<string> _chats = [];   // the members whose chat Teams created
    readonly Dictionary<Fate, int> _fates = new();
    readonly List<long> _arrivals = [];
    long _origin = Stopwatch.GetTimestamp();
    long _firstOutageAnswer = long.MaxValue;   // when the bot first heard of the outage (a refusal, a failure, a lost answer)
    int _ids, _creates, _rosterPages, _probes, _sends;

    /// The network team's roster: the members without a stored chat, as Teams lists them.
    public List<ChannelAccount> Roster { get; } = [];

    /// The run begins: the outage is timed from here.
    public void Start()
    {
        lock (_gate) _origin = Stopwatch.GetTimestamp();
    }

    public int Received(string memberId)
    {
        lock (_gate) return _received.GetValueOrDefault(memberId);
    }

    public int Count(params Fate[] fates)
    {
        lock (_gate) return fates.Sum(f => _fates.GetValueOrDefault(f));
    }

    /// The most requests that reached Teams within any one second.
    public int MostInAnySecond()
    {
        lock (_gate) return FanOutBench.MostInAnySecond([.. _arrivals]);
    }

    public int Sends => _sends;
    public int Creates => _creates;
    public int ChatsCreated { get { lock (_gate) return _chats.Count; } }
    public int RosterPages => _rosterPages;
    public int Probes => _probes;

    /// Message POSTs that had left the bot when the outage began and had no answer yet.
    public int PostsInFlightAtOutage()
    {
        var begin = _origin + (long)(outageStart.TotalSeconds * Stopwatch.Frequency);
        lock (_gate) return _posts.Count(p => p.Left < begin && p.Answered >= begin);
    }

    /// Message POSTs that met the outage (whatever became of them), and how many of them left after the bot had its first
    /// answer from the outage: the ones a sender that stops at the first failure would not have sent.
    public (int Met, int AfterFirstAnswer) PostsInOutage()
    {
        lock (_gate) return (_posts.Count(p => p.InOutage), _posts.Count(p => p.InOutage && p.Left > _firstOutageAnswer));
    }

    public async Task<SendResult> SendOnceAsync(ConversationReference to, Activity activity, CancellationToken ct)
    {
        Interlocked.Increment(ref _sends);
        var left = Stopwatch.GetTimestamp();
        var fate = await ArriveAsync(to.TenantId, post: true, ct);
        if (fate is Fate.DroppedActedOn or Fate.Answered) Deliver(to.ConversationId);
        lock (_gate) _posts.Add((left, InOutage(fate), Stopwatch.GetTimestamp()));
        return fate switch
        {
            Fate.Answered => new SendResult(SendStatus.Sent, $"1:{Interlocked.Increment(ref _ids)}", 201),
            Fate.DroppedActedOn or Fate.DroppedNotActedOn => new SendResult(SendStatus.Uncertain, null, null, "NoAnswer"),
            _ => Refusal(fate),
        };
    }

    /// The connector client's own send repeats a 429 inside the call; the paced sender uses SendOnceAsync only.
    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken ct) => SendOnceAsync(to, activity, ct);

    public async Task<CreateConversationResult> CreatePersonalConversationOnceAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct)
    {
        Interlocked.Increment(ref _creates);
        var fate = await ArriveAsync(tenantId, post: true, ct);
        if (fate is Fate.Answered or Fate.DroppedActedOn) lock (_gate) _chats.Add(userId);
        return fate switch
        {
            // The 1:1 chat of a user is the same every time: "a:" and the member id, as the stored chats are named.
            Fate.Answered => new CreateConversationResult(new SendResult(SendStatus.Sent, null, 201), "a:" + userId[3..]),
            // Creating can be repeated, so the client reports a lost answer as failed, not in doubt.
            Fate.DroppedActedOn or Fate.DroppedNotActedOn => new CreateConversationResult(new SendResult(SendStatus.Failed, null, null, "NoAnswer"), null),
            _ => new CreateConversationResult(Refusal(fate), null),
        };
    }

    public Task<CreateConversationResult> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken ct) =>
        CreatePersonalConversationOnceAsync(serviceUrl, tenantId, userId, ct);

    public async Task<MembersPage> GetPagedMembersAsync(ConversationReference conversation, string? continuationToken, CancellationToken ct)
    {
        Interlocked.Increment(ref _rosterPages);
        var fate = await ArriveAsync(conversation.TenantId, post: false, ct);
        // The client reads the roster with EnsureSuccessStatusCode: a refusal or a lost answer is an exception.
        switch (fate)
        {
            case Fate.Limit: throw new HttpRequestException("Too many requests", null, HttpStatusCode.TooManyRequests);
            case Fate.Unavailable: throw new HttpRequestException("Service unavailable", null, HttpStatusCode.ServiceUnavailable);
            case Fate.NeverConnected: throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused");
            case Fate.DroppedActedOn or Fate.DroppedNotActedOn: throw new HttpRequestException(HttpRequestError.ResponseEnded, "Connection dropped");
        }
        var start = continuationToken is null ? 0 : int.Parse(continuationToken, System.Globalization.CultureInfo.InvariantCulture);
        List<ChannelAccount> page;
        lock (_gate) page = Roster.Skip(start).Take(500).ToList();
        return new MembersPage(page, start + 500 < Roster.Count ? (start + 500).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// GET members/{user}: answered (Sent) unless refused (Throttled) or failed or unanswered (Failed), as the client says.
    public async Task<SendResult> ProbeAsync(ConversationReference conversation, CancellationToken ct)
    {
        Interlocked.Increment(ref _probes);
        var fate = await ArriveAsync(conversation.TenantId, post: false, ct);
        return fate switch
        {
            Fate.Answered => new SendResult(SendStatus.Sent, null, 200),
            Fate.Limit or Fate.Unavailable or Fate.NeverConnected => Refusal(fate),
            _ => new SendResult(SendStatus.Failed, null, null, "NoAnswer"),
        };
    }

    public Task<SendResult> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken ct) =>
        throw new NotSupportedException("the fan-out only posts");

    static SendResult Refusal(Fate fate) => fate switch
    {
        Fate.Limit or Fate.Storm => new SendResult(SendStatus.Throttled, null, 429, "Throttled", TimeSpan.FromSeconds(1)),
        Fate.Unavailable => new SendResult(SendStatus.Throttled, null, 503, "ServiceUnavailable"),
        _ => new SendResult(SendStatus.Throttled, null, null, "ConnectionFailed"),
    };

    /// One request's trip: half its latency out, what Teams makes of it on arrival, the other half back.
    async Task<Fate> ArriveAsync(string? tenant, bool post, CancellationToken ct)
    {
        int latencyMs;
        lock (_gate) latencyMs = _random.Next(50, 151);
        await Task.Delay(latencyMs / 2, ct);

        Fate fate;
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            var sinceStart = Stopwatch.GetElapsedTime(_origin, now);
            var outage = sinceStart >= outageStart && sinceStart < outageStart + outageLength;
            fate = outage ? _random.Next(3) switch { 0 => Fate.Unavailable, 1 => Fate.NeverConnected, _ => Fate.DroppedActedOn } : Fate.Answered;
            if (fate == Fate.DroppedActedOn && _random.Next(2) == 0) fate = Fate.DroppedNotActedOn;
            if (fate != Fate.NeverConnected)
            {
                // Reached Teams: it counts toward the tenant's limit, whatever the answer.
                if (!_window.TryGetValue(tenant ?? "", out var recent)) _window[tenant ?? ""] = recent = new Queue<long>();
                while (recent.TryPeek(out var oldest) && Stopwatch.GetElapsedTime(oldest, now) >= TimeSpan.FromSeconds(1)) recent.Dequeue();
                var over = recent.Count >= limit;
                recent.Enqueue(now);
                _arrivals.Add(now);
                if (fate == Fate.Answered && over) fate = Fate.Limit;
                else if (fate == Fate.Answered && post && _random.NextDouble() < StormShare) fate = Fate.Storm;
            }
            _fates[fate] = _fates.GetValueOrDefault(fate) + 1;
        }

        // A connection never made fails at once; every other request waits for its answer (or its loss).
        if (fate != Fate.NeverConnected) await Task.Delay(latencyMs - latencyMs / 2, ct);
        if (InOutage(fate)) lock (_gate) _firstOutageAnswer = Math.Min(_firstOutageAnswer, Stopwatch.GetTimestamp());
        return fate;
    }

    static bool InOutage(Fate fate) => fate is Fate.Unavailable or Fate.NeverConnected or Fate.DroppedActedOn or Fate.DroppedNotActedOn;

    void Deliver(string conversationId)
    {
        var member = conversationId.StartsWith("a:", StringComparison.Ordinal) ? conversationId[2..] : conversationId;
        lock (_gate) _received[member] = _received.GetValueOrDefault(member) + 1;
    }
}
