using System.Security.Claims;

namespace FocalBot.Bot.Protocol;

/// <summary>The checks that need both the validated token and the activity (bot-auth §1–§3): JwtBearer cannot make
/// them because they read the body.</summary>
public static class CallerCheck
{
    /// <summary>True when the validated caller may deliver this activity.</summary>
    public static bool Accepts(ClaimsPrincipal user, Activity activity, BotOptions bot)
    {
        if (user.Identity?.IsAuthenticated != true)
            // Only the local Playground gets here (BotCallerHandler); nothing vouches for its serviceUrl but loopback.
            return IsLoopback(activity.ServiceUrl);

        return user.FindFirst("iss")?.Value == BotAuth.BotFrameworkIssuer
            ? BotFrameworkTokenFits(user, activity)
            : EntraTokenFits(user, activity, bot);
    }

    /// <summary>Bot Connector tokens: the serviceurl claim must be present and equal the activity's serviceUrl, and the
    /// signing key must be endorsed for the activity's channel (rules 7 and "endorsements" of the auth article).</summary>
    static bool BotFrameworkTokenFits(ClaimsPrincipal user, Activity activity)
    {
        var claimed = user.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(claimed) || !string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)) return false;

        if (string.IsNullOrEmpty(activity.ChannelId)) return true;
        return user.FindAll(BotAuth.EndorsementClaim).Any(c => string.Equals(c.Value, activity.ChannelId, StringComparison.Ordinal));
    }

    /// <summary>Entra tokens: the calling app must be allow-listed (issuer and audience alone admit any app of the tenant),
    /// the tenant claim must match, and the serviceUrl host must be a known connector host.</summary>
    static bool EntraTokenFits(ClaimsPrincipal user, Activity activity, BotOptions bot)
    {
        var caller = user.FindFirst("azp")?.Value ?? user.FindFirst("appid")?.Value;
        var allowed = bot.AllowedCallers.Length > 0 ? bot.AllowedCallers : bot.HasAppId ? [bot.AppId!] : [];
        if (caller is null || !allowed.Contains(caller, StringComparer.OrdinalIgnoreCase)) return false;

        var issuer = user.FindFirst("iss")?.Value ?? "";
        var tenant = user.FindFirst("tid")?.Value;
        if (tenant is not null && !issuer.Contains(tenant, StringComparison.OrdinalIgnoreCase)) return false;

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url)
            && url.Scheme == Uri.UriSchemeHttps
            && bot.ServiceUrlHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for http(s) URLs on 127.0.0.0/8, ::1 or localhost.</summary>
    public static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && url.IsLoopback;
}
