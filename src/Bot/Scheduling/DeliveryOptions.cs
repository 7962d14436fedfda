using System.ComponentModel.DataAnnotations;

namespace FocalBot.Bot.Scheduling;

/// Section "Delivery": how fast the proactive sender may go.
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// Proactive sends per second per tenant. Teams allows 50 requests per second per app per tenant and counts every
    /// connector call (teams-platform §1): the rest is left to replies, card updates and roster reads made meanwhile.
    [Range(1, 1000)]
    public int RequestsPerSecond { get; set; } = 45;

    /// Sends in flight at once. A send takes 100–300 ms, so one at a time would reach 3–10 per second; eight reach the rate.
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 8;
}
