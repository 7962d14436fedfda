using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace FocalBot.Bot.Storage.SharePoint;

/// The bot's lists on the network's site, provisioned once (at startup, or by the first store that needs them).
public sealed class SharePointLists(GraphServiceClient graph, IOptions<SharePointOptions> options, ILogger<SharePointLists> log)
{
    public static IReadOnlyList<ListSpec> All { get; } =
        [
            SharePointMemberDirectory.List, SharePointConversationStore.List, SharePointActivityLedger.List, SharePointAuditLog.List,
            SharePointDeliveryStore.List, SharePointJobLease.List,
            SharePointRequestStore.Requests, SharePointRequestStore.Numbers, SharePointRequestStore.Answers,
            SharePointMeetingStore.Meetings, SharePointMeetingStore.Answers, SharePointMeetingStore.Suggestions, SharePointMeetingStore.Externals,
            SharePointMeetingStore.Attendances,
            SharePointProcedureStore.List,
            SharePointRapporteurStore.Calls, SharePointRapporteurStore.Nominations, SharePointRapporteurStore.Mandates,
            SharePointGroupStore.List,
            SharePointOutcomeStore.Reports, SharePointOutcomeStore.Comments, SharePointOutcomeStore.Actions,
        ];

    readonly Lock _gate = new();
    Task<Dictionary<ListSpec, ListItems>>? _ready;

    public Task EnsureAsync(CancellationToken ct) => ReadyAsync().WaitAsync(ct);

    public async Task<ListItems> ItemsAsync(ListSpec spec, CancellationToken ct) => (await ReadyAsync().WaitAsync(ct))[spec];

    Task<Dictionary<ListSpec, ListItems>> ReadyAsync()
    {
        lock (_gate)
        {
            // A failed provisioning (Graph down at that moment) is tried again by the next caller, not cached.
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled) _ready = ProvisionAsync();
            return _ready;
        }
    }

    async Task<Dictionary<ListSpec, ListItems>> ProvisionAsync()
    {
        var site = options.Value.SiteId ?? throw new InvalidOperationException("Storage:SharePoint:SiteId is not set.");
        var provisioner = new ListProvisioner(graph, site, options.Value.ListPrefix, log);
        var lists = new Dictionary<ListSpec, ListItems>();
        foreach (var spec in All)
            lists[spec] = new ListItems(graph, site, await provisioner.EnsureAsync(spec, CancellationToken.None), spec);
        return lists;
    }
}
