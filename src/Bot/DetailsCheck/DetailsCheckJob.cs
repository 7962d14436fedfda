using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.DetailsCheck;

/// Once a year, from the configured day ("Members:DetailsCheckDay", MM-dd, default 01-15), every active member gets the
/// check exactly once: one delivery row per member and year, so restarts and members added later in the year are safe.
public sealed class DetailsCheckJob(IMemberDirectory members, IDeliveryStore deliveries, IConfiguration configuration) : IJob, ICampaign
{
    public string Prefix => "details-check/";

    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var day = DateOnly.ParseExact($"{now.Year}-{configuration["Members:DetailsCheckDay"] ?? "01-15"}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (DateOnly.FromDateTime(now.UtcDateTime) < day) return;

        var active = (await members.ListAsync(ct)).Where(m => m.IsActive).Select(m => m.Id);
        await deliveries.AddPendingAsync(Prefix + now.Year.ToString(CultureInfo.InvariantCulture), active, now, ct);
    }

    public Task<Activity?> MessageAsync(string campaign, Member member, CancellationToken ct) => Task.FromResult<Activity?>(new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(DetailsCheckCards.Check(member, member.PreferredLanguage ?? Language.En))],
    });
}
