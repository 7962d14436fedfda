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
        if (await CompleteAppointmentsAsync(now, ct) > 0) soon.Nudge();
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

    /// Closed calls whose mandates, nominations or notices a fault left unwritten: written now, from the closed call.
    /// Calls closed within the last week only, which makes good any fault long before; older ones cost no read.
    async Task<int> CompleteAppointmentsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var done = 0;
        var everyone = (IReadOnlyDictionary<string, Member>?)null;
        var since = calendar.DayOf(now).AddDays(-7);
        foreach (var call in (await store.ListCallsAsync(ct)).Where(c => c is { Status: CallStatus.Closed, ClosedOn: { } closed } && closed >= since))
        {
            var nominations = await store.ListNominationsAsync(call.Id, ct);
            var appointment = Mandates.Follow(call, nominations, everyone ??= (await members.ListAsync(ct)).ToDictionary(m => m.Id));
            done += await Appointments.CompleteAsync(appointment, store, deliveries, now, ct);
        }
        return done;
    }

    [LoggerMessage(LogLevel.Information, "Mandate {MandateId} ended on its date")]
    static partial void LogExpired(ILogger logger, string mandateId);
}

/// Writes what a closed call's appointment means (Mandates.Follow): the mandates not stored yet, the nominations still
/// live, and the notices' rows (each notice checks at sending time that what it says still holds). Safe to repeat.
public static class Appointments
{
    /// How many records or rows it wrote now: 0 once everything is there.
    public static async Task<int> CompleteAsync(Appointment appointment, IRapporteurStore store, IDeliveryStore deliveries, DateTimeOffset now,
        CancellationToken ct)
    {
        var written = 0;
        foreach (var mandate in appointment.Mandates)
            if (await store.GetMandateAsync(mandate.Id, ct) is null && await store.SaveMandateAsync(mandate, ct) is SaveResult.Saved) written++;
        foreach (var nomination in appointment.Nominations)
            if (await store.SaveNominationAsync(nomination, ct) is SaveResult.Saved) written++;
        var callId = appointment.Call.Id;
        written += await deliveries.AddPendingAsync(AppointedCampaign.Key(callId), appointment.Mandates.Select(m => m.MemberId), now, ct);
        // Read back rather than taken from the appointment: after a fault, the nominations may be decided already.
        var notAppointed = (await store.ListNominationsAsync(callId, ct)).Where(n => n.Status == NominationStatus.NotAppointed).Select(n => n.NomineeId);
        written += await deliveries.AddPendingAsync(NotAppointedCampaign.Key(callId), notAppointed, now, ct);
        written += await deliveries.AddPendingAsync(AppointedChannelPostCampaign.Key(callId), [NetworkChannel.Recipient], now, ct);
        return written;
    }
}
