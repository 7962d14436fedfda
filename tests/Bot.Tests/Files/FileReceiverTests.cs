using System.Net;
using FocalBot.Bot.Files;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Files;

/// A sent file is downloaded from Microsoft 365 only, within the size limit, and kept only when its content is of
/// its type; every refusal is worded for the member and fetches nothing it need not.
public sealed class FileReceiverTests : IDisposable
{
    const string Url = "https://coe-my.sharepoint.com/personal/elise_moreau/_layouts/15/download.aspx?UniqueId=1&tempauth=secret";

    readonly FileServer _files = new();
    readonly BotApp _app;

    public FileReceiverTests() => _app = App();

    public void Dispose() => _app.Dispose();

    BotApp App() => new BotApp().WithServices(s => s.AddHttpClient(FileDownloader.Client).ConfigurePrimaryHttpMessageHandler(() => _files));

    static FileDownloadInfo Sent(string name, string type, string url = Url) => new(name, url, type);

    [Fact]
    public async Task An_allowed_file_is_downloaded_checked_and_named_safely()
    {
        _files.Serve(Url, SampleFiles.Pdf);

        var received = await _app.Service<FileReceiver>().ReceiveAsync(Sent("../Rapport (final).PDF", "pdf"), default);

        Assert.Null(received.Refusal);
        Assert.Equal(("Rapport final.pdf", "pdf"), (received.File!.Name, received.File.Extension));
        Assert.Equal(SampleFiles.Pdf, received.File.Content);
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("tempauth", StringComparison.Ordinal) || l.Contains("Rapport", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_type_not_allowed_is_refused_without_being_fetched()
    {
        _files.Serve(Url, SampleFiles.Executable);

        var received = await _app.Service<FileReceiver>().ReceiveAsync(Sent("setup.exe", "exe"), default);

        Assert.Equal(FileReceiver.Refusal.TypeNotAllowed, received.Refusal);
        Assert.Empty(_files.Requests);
    }

    [Fact]
    public async Task A_pdf_that_is_not_a_pdf_is_refused()
    {
        _files.Serve(Url, SampleFiles.Docx());

        Assert.Equal(FileReceiver.Refusal.NotOfItsType, (await _app.Service<FileReceiver>().ReceiveAsync(Sent("loi.pdf", "pdf"), default)).Refusal);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        _files.Serve(Url, []);

        Assert.Equal(FileReceiver.Refusal.Empty, (await _app.Service<FileReceiver>().ReceiveAsync(Sent("vide.txt", "txt"), default)).Refusal);
    }

    [Fact]
    public async Task An_expired_download_link_is_unavailable()
    {
        _files.Serve(Url, SampleFiles.Pdf, status: HttpStatusCode.Forbidden);

        Assert.Equal(FileReceiver.Refusal.Unavailable, (await _app.Service<FileReceiver>().ReceiveAsync(Sent("loi.pdf", "pdf"), default)).Refusal);
        Assert.Equal(FileReceiver.Refusal.Unavailable,
            (await _app.Service<FileReceiver>().ReceiveAsync(Sent("loi.pdf", "pdf", "https://coe-my.sharepoint.com/deleted.pdf"), default)).Refusal);
    }

    [Theory]
    [InlineData("https://evil.example.com/loi.pdf")]
    [InlineData("https://coe.sharepoint.com.evil.example/loi.pdf")]
    [InlineData("http://coe.sharepoint.com/loi.pdf")]
    [InlineData("https://coe.sharepoint.com:8443/loi.pdf")]
    public async Task A_file_from_anywhere_but_Microsoft_365_is_refused_without_being_fetched(string url)
    {
        _files.Serve(url, SampleFiles.Pdf);

        Assert.Equal(FileReceiver.Refusal.HostRefused, (await _app.Service<FileReceiver>().ReceiveAsync(Sent("loi.pdf", "pdf", url), default)).Refusal);
        Assert.Empty(_files.Requests);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_even_when_the_server_hides_its_length()
    {
        using var app = App().Setting("Files:MaxMegabytes", "1");
        _files.Serve(Url, [.. SampleFiles.Pdf, .. new byte[1024 * 1024]], withLength: false);

        var received = await app.Service<FileReceiver>().ReceiveAsync(Sent("big.pdf", "pdf"), default);

        Assert.Equal(FileReceiver.Refusal.TooLarge, received.Refusal);
        Assert.Equal(FileTexts.TooLarge.Format(Language.Fr, "big.pdf", 1), app.Service<FileReceiver>().Describe(FileReceiver.Refusal.TooLarge, "big.pdf", Language.Fr));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("lots")]
    public void A_size_limit_out_of_range_stops_the_bot_at_startup(string megabytes)
    {
        using var app = new BotApp().Setting("Files:MaxMegabytes", megabytes);

        Assert.Contains("MaxMegabytes", StartupFailure.Of(app));
    }

    [Fact]
    public void Every_refusal_names_the_file_in_both_languages()
    {
        var receiver = _app.Service<FileReceiver>();

        foreach (var refusal in Enum.GetValues<FileReceiver.Refusal>())
            foreach (var language in Enum.GetValues<Language>())
                Assert.Contains("loi.pdf", receiver.Describe(refusal, "dossier/loi.pdf", language));
    }
}
