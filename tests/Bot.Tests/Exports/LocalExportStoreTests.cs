using FocalBot.Bot.Exports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FocalBot.Bot.Tests.Exports;

public sealed class LocalExportStoreTests : IDisposable
{
    const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    readonly string _folder = Path.Combine(Path.GetTempPath(), $"focalbot-exports-{Guid.NewGuid():N}");
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    LocalExportStore Store() => new(Path.Combine(_folder, "exports"),
        new ExportLinks(new byte[32], new Uri("https://bot.example.org/"), TimeSpan.FromHours(1), _clock), NullLogger<LocalExportStore>.Instance);

    [Fact]
    public async Task A_saved_file_is_found_again_by_its_id_with_its_name_and_type()
    {
        var store = Store();

        var saved = await store.SaveAsync("Requests/2026-07", new ExportFile("Compilation 2026-07 (EN).docx", Docx, [1, 2, 3]), default);

        var (path, name, type) = store.Find(saved.Id)!.Value;
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(path));
        Assert.Equal("Compilation 2026-07 (EN).docx", name);
        Assert.Equal(Docx, type);
        Assert.Equal(3, saved.Length);
        Assert.Null(saved.WebUrl);
        Assert.StartsWith(Path.Combine(_folder, "exports", "Requests", "2026-07"), path);
    }

    [Fact]
    public async Task Saving_the_same_name_again_replaces_the_file_and_keeps_its_id()
    {
        var store = Store();
        var first = await store.SaveAsync("Requests/2026-07", new ExportFile("c.docx", Docx, [1]), default);

        var again = await store.SaveAsync("Requests/2026-07", new ExportFile("c.docx", Docx, [2, 2]), default);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal([2, 2], await File.ReadAllBytesAsync(store.Find(again.Id)!.Value.Path));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "exports", "Requests", "2026-07")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../outside")]
    [InlineData("Requests/../../outside")]
    [InlineData("/tmp")]
    public async Task A_folder_that_leaves_the_exports_folder_is_refused_and_nothing_is_written(string folder)
    {
        var store = Store();

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(folder, new ExportFile("c.docx", Docx, [1]), default));

        Assert.False(Directory.Exists(Path.Combine(_folder, "outside")));
        Assert.Empty(Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*", SearchOption.AllDirectories) : []);
    }

    [Theory]
    [InlineData("../secret.docx")]
    [InlineData("../exports-signing.key")]
    [InlineData("..%2Fsecret.docx")]
    [InlineData("/etc/passwd")]
    [InlineData("Requests/../../secret.docx")]
    [InlineData(".secret.docx")]
    public async Task An_id_that_points_outside_the_exports_folder_finds_nothing(string relative)
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "secret.docx"), [9]);
        var store = Store();

        Assert.Null(store.Find(LocalExportStore.IdOf(relative)));
        Assert.Null(store.Find(relative));
    }

    [Fact]
    public void An_id_that_is_not_base64_finds_nothing() => Assert.Null(Store().Find("%%%"));

    [Fact]
    public void A_signing_key_is_generated_once_and_read_back_afterwards()
    {
        var first = ExportSigningKey.LoadOrCreate(_folder);

        var again = ExportSigningKey.LoadOrCreate(_folder);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, again);
        Assert.Single(Directory.GetFiles(_folder));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, ExportSigningKey.FileName)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
