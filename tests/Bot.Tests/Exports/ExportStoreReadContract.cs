using FocalBot.Bot.Exports;
using FocalBot.Bot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Exports;

/// What both export stores do when the bot reads a saved file back (to zip a compilation with its annexes): the bytes
/// as saved, the latest after a replacement, and nothing for an id that names no file.
public abstract class ExportStoreReadContract
{
    protected abstract IExportStore Store { get; }

    protected const string Pdf = "application/pdf";

    static byte[] Bytes(int length, int seed)
    {
        var content = new byte[length];
        new Random(seed).NextBytes(content);
        return content;
    }

    [Fact]
    public async Task A_saved_file_reads_back_byte_for_byte()
    {
        var content = Bytes(70_000, seed: 1);
        var saved = await Store.SaveAsync("Requests/2026-07/Annexes/a1", new ExportFile("Loi 2024-42.pdf", Pdf, content), default);

        Assert.Equal(content, await Store.ReadAsync(saved.Id, default));
    }

    [Fact]
    public async Task Two_files_of_the_same_name_in_two_folders_read_back_apart()
    {
        var first = await Store.SaveAsync("Requests/2026-07/Annexes/a1", new ExportFile("report.pdf", Pdf, [1, 2, 3]), default);
        var second = await Store.SaveAsync("Requests/2026-07/Annexes/a2", new ExportFile("report.pdf", Pdf, [4, 5]), default);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal([1, 2, 3], await Store.ReadAsync(first.Id, default));
        Assert.Equal([4, 5], await Store.ReadAsync(second.Id, default));
    }

    [Fact]
    public async Task A_replaced_file_reads_back_as_its_latest_content()
    {
        var first = await Store.SaveAsync("Requests/2026-07", new ExportFile("c.pdf", Pdf, [1]), default);

        var again = await Store.SaveAsync("Requests/2026-07", new ExportFile("c.pdf", Pdf, [2, 2]), default);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal([2, 2], await Store.ReadAsync(first.Id, default));
    }

    [Fact]
    public async Task An_id_that_names_no_file_reads_nothing()
    {
        await Store.SaveAsync("Requests/2026-07", new ExportFile("c.pdf", Pdf, [1]), default);

        Assert.Null(await Store.ReadAsync(UnknownId, default));
    }

    /// An id of the store's own kind that names no file.
    protected abstract string UnknownId { get; }
}

public sealed class LocalExportStoreReadTests : ExportStoreReadContract, IDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), $"focalbot-exports-{Guid.NewGuid():N}");
    readonly LocalExportStore _store;

    public LocalExportStoreReadTests() => _store = new(_folder,
        new ExportLinks(new byte[32], new Uri("https://bot.example.org/"), TimeSpan.FromHours(1), new FakeTimeProvider()), NullLogger<LocalExportStore>.Instance);

    protected override IExportStore Store => _store;

    protected override string UnknownId => LocalExportStore.IdOf("Requests/2026-07/gone.pdf");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("Li4vLi4vZXRjL3Bhc3N3ZA")]   // "../../etc/passwd"
    public async Task An_id_the_store_did_not_make_reads_nothing(string id) =>
        Assert.Null(await Store.ReadAsync(id, default));
}

public sealed class SharePointExportStoreReadTests : ExportStoreReadContract
{
    readonly GraphDriveEmulator _graph = new();
    readonly SharePointExportStore _store;

    public SharePointExportStoreReadTests()
    {
        _graph.AddLibrary("Compilations");
        _store = SharePointExportStoreTests.Store(_graph);
    }

    protected override IExportStore Store => _store;

    protected override string UnknownId => "01NOSUCHITEM";

    [Fact]
    public async Task The_content_comes_from_the_download_address_Graph_redirects_to_without_the_token()
    {
        var saved = await Store.SaveAsync("Requests/2026-07", new ExportFile("c.pdf", Pdf, [7, 7, 7]), default);

        await Store.ReadAsync(saved.Id, default);

        var asked = Assert.Single(_graph.Requests, r => r.Method == "GET" && r.Path.EndsWith($"/items/{saved.Id}/content"));
        Assert.True(asked.HasAuthorization);
        var fetched = Assert.Single(_graph.Requests, r => r.Path.EndsWith("/download.aspx"));
        Assert.False(fetched.HasAuthorization);
    }

    [Fact]
    public async Task A_large_file_uploaded_in_slices_reads_back_whole()
    {
        var content = new byte[SharePointExportStore.SimpleUploadLimit + 500_000];
        new Random(5).NextBytes(content);

        var saved = await Store.SaveAsync("Requests/2026-07", new ExportFile("big.pdf", Pdf, content), default);

        Assert.Equal(content, await Store.ReadAsync(saved.Id, default));
    }
}
