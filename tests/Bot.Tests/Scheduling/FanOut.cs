using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Tests.Storage;
using FocalBot.Bot.Tests.Support;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Scheduling;

/// One campaign sent to many members, on a fresh SQLite file and the real stores, with senders built by hand so a
/// test can "restart" (a new sender and pacer on the same file) and drive the fake clock with VirtualTime.
public sealed class FanOut : IDisposable
{
    public const string Campaign = "fan-out/1";
    public const string TenantA = "11111111-1111-4111-8111-111111111111";
    public const string TenantB = "22222222-2222-4222-8222-222222222222";

    /// The message text; it must never reach the logs.
    public const string Secret = "SENTINEL-4c9e";

    readonly SqliteTestDatabase _db = new();
    readonly ILoggerFactory _logging;

    public FanOut() => _logging = LoggerFactory.Create(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    public CapturingLoggerProvider Logs { get; } = new();
    public IDeliveryStore Deliveries => new SqliteDeliveryStore(_db.Database);
    IMemberDirectory Members => new SqliteMemberDirectory(_db.Database);
    IConversationStore Conversations => new SqliteConversationStore(_db.Database);

    /// Members of the tenant, each with a 1:1 chat "a:{member id}" and a Pending row in the campaign.
    public IReadOnlyList<string> Recipients(string tenant, int count)
    {
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var id = $"m-{tenant[..1]}-{i:D4}";
            var aad = Guid.NewGuid().ToString();
            Wait(Members.SaveAsync(new Member
            {
                Id = id, DisplayName = $"Name-{id}", Role = MemberRole.FocalPoint, Email = $"{id}@example.org",
                AadObjectId = aad, TenantId = tenant,
            }, default));
            Wait(Conversations.SaveAsync(new ConversationReference
            {
                ConversationId = ChatOf(id), ConversationType = "personal", ServiceUrl = Payload.TeamsServiceUrl, ChannelId = "msteams",
                TenantId = tenant, UserId = $"29:{id}", UserAadObjectId = aad,
            }, default));
            ids.Add(id);
        }
        Wait(Deliveries.AddPendingAsync(Campaign, ids, Clock.GetUtcNow(), default));
        return ids;
    }

    /// Members of the tenant who never opened the bot: no stored chat, but in the network team's roster (unless
    /// `inRoster` is false), each with a Pending row in the campaign. The bot knows the team's channel, unless
    /// `botInTeam` is false (JoinTeam then tells it later).
    public IReadOnlyList<string> RecipientsWithoutChat(string tenant, int count, TimedConnector connector, bool inRoster = true, int from = 1,
        bool botInTeam = true)
    {
        if (botInTeam) JoinTeam(tenant);
        var ids = new List<string>();
        for (var i = from; i < from + count; i++)
        {
            var id = $"n-{tenant[..1]}-{i:D4}";
            var aad = Guid.NewGuid().ToString();
            Wait(Members.SaveAsync(new Member
            {
                Id = id, DisplayName = $"Name-{id}", Role = MemberRole.FocalPoint, Email = $"{id}@example.org",
                AadObjectId = aad, TenantId = tenant,
            }, default));
            if (inRoster) connector.Roster.Add(new ChannelAccount { Id = $"29:{id}", AadObjectId = aad, Name = $"Name-{id}" });
            ids.Add(id);
        }
        Wait(Deliveries.AddPendingAsync(Campaign, ids, Clock.GetUtcNow(), default));
        return ids;
    }

    /// The network team, as the bot stored it when it was added there.
    public const string Team = "19:network@thread.tacv2";

    /// The bot is added to the network's team: it stores the team's reference.
    public void JoinTeam(string tenant) => Wait(Conversations.SaveAsync(new ConversationReference
    {
        ConversationId = Team, ConversationType = "channel", ServiceUrl = Payload.TeamsServiceUrl, ChannelId = "msteams",
        TenantId = tenant, TeamId = Team,
    }, default));

    public IReadOnlyDictionary<string, Delivery> Rows() => Wait(Deliveries.ListAsync(Campaign, default)).ToDictionary(r => r.MemberId);

    public ConversationReference? StoredChat(string memberId, string tenant) =>
        Wait(Members.GetAsync(memberId, default)) is { AadObjectId: { } aad } ? Wait(Conversations.FindPersonalAsync(tenant, aad, default)) : null;

    public static string ChatOf(string memberId) => $"a:{memberId}";
    public static string MemberOf(TimedConnector.Call call) => call.ConversationId[2..];

    public TimedConnector Connector(int latencyMs = 100) => new(Clock, TimeSpan.FromMilliseconds(latencyMs));

    /// A sender as the bot builds it, with its own pacer: a new one is a restarted bot. Without `installer` and `mail`,
    /// both Graph ways are off, as by default. A test that passes `pacer` (made with Pacer) can pause a tenant first.
    public ProactiveSender Sender(IConnector connector, int rate = 45, int concurrency = 8, AppInstaller? installer = null, MailNotices? mail = null,
        TenantPacer? pacer = null)
    {
        var off = Options.Create(new ReachOptions());
        var noGraph = new ReachGraph(null, "https://graph.microsoft.com/v1.0");
        installer ??= new AppInstaller(off, noGraph, Clock, _logging.CreateLogger<AppInstaller>());
        mail ??= new MailNotices(off, Options.Create(new BotOptions()), noGraph, Clock, _logging.CreateLogger<MailNotices>());
        pacer ??= Pacer(rate, concurrency);
        var calls = new PacedCalls(connector, pacer, _logging.CreateLogger<PacedCalls>());
        var channel = new NetworkChannel(Deliveries, Conversations, Members, connector, pacer, Options.Create(new NetworkOptions()), Clock, _logging.CreateLogger<NetworkChannel>());
        return new(Deliveries, Members, Conversations, calls, new PersonalChats(Conversations, channel, calls, installer, _logging.CreateLogger<PersonalChats>()),
            mail, new KnownConversations(), new Campaigns([Campaigns.Entry.Sent<FanOutCampaign, int>(new FanOutCampaign())]), Options.Create(new DeliveryOptions { RequestsPerSecond = rate, MaxConcurrency = concurrency }),
            Clock, _logging.CreateLogger<ProactiveSender>());
    }

    public TenantPacer Pacer(int rate = 45, int concurrency = 8) => new(Clock, rate, concurrency, new Random(7));

    public IReadOnlyDictionary<string, DeliveryStatus> Statuses() =>
        Wait(Deliveries.ListAsync(Campaign, default)).ToDictionary(r => r.MemberId, r => r.Status);

    static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();   // SQLite finishes synchronously
    static void Wait(Task task) => task.GetAwaiter().GetResult();

    public void Dispose()
    {
        _logging.Dispose();
        _db.Dispose();
    }

    sealed class FanOutCampaign : ICampaign<int>
    {
        public static string Prefix => "fan-out/";

        public static string Key(int n) => Prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public static bool TryParse(string key, out int n) => int.TryParse(CampaignKey.Rest(key, Prefix), out n);

        public Task<Activity?> MessageAsync(int n, Member member, CancellationToken ct) =>
            Task.FromResult<Activity?>(new() { Type = ActivityTypes.Message, Text = Secret });
    }
}
