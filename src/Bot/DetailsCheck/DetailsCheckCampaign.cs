using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.DetailsCheck;

/// The yearly "are your details right?" message, one per member and year: "details-check/2027". A new member is not
/// asked yet (IsDue): their details were entered when they joined, and the check would arrive with their welcome.
public sealed class DetailsCheckCampaign : ICampaign<int>
{
    /// A member who joined less than this many months before the check day, or after it, is first asked the next year.
    public const int NewMemberMonths = 3;

    public static string Prefix => "details-check/";

    public static string Key(int year) => Prefix + year.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string key, [MaybeNullWhen(false)] out int year)
    {
        year = 0;
        return CampaignKey.Rest(key, Prefix) is { } rest && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    /// Who is asked in the year of this check day.
    public static IEnumerable<string> Recipients(IEnumerable<Member> everyone, DateOnly checkDay) =>
        everyone.Where(m => IsDue(m, checkDay)).Select(m => m.Id);

    /// Active, and in the network for at least NewMemberMonths on the check day. A member added (or back) after the day
    /// would otherwise get the check with their welcome; one added in the months before it, a check of details they
    /// have just given. A member with no joining day (added before the directory kept one) is asked.
    internal static bool IsDue(Member member, DateOnly checkDay) =>
        member.IsActive && !(member.JoinedOn is { } joined && joined > checkDay.AddMonths(-NewMemberMonths));

    public Task<Activity?> MessageAsync(int year, Member member, CancellationToken ct) =>
        Task.FromResult<Activity?>(ProactiveMessage.Card(DetailsCheckCards.Check(member, member.PreferredLanguage ?? Language.En)));
}
