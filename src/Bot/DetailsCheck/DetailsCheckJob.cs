using System.Globalization;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.DetailsCheck;

/// Once a year, from the configured day ("Members:DetailsCheckDay", MM-dd, default 01-15), every member the check is
/// due to (DetailsCheckCampaign) gets it exactly once: one delivery row per member and year, so restarts are safe.
public sealed class DetailsCheckJob(IMemberDirectory members, IDeliveryStore deliveries, IOptions<DetailsCheckOptions> options) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var day = options.Value.DayIn(now.Year);
        if (DateOnly.FromDateTime(now.UtcDateTime) < day) return;

        var due = DetailsCheckCampaign.Recipients(await members.ListAsync(ct), day);
        await deliveries.AddPendingAsync(DetailsCheckCampaign.Key(now.Year), due, now, ct);
    }
}
