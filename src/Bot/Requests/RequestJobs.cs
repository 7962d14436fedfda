using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// Posts each sent request in the network channel once, then @mentions there, once each, the focal points the bot
/// cannot write to in a personal chat (guests who never opened the app), for the request and for each reminder they
/// could not be sent. NetworkChannel makes both exactly-once with delivery rows. Once Teams holds a post back, nothing
/// more goes to the channel in this run.
public sealed class RequestChannelJob(IRequestStore store, IMemberDirectory members, IDeliveryStore deliveries, NetworkChannel channel) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        IReadOnlyList<Delivery>? waiting = null;   // read once, and only when a request has its thread
        foreach (var request in (await store.ListAsync(ct)).Where(r => r is { Status: RequestStatus.Sent, Number: not null }))
        {
            var number = request.Number!.Value;
            var requester = (await members.GetAsync(request.RequesterId ?? "", ct))?.DisplayName ?? "";
            var post = await channel.PostOnceAsync(RequestChannelPostCampaign.Key(number), () => ProactiveMessage.Card(RequestChannelCards.Post(request, requester)), ct);
            if (post.HeldBack) return;
            if (post.Thread is not { } thread) continue;

            var noChat = (await deliveries.ListAsync(RequestSentCampaign.Key(number), ct)).Where(d => d.Status == DeliveryStatus.NoChat && PersonalChats.MentionReaches(d.ErrorCode)).Select(d => d.MemberId);
            if (!await channel.MentionOnceAsync(RequestMentionCampaign.Key(number), thread, noChat, people => RequestChannelCards.Mention(request, people), ct)) return;

            waiting ??= await deliveries.ListWaitingAsync(ct);
            if (!await MentionRemindersAsync(request, thread, waiting, ct)) return;
        }
    }

    /// The reminders of the request that left members without a chat (NoChat rows wait until they open the bot): each
    /// is @mentioned in the thread once per reminder, unless their state has answered since.
    async Task<bool> MentionRemindersAsync(InformationRequest request, ConversationReference thread, IReadOnlyList<Delivery> waiting, CancellationToken ct)
    {
        var number = request.Number!.Value;
        var reminders = waiting.Where(d => d.Status == DeliveryStatus.NoChat && PersonalChats.MentionReaches(d.ErrorCode) && RequestReminderMentionCampaign.IsReminderOf(d.Campaign, number))
            .GroupBy(d => d.Campaign).ToList();
        if (reminders.Count == 0) return true;
        var answered = (await store.ListAnswersAsync(number, ct)).Where(a => a.Status == AnswerStatus.Submitted).Select(a => a.StateCode).ToHashSet();
        var everyone = (await members.ListAsync(ct)).ToDictionary(m => m.Id);
        foreach (var reminder in reminders)
        {
            var due = reminder.Select(d => d.MemberId)
                .Where(id => everyone.GetValueOrDefault(id) is { StateCode: { } state } && !answered.Contains(state));
            if (!await channel.MentionOnceAsync(RequestReminderMentionCampaign.Key(reminder.Key), thread, due, people => RequestChannelCards.ReminderMention(request, people), ct))
                return false;
        }
        return true;
    }
}

/// Each day, reminds the states that have not answered (ChasePlan: 5 and 1 working days before the deadline by
/// default), and once the deadline has passed compiles the answers and sends the office the links. Every step is a
/// delivery row, so a restart repeats none.
public sealed class RequestChaseJob(
    IRequestStore store, IMemberDirectory members, IDeliveryStore deliveries, NetworkCalendar calendar, IOptions<RequestOptions> options,
    RequestCompiler compiler) : IJob
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var sent = (await store.ListAsync(ct)).Where(r => r is { Status: RequestStatus.Sent, Number: not null }).ToList();
        if (sent.Count == 0) return;
        var everyone = await members.ListAsync(ct);
        var today = calendar.DayOf(now);
        var settings = options.Value.Settings;

        foreach (var request in sent)
        {
            var number = request.Number!.Value;
            var answers = await store.ListAnswersAsync(number, ct);
            var submitted = answers.Where(a => a.Status == AnswerStatus.Submitted).Select(a => a.StateCode);
            foreach (var reminder in ChasePlan.Due(request, calendar.Days, settings.ReminderOffsets, today, submitted, everyone))
                await deliveries.AddPendingAsync(RequestReminderCampaign.Key(reminder), reminder.MemberIds, now, ct);

            if (RequestDeadline.IsPassed(request.Deadline, today)
                && (await deliveries.ListAsync(RequestCompiledCampaign.Key(number), ct)).Count == 0)
            {
                // Compiled before the rows exist: a crash in between compiles again (the files are replaced), never sends twice.
                await compiler.CompileAsync(request, ct);
                await deliveries.AddPendingAsync(RequestCompiledCampaign.Key(number), RequestCompiledCampaign.Recipients(everyone), now, ct);
            }
        }
    }
}
