using System.Text.Json;
using FocalBot.Bot.Storage.SharePoint;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;

namespace FocalBot.Bot.Tests.Storage;

/// The emulator itself, through the real Graph SDK: it must refuse what SharePoint refuses, or the store tests prove nothing.
public sealed class GraphListEmulatorTests
{
    static readonly ListSpec Things = new("Things", "Emulator checks",
    [
        ColumnSpec.Text("MemberId", "Key", 64).Key(),
        ColumnSpec.Text("IdentityKey", "Second key").Key(),
        ColumnSpec.Text("Email", "Not indexed"),
        ColumnSpec.Choice("Role", "Choice", ["FocalPoint", "Office"]),
    ]);

    readonly GraphListEmulator _emulator = new();
    readonly GraphServiceClient _graph;

    public GraphListEmulatorTests() => _graph = new GraphServiceClient(
        GraphClientFactory.Create(GraphClientFactory.CreateDefaultHandlers(), finalHandler: _emulator), new AnonymousAuthenticationProvider(), GraphListEmulator.BaseUrl);

    string ListId => _emulator.List("FocalBot Things")!.Id;

    async Task<ListItems> MembersAsync()
    {
        var id = await new ListProvisioner(_graph, GraphListEmulator.SiteId, "FocalBot", NullLogger.Instance).EnsureAsync(Things, default);
        return new ListItems(_graph, GraphListEmulator.SiteId, id, Things);
    }

    Task<ListItemCollectionResponse?> FilterAsync(string filter, bool prefer = false) =>
        _graph.Sites[GraphListEmulator.SiteId].Lists[ListId].Items.GetAsync(r =>
        {
            r.QueryParameters.Filter = filter;
            r.QueryParameters.Expand = ["fields"];
            if (prefer) r.Headers.Add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly");
        });

    static Dictionary<string, object?> Member(string id, string identity) =>
        new() { ["Title"] = id, ["MemberId"] = id, ["IdentityKey"] = identity, ["Email"] = $"{id}@example.org" };

    [Fact]
    public async Task A_filter_on_a_non_indexed_column_is_refused_as_SharePoint_refuses_it()
    {
        await (await MembersAsync()).CreateAsync(Member("m-1", "t|1"), default);

        var refused = await Assert.ThrowsAsync<ODataError>(() => FilterAsync("fields/Email eq 'm-1@example.org'"));

        Assert.Equal(400, refused.ResponseStatusCode);
        Assert.Equal("invalidRequest", refused.Error!.Code);
        Assert.StartsWith("Field 'Email' cannot be referenced in filter or orderby as it is not indexed.", refused.Error.Message);
        Assert.Single((await FilterAsync("fields/MemberId eq 'M-1'"))!.Value!);   // indexed, and text compares without case
    }

    [Fact]
    public async Task The_Prefer_header_lets_a_non_indexed_filter_through_only_where_SharePoint_would()
    {
        await (await MembersAsync()).CreateAsync(Member("m-1", "t|1"), default);

        var refusedByDefault = await Assert.ThrowsAsync<ODataError>(() => FilterAsync("fields/Email eq 'm-1@example.org'", prefer: true));
        _emulator.HonorsNonIndexedPrefer = true;
        var honoured = await FilterAsync("fields/Email eq 'm-1@example.org'", prefer: true);

        Assert.Equal(400, refusedByDefault.ResponseStatusCode);
        Assert.Single(honoured!.Value!);
    }

    [Fact]
    public async Task A_unique_column_refuses_a_duplicate_with_Graphs_409()
    {
        var items = await MembersAsync();
        await items.CreateAsync(Member("m-1", "t|1"), default);

        var refused = await Assert.ThrowsAsync<ODataError>(() => _graph.Sites[GraphListEmulator.SiteId].Lists[ListId]
            .Items.PostAsync(new ListItem { Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "x", ["MemberId"] = "M-1", ["IdentityKey"] = "t|2" } } }));

        Assert.Equal(409, refused.ResponseStatusCode);
        Assert.Equal("nameAlreadyExists", refused.Error!.Code);
        Assert.Contains("duplicate values were found in the following field(s) in the list: [MemberId]", refused.Error.Message);
        Assert.Single(_emulator.List("FocalBot Things")!.Items);
    }

    [Fact]
    public async Task A_stale_If_Match_gets_412_and_changes_nothing()
    {
        var items = await MembersAsync();
        var created = (await items.CreateAsync(Member("m-1", "t|1"), default)).Row!;
        await items.UpdateAsync(created.Id, new Dictionary<string, object?> { ["Email"] = "new@example.org" }, created.ETag, default);

        var stale = await items.UpdateAsync(created.Id, new Dictionary<string, object?> { ["Email"] = "stale@example.org" }, created.ETag, default);
        var staleDelete = await items.DeleteAsync(created.Id, created.ETag, default);

        Assert.Equal((WriteStatus.Changed, WriteStatus.Changed), (stale.Status, staleDelete.Status));
        Assert.Equal("new@example.org", (await items.GetAsync(created.Id, default))!.Text("Email"));
    }

    [Fact]
    public async Task Writes_are_checked_against_the_columns()
    {
        var items = await MembersAsync();

        var unknown = await Assert.ThrowsAsync<ODataError>(() => items.CreateAsync(new Dictionary<string, object?> { ["Title"] = "x", ["Nickname"] = "y" }, default));
        var tooLong = await Assert.ThrowsAsync<ODataError>(() => items.CreateAsync(new Dictionary<string, object?> { ["Title"] = new string('x', 256) }, default));
        var badChoice = await Assert.ThrowsAsync<ODataError>(() => items.CreateAsync(new Dictionary<string, object?> { ["Title"] = "x", ["Role"] = "Admin" }, default));

        Assert.All([unknown, tooLong, badChoice], e => Assert.Equal(400, e.ResponseStatusCode));
    }

    [Fact]
    public async Task Pages_are_small_and_linked_and_fields_can_be_selected()
    {
        var items = await MembersAsync();
        for (var i = 0; i < 7; i++) await items.CreateAsync(Member($"m-{i}", $"t|{i}"), default);

        var first = await _graph.Sites[GraphListEmulator.SiteId].Lists[ListId].Items
            .GetAsync(r => { r.QueryParameters.Top = 100; r.QueryParameters.Expand = ["fields(select=MemberId)"]; });

        Assert.Equal(5, first!.Value!.Count);
        Assert.NotNull(first.OdataNextLink);
        var fields = JsonSerializer.Serialize(first.Value[0].Fields!.AdditionalData.Keys.Order());
        Assert.Equal("""["@odata.etag","MemberId"]""", fields);
        Assert.Equal(7, (await items.QueryAsync(null, int.MaxValue, default)).Count);
    }
}
