using FocalBot.Bot.Exports;
using FocalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Files;

public static class FileSetup
{
    /// Files members send: the one download client (for documents and the office's CSV files alike), the checks and
    /// their limit.
    public static WebApplicationBuilder AddFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FileOptions>().BindConfiguration(FileOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Messages are handled before Teams is answered, within its 15 seconds: a download may take ten of them.
        builder.Services.AddHttpClient(FileDownloader.Client, client => client.Timeout = TimeSpan.FromSeconds(10))
            // A redirect could lead anywhere: only the host that was checked is read.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The download URL holds the sender's OneDrive path and a short-lived key: it must not reach the logs.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<FileDownloader>();
        builder.Services.AddSingleton<FileReceiver>();
        // Built on first use, like the export links, with their key: a bot nobody sends files to makes no key file.
        builder.Services.AddSingleton(sp => new UploadTickets(
            ExportSigningKey.Of(sp.GetRequiredService<IOptions<ExportOptions>>().Value, sp.GetRequiredService<StorageChoice>()), sp.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
