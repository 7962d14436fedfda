using System.Net;
using Azure.Core;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Tests.Storage;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Options = Microsoft.Extensions.Options.Options;

namespace FocalBot.Bot.Tests.Exports;

/// The SharePoint export store through the real Graph SDK, with the bot's token provider, over the drive emulator.
public sealed class SharePointExportStoreTests
{
    const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const string Folder = "Requests/2026-07";
    const string Name = "Compilation 2026-07 (EN).docx";

    readonly GraphDriveEmulator _graph = new();

    SharePointExportStore Store(string library = "Compilations") => Store(_graph, library);

    /// The store as the bot builds it, over the emulator.
    internal static SharePointExportStore Store(GraphDriveEmulator graph, string library = "Compilations")
    {
        // As GraphCredential.Provider does: a token for the Graph host only.
        var auth = new AzureIdentityAuthenticationProvider(new FakeCredential(), [new Uri(GraphListEmulator.BaseUrl).Host], observabilityOptions: null, isCaeEnabled: true, scopes: "https://graph.test/.default");
        var client = SharePointSetup.Client(graph, auth, GraphListEmulator.BaseUrl);
        return new SharePointExportStore(client, Options.Create(new SharePointOptions { SiteId = GraphListEmulator.SiteId }),
            Options.Create(new ExportOptions { Library = library }), NullLogger<SharePointExportStore>.Instance);
    }

    static ExportFile File(int bytes, int seed = 1)
    {
        var content = new byte[bytes];
        new Random(seed).NextBytes(content);
        return new ExportFile(Name, Docx, content);
    }

    IEnumerable<GraphDriveEmulator.Recorded> Uploads => _graph.Requests.Where(r => r.Path.Contains(GraphDriveEmulator.UploadBase[GraphDriveEmulator.UploadBase.IndexOf("/_api", StringComparison.Ordinal)..]));

    [Fact]
    public async Task A_small_file_goes_up_in_one_request_and_its_link_is_its_page_in_the_library()
    {
        var library = _graph.AddLibrary("Compilations");
        var file = File(10_000);

        var saved = await Store().SaveAsync(Folder, file, default);

        var stored = library.Files[$"{Folder}/{Name}"];
        Assert.Equal(file.Content, stored.Content);
        Assert.Equal(stored.Id, saved.Id);
        Assert.Equal(10_000, saved.Length);
        Assert.Equal($"{library.WebUrl}/Requests/2026-07/Compilation%202026-07%20%28EN%29.docx", saved.WebUrl!.AbsoluteUri);
        Assert.Equal(new ExportLink(saved.WebUrl!, Expires: null), Store().LinkFor(saved, AMember.Elise(), new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        var put = Assert.Single(_graph.Requests, r => r.Method == "PUT");
        Assert.EndsWith($"/items/root:/{Folder}/{Name}:/content", put.Path);
        Assert.True(put.HasAuthorization);
        Assert.DoesNotContain(_graph.Requests, r => r.Path.EndsWith("createUploadSession"));
    }

    [Fact]
    public async Task A_file_of_exactly_4_MB_still_goes_up_in_one_request()
    {
        var library = _graph.AddLibrary("Compilations");

        await Store().SaveAsync(Folder, File(SharePointExportStore.SimpleUploadLimit), default);

        Assert.Single(_graph.Requests, r => r.Method == "PUT");
        Assert.Equal(SharePointExportStore.SimpleUploadLimit, library.Files.Single().Value.Content.Length);
    }

    [Fact]
    public async Task A_larger_file_goes_through_an_upload_session_in_slices_without_the_token()
    {
        var library = _graph.AddLibrary("Compilations");
        var file = File(SharePointExportStore.SimpleUploadLimit + 1_000_001);

        var saved = await Store().SaveAsync(Folder, file, default);

        Assert.Equal(file.Content, library.Files[$"{Folder}/{Name}"].Content);
        Assert.Single(_graph.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/items/root:/{Folder}/{Name}:/createUploadSession"));
        var slices = Uploads.ToList();
        Assert.True(slices.Count >= 2);
        Assert.All(slices, s => Assert.False(s.HasAuthorization));
        Assert.All(slices[..^1], s => Assert.Equal(SharePointExportStore.SliceSize, s.Length));
        Assert.Equal(file.Content.Length, slices.Sum(s => s.Length));
        Assert.Equal($"bytes 0-{SharePointExportStore.SliceSize - 1}/{file.Content.Length}", slices[0].ContentRange);
        Assert.Equal(library.Files.Single().Value.Id, saved.Id);
        Assert.NotNull(saved.WebUrl);
    }

    [Fact]
    public async Task Compiling_again_replaces_the_file_of_the_same_name_small_or_large()
    {
        var library = _graph.AddLibrary("Compilations");
        var store = Store();
        var first = await store.SaveAsync(Folder, File(1_000, seed: 1), default);

        var second = await store.SaveAsync(Folder, File(2_000, seed: 2), default);
        var large = File(SharePointExportStore.SimpleUploadLimit + 10, seed: 3);
        var third = await store.SaveAsync(Folder, large, default);

        var stored = Assert.Single(library.Files).Value;
        Assert.Equal(large.Content, stored.Content);
        Assert.Equal(3, stored.Version);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Id, third.Id);
        Assert.Equal(first.WebUrl, third.WebUrl);
    }

    [Fact]
    public async Task The_library_is_found_by_name_across_pages_once_per_process()
    {
        _graph.AddLibrary("Other");
        var library = _graph.AddLibrary("compilations");
        var store = Store("Compilations");

        await store.SaveAsync(Folder, File(10), default);
        await store.SaveAsync("Requests/2026-08", new ExportFile("Compilation 2026-08 (EN).docx", Docx, [1]), default);

        Assert.Equal(2, library.Files.Count);
        Assert.Equal(2, _graph.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/drives")));
    }

    [Fact]
    public async Task A_missing_library_is_named_in_the_failure_and_found_once_it_exists()
    {
        var store = Store();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(Folder, File(10), default));
        Assert.Contains("'Compilations'", failure.Message);
        Assert.Contains("Exports:Library", failure.Message);

        var library = _graph.AddLibrary("Compilations");
        await store.SaveAsync(Folder, File(10), default);
        Assert.Single(library.Files);
    }

    [Theory]
    [InlineData("..", Name)]
    [InlineData("Requests/../..", Name)]
    [InlineData(Folder, "a:b.docx")]
    [InlineData(Folder, "page.html")]
    public async Task Unsafe_names_are_refused_before_Graph_is_called(string folder, string name)
    {
        _graph.AddLibrary("Compilations");

        await Assert.ThrowsAsync<ArgumentException>(() => Store().SaveAsync(folder, new ExportFile(name, Docx, [1]), default));

        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task On_SharePoint_the_bot_saves_exports_in_the_configured_library_and_serves_none_itself()
    {
        var library = _graph.AddLibrary("Network compilations");
        using var app = new BotApp()
            .Setting("Storage:Kind", "SharePoint")
            .Setting("Storage:SharePoint:SiteId", GraphListEmulator.SiteId)
            .Setting("Storage:SharePoint:GraphBaseUrl", GraphListEmulator.BaseUrl)
            .Setting("Exports:Library", "Network compilations")
            .WithServices(s => s
                .AddKeyedSingleton<HttpMessageHandler>(SharePointSetup.GraphKey, _graph)
                .AddKeyedSingleton<IAuthenticationProvider>(SharePointSetup.GraphKey, new AnonymousAuthenticationProvider()));
        var store = app.Service<IExportStore>();

        var saved = await store.SaveAsync(Folder, File(100), default);

        Assert.IsType<SharePointExportStore>(store);
        Assert.Single(library.Files);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/exports/" + saved.Id)).StatusCode);
    }
}

/// A token for any scope: the emulator only checks that one came along where it should.
sealed class FakeCredential : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext context, CancellationToken ct) => new("emulated-token", DateTimeOffset.UtcNow.AddHours(1));
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext context, CancellationToken ct) => ValueTask.FromResult(GetToken(context, ct));
}
