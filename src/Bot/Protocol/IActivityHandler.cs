namespace FocalBot.Bot.Protocol;

/// <summary>Handles one inbound activity. The turn layer implements it; the protocol layer knows no feature.</summary>
public interface IActivityHandler
{
    /// <summary>Runs the turn; returns the invoke's answer for invokes (Teams waits for it), null otherwise.</summary>
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct);
}
