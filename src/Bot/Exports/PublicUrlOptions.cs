using System.ComponentModel.DataAnnotations;
using System.Net;

namespace FocalBot.Bot.Exports;

/// "Bot:PublicUrl": the address members' browsers reach the bot at, the host Azure Bot's messaging endpoint uses.
/// Every link the bot hands out to itself (compilations, participant lists, calendar files) starts with it, so one
/// setting decides them all. It sits in section "Bot" beside the bot's identity, but only the links read it, so it is
/// bound here rather than in the protocol layer's BotOptions. Checked at startup.
public sealed class PublicUrlOptions : IValidatableObject
{
    public const string Section = "Bot";
    public const string Key = "Bot:PublicUrl";

    /// The local default: the bot on this machine at run-local.sh's default port. run-local.sh sets it from BOT_PORT,
    /// the deployment from the web app's host name.
    public const string LocalDefault = "http://127.0.0.1:3978";

    public string PublicUrl { get; set; } = LocalDefault;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
            yield return new ValidationResult($"{Key} must be the bot's public address, an absolute http(s) URL without query or fragment, e.g. https://focalbot.azurewebsites.net.", [nameof(PublicUrl)]);
        // A signed link is a bearer key to a confidential file: over plain http anyone on the way could reuse it.
        else if (url.Scheme == "http" && !IsLoopback(url))
            yield return new ValidationResult($"{Key} must use https unless it points to this machine (127.0.0.1, localhost).", [nameof(PublicUrl)]);
    }

    static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
