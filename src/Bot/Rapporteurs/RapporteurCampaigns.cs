using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

// The rapporteurs' campaigns, each a delivery row per recipient, so each goes once. Messages are written when the sender
// gets to each row and say only what still holds then: a call closed, a nomination answered, a mandate renewed meanwhile
// writes nothing (the row is closed, not sent).

static class RapporteurKey
{
    public static Language In(Member m) => m.PreferredLanguage ?? Language.En;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// "{id with slashes}/{yyyy-MM-dd}": a nomination's or mandate's id ("call/member") and a day.
    public static bool TryIdAndDate(string? rest, [MaybeNullWhen(false)] out string id, out DateOnly day)
    {
        id = null;
        day = default;
        var cut = rest?.LastIndexOf('/') ?? -1;
        if (cut <= 0 || !DateOnly.TryParseExact(rest![(cut + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) return false;
        id = rest[..cut];
        return id.Contains('/');
    }

    /// One id without a slash after the prefix (a call's).
    public static bool TryId(string key, string prefix, [MaybeNullWhen(false)] out string id) =>
        (id = CampaignKey.Rest(key, prefix)) is not null && !id.Contains('/');
}

/// The network decided and the call opened: to every active focal point, with Nominate. "rapporteur-call/{call}".
public sealed class CallOpenedCampaign(IRapporteurStore store, NetworkCalendar calendar) : ICampaign<string>
{
    public static string Prefix => "rapporteur-call/";

    public static string Key(string callId) => Prefix + callId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string callId) => RapporteurKey.TryId(key, Prefix, out callId);

    public async Task<Activity?> MessageAsync(string callId, Member member, CancellationToken ct) =>
        await store.GetCallAsync(callId, ct) is { } call && call.TakesNominations(calendar.Today)
            ? ProactiveMessage.Card(RapporteurCards.Call(call, RapporteurKey.In(member), member.Role == MemberRole.FocalPoint, calendar.Today))
            : null;
}

/// To a nominee put forward by a colleague, asking consent: "rapporteur-consent/{call}/{nominee}/{nominated on}". A
/// nominee nominated again after declining is asked again under the new date.
public sealed class ConsentCampaign(IRapporteurStore store, IMemberDirectory members) : ICampaign<ConsentCampaign.Subject>
{
    public sealed record Subject(string NominationId, DateOnly NominatedOn);

    public static string Prefix => "rapporteur-consent/";

    public static string Key(Subject s) => $"{Prefix}{s.NominationId}/{RapporteurKey.Date(s.NominatedOn)}";

    public static string Key(Nomination n) => Key(new Subject(n.Id, n.NominatedOn));

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = RapporteurKey.TryIdAndDate(CampaignKey.Rest(key, Prefix), out var id, out var day) ? new Subject(id, day) : null;
        return subject is not null;
    }

    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct)
    {
        if (await store.GetNominationAsync(s.NominationId, ct) is not { Status: NominationStatus.AwaitingConsent } nomination
            || nomination.NominatedOn != s.NominatedOn || nomination.NomineeId != member.Id
            || await store.GetCallAsync(nomination.CallId, ct) is not { Status: CallStatus.Open } call) return null;
        var nominator = (await members.GetAsync(nomination.NominatorId, ct))?.DisplayName ?? "?";
        return ProactiveMessage.Card(NominationCards.Consent(call, nomination, nominator, RapporteurKey.In(member)));
    }
}

/// To each appointee when the call closes: "rapporteur-appointed/{call}".
public sealed class AppointedCampaign(IRapporteurStore store) : ICampaign<string>
{
    public static string Prefix => "rapporteur-appointed/";

    public static string Key(string callId) => Prefix + callId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string callId) => RapporteurKey.TryId(key, Prefix, out callId);

    public async Task<Activity?> MessageAsync(string callId, Member member, CancellationToken ct) =>
        await store.GetCallAsync(callId, ct) is { Status: CallStatus.Closed } call
        && await store.GetMandateAsync(Nomination.KeyOf(callId, member.Id), ct) is { Status: MandateStatus.Active } mandate
            ? ProactiveMessage.Card(NominationCards.Appointed(call, mandate, RapporteurKey.In(member)))
            : null;
}

/// To the nominees still in the running who were not appointed: "rapporteur-not-appointed/{call}".
public sealed class NotAppointedCampaign(IRapporteurStore store) : ICampaign<string>
{
    public static string Prefix => "rapporteur-not-appointed/";

    public static string Key(string callId) => Prefix + callId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string callId) => RapporteurKey.TryId(key, Prefix, out callId);

    public async Task<Activity?> MessageAsync(string callId, Member member, CancellationToken ct) =>
        await store.GetCallAsync(callId, ct) is { Status: CallStatus.Closed } call
        && await store.GetNominationAsync(Nomination.KeyOf(callId, member.Id), ct) is { Status: NominationStatus.NotAppointed }
            ? ProactiveMessage.Card(NominationCards.NotAppointed(call, RapporteurKey.In(member)))
            : null;
}

/// To the office, some working days before a mandate ends, once per mandate and end date (a renewal moves the end and
/// so reminds again before the new one): "rapporteur-mandate-ending/{call}/{member}/{end}".
public sealed class MandateEndingCampaign(IRapporteurStore store, IMemberDirectory members) : ICampaign<MandateEndingCampaign.Subject>
{
    public sealed record Subject(string MandateId, DateOnly End);

    public static string Prefix => "rapporteur-mandate-ending/";

    public static string Key(Subject s) => $"{Prefix}{s.MandateId}/{RapporteurKey.Date(s.End)}";

    public static bool TryParse(string key, [MaybeNullWhen(false)] out Subject subject)
    {
        subject = RapporteurKey.TryIdAndDate(CampaignKey.Rest(key, Prefix), out var id, out var day) ? new Subject(id, day) : null;
        return subject is not null;
    }

    public async Task<Activity?> MessageAsync(Subject s, Member member, CancellationToken ct)
    {
        if (await store.GetMandateAsync(s.MandateId, ct) is not { Status: MandateStatus.Active } mandate || mandate.End != s.End) return null;
        var name = (await members.GetAsync(mandate.MemberId, ct))?.DisplayName ?? "?";
        return ProactiveMessage.Card(MandateCards.EndingSoon(mandate, name, RapporteurKey.In(member)));
    }
}

/// The call's post in the network's channel once it opens: "rapporteur-call-channel/{call}". Posted by RapporteurChannelJob.
public sealed class CallChannelPostCampaign : ICampaignKey<string>
{
    CallChannelPostCampaign() { }

    public static string Prefix => "rapporteur-call-channel/";

    public static string Key(string callId) => Prefix + callId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string callId) => RapporteurKey.TryId(key, Prefix, out callId);
}

/// The rapporteurs appointed (or nobody), in the network's channel: "rapporteur-appointed-channel/{call}". Posted by
/// RapporteurChannelJob.
public sealed class AppointedChannelPostCampaign : ICampaignKey<string>
{
    AppointedChannelPostCampaign() { }

    public static string Prefix => "rapporteur-appointed-channel/";

    public static string Key(string callId) => Prefix + callId;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out string callId) => RapporteurKey.TryId(key, Prefix, out callId);
}
