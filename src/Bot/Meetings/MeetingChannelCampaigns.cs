using System.Diagnostics.CodeAnalysis;
using FocalBot.Bot.Scheduling;

namespace FocalBot.Bot.Meetings;

/// A meeting's posts in the network channel (MeetingPosts), one row each for NetworkChannel.Recipient: the
/// convocation's, "meeting-channel/{meeting id}", and the later ones in its thread, ".../agenda/{version}" and
/// ".../notice/{sequence}". Every post is about the meeting, its subject. Posted by MeetingJobs, not by the sender.
public sealed class MeetingChannelPostCampaign : ICampaignKey<string>
{
    MeetingChannelPostCampaign() { }

    public static string Prefix => "meeting-channel/";

    /// The convocation's post.
    public static string Key(string meetingId) => Prefix + meetingId;

    /// A revised agenda's post.
    public static string AgendaKey(string meetingId, int version) => MeetingKey.Invariant($"{Key(meetingId)}/agenda/{version}");

    /// A move's or the cancellation's post: the calendar sequence names the change.
    public static string NoticeKey(string meetingId, int sequence) => MeetingKey.Invariant($"{Key(meetingId)}/notice/{sequence}");

    /// The meeting any of its posts is about.
    public static bool TryParse(string key, [MaybeNullWhen(false)] out string meetingId) => (meetingId = MeetingKey.Id(key, Prefix)) is not null;
}

/// The @mentions, in the convocation's thread, of the invitees the convocation could not reach in a chat:
/// "meeting-mention/{meeting id}". Posted by MeetingJobs.
public sealed class MeetingMentionCampaign : ICampaignKey<string>
{
    MeetingMentionCampaign() { }

    public static string Prefix => "meeting-mention/";

    public static string Key(string meetingId) => Prefix + meetingId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string meetingId) => (meetingId = MeetingKey.Id(key, Prefix)) is not null;
}
