using System.Diagnostics.CodeAnalysis;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Requests;

/// A sent request's post in the network channel: "request-channel/2026/07", one row for NetworkChannel.Recipient.
/// Posted by RequestChannelJob, not by the sender.
public sealed class RequestChannelPostCampaign : ICampaignKey<RequestNumber>
{
    RequestChannelPostCampaign() { }

    public static string Prefix => "request-channel/";

    public static string Key(RequestNumber number) => Prefix + number;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out RequestNumber number) => RequestKey.TryNumber(CampaignKey.Segments(key, Prefix), out number);
}

/// The @mentions, in the request's thread, of the focal points the request could not reach in a chat:
/// "request-mention/2026/07". Posted by RequestChannelJob.
public sealed class RequestMentionCampaign : ICampaignKey<RequestNumber>
{
    RequestMentionCampaign() { }

    public static string Prefix => "request-mention/";

    public static string Key(RequestNumber number) => Prefix + number;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out RequestNumber number) => RequestKey.TryNumber(CampaignKey.Segments(key, Prefix), out number);
}

/// The @mentions in the request's thread of those a reminder (a chase or one on the plan) left without a chat, named
/// after that reminder's key: "request-reminder-mention/request-chase/2026/07/2026-11-23". Posted by RequestChannelJob.
public sealed class RequestReminderMentionCampaign : ICampaignKey<string>
{
    RequestReminderMentionCampaign() { }

    public static string Prefix => "request-reminder-mention/";

    public static string Key(string reminderKey) => Prefix + reminderKey;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string reminderKey) =>
        (reminderKey = CampaignKey.Rest(key, Prefix)) is not null && IsReminder(reminderKey, out _);

    /// Whether the key is a reminder of request n, chased by the office or sent on the plan.
    public static bool IsReminderOf(string key, RequestNumber n) => IsReminder(key, out var of) && of == n;

    static bool IsReminder(string key, out RequestNumber request)
    {
        request = RequestChaseCampaign.TryParse(key, out var chase) ? chase.Request
            : RequestReminderCampaign.TryParse(key, out var planned) ? planned.Request
            : default;
        return request != default;
    }
}
