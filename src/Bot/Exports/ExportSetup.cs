using FocalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Exports;

public static class ExportSetup
{
    /// The export store that goes with "Storage:Kind": local files with signed links, or the SharePoint library.
    public static WebApplicationBuilder AddExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Checked whatever the store: a wrong public address is a deployment mistake, refused before any link is made.
        builder.Services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        if (StorageSetup.Kind(builder.Configuration) == StorageSetup.SharePoint)
        {
            builder.Services.AddSingleton<IExportStore, SharePointExportStore>();
            return builder;
        }

        // Built on first use, not at startup, so a bot that never exports makes no folder and no key.
        var data = DataFolder(builder.Configuration);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ExportOptions>>().Value;
            var key = ExportSigningKey.TryParse(options.SigningKey, out var configured) ? configured : ExportSigningKey.LoadOrCreate(data);
            return new ExportLinks(key, new Uri(sp.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicUrl), options.LinkLifetime, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton(sp => new LocalExportStore(
            sp.GetRequiredService<IOptions<ExportOptions>>().Value.Path is { Length: > 0 } path ? path : Path.Combine(data, "exports"),
            sp.GetRequiredService<ExportLinks>(), sp.GetRequiredService<ILogger<LocalExportStore>>()));
        builder.Services.AddSingleton<IExportStore>(sp => sp.GetRequiredService<LocalExportStore>());
        return builder;
    }

    /// GET /exports/{id}, only where files are local: SharePoint files are opened in SharePoint.
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(LocalExportStore)))
            app.MapGet(ExportLinks.Route + "/{id}", ExportEndpoint.ServeAsync);
        return app;
    }

    // The folder of the SQLite database: the bot's data stays in one place.
    static string DataFolder(IConfiguration configuration) =>
        Path.GetDirectoryName(Path.GetFullPath(StorageSetup.SqlitePath(configuration)))!;
}
