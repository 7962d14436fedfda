namespace FocalBot.Bot.Members;

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
