using FocalBot.Bot.Protocol;

namespace FocalBot.Bot.Turns;

public static class TurnSetup
{
    /// Who may reach the bot (checked at startup), the routing table, and the pipeline every activity goes through.
    public static WebApplicationBuilder AddTurns(this WebApplicationBuilder builder, TurnRouter routes)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(routes);
        // The one clock turns, jobs and cards read; tests put a fake one in its place.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KnownConversations>();
        builder.Services.AddSingleton<IActivityHandler, TurnPipeline>();
        return builder;
    }
}
