using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.DetailsCheck;

/// Once a year, from the configured day ("Members:DetailsCheckDay", MM-dd, default 01-15), every active member gets the
/// check exactly once: one delivery row per member and year, so restarts are safe. A new member is not asked yet
/// (IsDue): their details were entered when they joined, and the check would arrive with their welcome.
public sealed class DetailsCheckJob(IMemberDirectory members, IDeliveryStore deliveries, IOptions<DetailsCheckOptions> options) : IJob, ICampaign
{
    /// A member who joined less than this many months before the check day, or after it, is first asked the next year.
    public const int NewMemberMonths = 3;

    public string Prefix => "details-check/";

    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var day = options.Value.DayIn(now.Year);
        if (DateOnly.FromDateTime(now.UtcDateTime) < day) return;

        var due = (await members.ListAsync(ct)).Where(m => IsDue(m, day)).Select(m => m.Id);
        await deliveries.AddPendingAsync(Prefix + now.Year.ToString(CultureInfo.InvariantCulture), due, now, ct);
    }

    /// Active, and in the network for at least NewMemberMonths on the check day. A member added (or back) after the day
    /// would otherwise get the check with their welcome; one added in the months before it, a check of details they
    /// have just given. A member with no joining day (added before the directory kept one) is asked.
    internal static bool IsDue(Member member, DateOnly checkDay) =>
        member.IsActive && !(member.JoinedOn is { } joined && joined > checkDay.AddMonths(-NewMemberMonths));

    public Task<Activity?> MessageAsync(string campaign, Member member, CancellationToken ct) => Task.FromResult<Activity?>(new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(DetailsCheckCards.Check(member, member.PreferredLanguage ?? Language.En))],
    });
}
