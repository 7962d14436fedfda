using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// Posts each opened call, and then its appointments, in the network's channel once (NetworkChannel makes each
/// exactly-once with its delivery row). Once Teams holds a post back, nothing more goes to the channel in this run.
public sealed class RapporteurChannelJob(IRapporteurStore store, IMemberDirectory members, NetworkChannel channel) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var call in (await store.ListCallsAsync(ct)).Where(c => c.Status is CallStatus.Open or CallStatus.Closed))
        {
            if ((await channel.PostOnceAsync(CallChannelPostCampaign.Key(call.Id), () => ProactiveMessage.Card(MandateCards.CallPost(call)), ct)).HeldBack) return;
            if (call.Status != CallStatus.Closed) continue;
            var appointed = (await store.ListMandatesAsync(ct)).Where(m => m.CallId == call.Id).Select(m => m.MemberId).ToList();
            var names = new List<string>();
            foreach (var id in appointed) names.Add((await members.GetAsync(id, ct))?.DisplayName ?? "?");
            names.Sort(StringComparer.InvariantCultureIgnoreCase);   // "Élise" beside "Elias", not after "Zoé"
            if ((await channel.PostOnceAsync(AppointedChannelPostCampaign.Key(call.Id), () => ProactiveMessage.Card(MandateCards.AppointedPost(call, names)), ct)).HeldBack)
                return;
        }
    }
}

/// Each tick: a mandate past its end date is recorded as ended; the office is reminded, once per mandate and end date,
/// some working days before a mandate ends (a renewal moves the end, and so the reminder).
public sealed partial class MandateJob(IRapporteurStore store, IMemberDirectory members, IDeliveryStore deliveries, NetworkCalendar calendar, SendSoon soon,
    ILogger<MandateJob> log) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = calendar.DayOf(now);
        var active = (await store.ListMandatesAsync(ct)).Where(m => m.Status == MandateStatus.Active).ToList();
        if (active.Count == 0) return;
        IEnumerable<string>? office = null;
        var queued = 0;
        foreach (var mandate in active)
        {
            if (Mandates.Expire(mandate, today) is { } ended)
            {
                if (await store.SaveMandateAsync(ended, ct) is SaveResult.Saved) LogExpired(log, mandate.Id);
                continue;
            }
            if (today < Mandates.ReminderDay(mandate, calendar.Days, RapporteurSettings.Default)) continue;
            office ??= (await members.ListAsync(ct)).Where(m => m is { IsActive: true, Role: MemberRole.Office }).Select(m => m.Id).ToList();
            queued += await deliveries.AddPendingAsync(MandateEndingCampaign.Key(new(mandate.Id, mandate.End)), office, now, ct);
        }
        if (queued > 0) soon.Nudge();
    }

    [LoggerMessage(LogLevel.Information, "Mandate {MandateId} ended on its date")]
    static partial void LogExpired(ILogger logger, string mandateId);
}
