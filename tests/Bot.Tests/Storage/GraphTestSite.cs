using FocalBot.Bot.Storage.SharePoint;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalBot.Bot.Tests.Storage;

/// The SharePoint stores wired as in production (the real Graph SDK with its default middleware) over the emulator.
public sealed class GraphTestSite
{
    public GraphListEmulator Emulator { get; } = new();
    public GraphServiceClient Graph { get; }
    public SharePointOptions Options { get; } = new() { SiteId = GraphListEmulator.SiteId };

    SharePointLists? _lists;

    public GraphTestSite() => Graph = SharePointSetup.Client(Emulator, new AnonymousAuthenticationProvider(), GraphListEmulator.BaseUrl);

    /// The lists as one running bot sees them, provisioned on first use.
    public SharePointLists Lists => _lists ??= NewStart();

    /// The lists as a freshly started bot sees them: it provisions again.
    public SharePointLists NewStart() =>
        new(Graph, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SharePointLists>.Instance);

    public SharePointMemberDirectory Members() => new(Lists);
    public SharePointConversationStore Conversations() => new(Lists);
    public SharePointActivityLedger Ledger() => new(Lists, NullLogger<SharePointActivityLedger>.Instance);
    public SharePointAuditLog Audit() => new(Lists);
    public SharePointDeliveryStore Deliveries() => new(Lists);
    public SharePointRequestStore Requests() => new(Lists);
    public SharePointMeetingStore Meetings() => new(Lists);
    public SharePointProcedureStore Procedures() => new(Lists);
    public SharePointRapporteurStore Rapporteurs() => new(Lists);
    public SharePointGroupStore Groups() => new(Lists);
    public SharePointOutcomeStore Outcomes() => new(Lists);
    public SharePointJobLease Leases() => new(Lists);

    public string ListName(ListSpec spec) => spec.DisplayName(Options.ListPrefix);

    /// Requests that reached one of the bot's lists, by its spec.
    public IEnumerable<GraphListEmulator.Recorded> RequestsTo(ListSpec spec) =>
        Emulator.List(ListName(spec)) is { } list ? Emulator.Requests.Where(r => r.Path.Contains($"/lists/{list.Id}")) : [];
}
