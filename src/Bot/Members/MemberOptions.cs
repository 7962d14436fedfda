using System.ComponentModel.DataAnnotations;

namespace FocalBot.Bot.Members;

/// Section "Members": the network's team, and how large an imported file may be.
public sealed class MemberOptions
{
    public const string Section = "Members";

    /// Teams team id ("19:…@thread.tacv2") of the network's team, whose roster "Compare with the team" reads.
    /// Empty: the team the bot was added to last.
    public string? TeamId { get; set; }

    /// Largest CSV file the office may send, in kilobytes.
    [Range(1, 4096)]
    public int MaxImportKilobytes { get; set; } = 512;
}

public static class MemberSetup
{
    public static WebApplicationBuilder AddMembers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MemberOptions>().BindConfiguration(MemberOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient(CsvDownloader.Client, client => client.Timeout = TimeSpan.FromSeconds(10))
            // A redirect could lead anywhere: only the host that was checked is read.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The download URL holds the sender's OneDrive path and a short-lived key: it must not reach the logs.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<CsvDownloader>();
        builder.Services.AddHostedService<DemoNetworkSeeder>();
        return builder;
    }
}
