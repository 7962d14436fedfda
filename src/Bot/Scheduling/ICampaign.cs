using System.Diagnostics.CodeAnalysis;
using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Scheduling;

/// A campaign's key (STYLE §5): how a delivery row's campaign string names its subject, written and read back in this
/// one type. Every key starts with Prefix, which ends with '/'; the registry (Campaigns) refuses a prefix that starts
/// another's, so a row's key names one campaign only. Rows in storage keep the keys written so far: a change here must
/// still read every key written before it.
public interface ICampaignKey<TSubject>
{
    static abstract string Prefix { get; }

    static abstract string Key(TSubject subject);

    /// The subject a key names; false for a key of another campaign, or one this campaign never writes.
    static abstract bool TryParse(string key, [MaybeNullWhen(false)] out TSubject subject);
}

/// A campaign the sender sends to each member in a personal chat: its key, and its message for one member.
public interface ICampaign<TSubject> : ICampaignKey<TSubject>
{
    /// The message for this member, or null when there is nothing to send any more (its subject was withdrawn); the
    /// row is then closed as Failed "Withdrawn", never sent.
    Task<Activity?> MessageAsync(TSubject subject, Member member, CancellationToken ct);

    /// Whether the feature's channel job @mentions, in the subject's channel thread, the members no personal chat could
    /// reach (they are left NoChat for it). A subject not posted in the channel has no thread to mention anyone in, so
    /// its members go on to the e-mail notice.
    Task<bool> MentionsInChannelAsync(TSubject subject, CancellationToken ct) => Task.FromResult(false);

    /// What an e-mail notice to a member whom neither a chat nor a mention reaches says waits for them; null: none.
    MailNoticeKind? MailNotice => null;
}

/// Reading keys: the segments after a campaign's prefix.
public static class CampaignKey
{
    /// "request-reminder/2026/07/FR/5" with prefix "request-reminder/" → [2026, 07, FR, 5]; null for a key that does not
    /// start with the prefix or has nothing after it.
    public static string[]? Segments(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length ? key[prefix.Length..].Split('/') : null;

    /// Everything after the prefix, for a key whose subject is one id; null when there is none.
    public static string? Rest(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length ? key[prefix.Length..] : null;
}
