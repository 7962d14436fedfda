using FocalBot.Bot.Storage;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Exports;

public static class ExportSetup
{
    /// The export store that goes with the store chosen (StorageChoice, from "Storage:Kind"): local files with signed
    /// links, or the SharePoint library.
    public static WebApplicationBuilder AddExports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Checked whatever the store: a wrong public address is a deployment mistake, refused before any link is made.
        builder.Services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddSingleton<IExportStore>(sp => sp.GetRequiredService<StorageChoice>().Kind == StorageKind.SharePoint
            ? ActivatorUtilities.CreateInstance<SharePointExportStore>(sp)   // its Graph client exists only with SharePoint
            : sp.GetRequiredService<LocalExportStore>());

        // Built on first use, not at startup, so a bot that never exports makes no folder and no key.
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ExportOptions>>().Value;
            var key = ExportSigningKey.Of(options, sp.GetRequiredService<StorageChoice>());
            return new ExportLinks(key, new Uri(sp.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicUrl), options.LinkLifetime, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton(sp => new LocalExportStore(
            sp.GetRequiredService<IOptions<ExportOptions>>().Value.Path is { Length: > 0 } path
                ? path
                : Path.Combine(sp.GetRequiredService<StorageChoice>().DataFolder, "exports"),
            sp.GetRequiredService<ExportLinks>(), sp.GetRequiredService<ILogger<LocalExportStore>>()));
        return builder;
    }

    /// GET /exports/{id}, only where files are local: SharePoint files are opened in SharePoint.
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<StorageChoice>().Kind == StorageKind.Sqlite)
            app.MapGet(ExportLinks.Route + "/{id}", ExportEndpoint.ServeAsync);
        return app;
    }
}
