using FocalBot.Bot.Scheduling;

namespace FocalBot.Bot.DetailsCheck;

public static class DetailsCheckSetup
{
    /// The yearly check: its day (checked at startup), one job that queues it, and the campaign that writes it.
    public static WebApplicationBuilder AddDetailsCheck(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DetailsCheckOptions>().BindConfiguration(DetailsCheckOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DetailsCheckJob>();
        builder.Services.AddSingleton<IJob>(sp => sp.GetRequiredService<DetailsCheckJob>());
        builder.Services.AddCampaign<DetailsCheckCampaign, int>();
        return builder;
    }
}
