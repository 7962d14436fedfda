using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace FocalBot.Bot.Scheduling;

/// Sections "Delivery:Install" and "Delivery:Mail": the two ways to reach a member who has no chat with the bot, both
/// through Microsoft Graph as the bot itself, both off unless configured. Checked when the bot starts.
public sealed class ReachOptions : IValidatableObject
{
    public const string Section = "Delivery";

    /// Microsoft Graph v1.0; a national cloud has its own host (tokens are only sent to this host).
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public AppInstallOptions Install { get; set; } = new();

    public MailNoticeOptions Mail { get; set; } = new();

    public bool UsesGraph => Install.Enabled || Mail.Enabled;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (UsesGraph && (!Uri.TryCreate(GraphBaseUrl, UriKind.Absolute, out var graph) || graph.Scheme != Uri.UriSchemeHttps))
            yield return new ValidationResult("Delivery:GraphBaseUrl must be an absolute https URL.", [nameof(GraphBaseUrl)]);
        foreach (var problem in Install.Problems().Concat(Mail.Problems()))
            yield return problem;
    }
}

/// "Delivery:Install": install the bot for a member whose chat cannot be created because the app is not installed for
/// them (POST /users/{id}/teamwork/installedApps, application permission TeamsAppInstallation.ReadWriteSelfForUser.All).
public sealed class AppInstallOptions
{
    public bool Enabled { get; set; }

    /// The app's id in the organisation's app catalog, generated when the app is published there; not the manifest id
    /// (GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}' returns it).
    public string? CatalogAppId { get; set; }

    internal IEnumerable<ValidationResult> Problems()
    {
        if (!Enabled) yield break;
        if (string.IsNullOrWhiteSpace(CatalogAppId))
            yield return new ValidationResult(
                "Delivery:Install:CatalogAppId is required with Delivery:Install:Enabled=true: the app's id in the organisation's app catalog "
                + "(GET /appCatalogs/teamsApps?$filter=externalId eq '<manifest id>' returns it; it is not the manifest id).",
                [nameof(CatalogAppId)]);
        else if (!CatalogAppId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            yield return new ValidationResult("Delivery:Install:CatalogAppId must be the catalog id alone: letters, digits and dashes.", [nameof(CatalogAppId)]);
    }
}

/// "Delivery:Mail": an e-mail notice, sent from one shared mailbox, that something waits in Teams (application
/// permission Mail.Send, limited to that mailbox by an Exchange Online application access policy).
public sealed class MailNoticeOptions
{
    public bool Enabled { get; set; }

    /// The shared mailbox the notices come from, by its address (user principal name).
    public string? Mailbox { get; set; }

    /// The link in the notice. Empty: a link to the chat with the bot, made from Bot:AppId.
    public string? AppLink { get; set; }

    internal IEnumerable<ValidationResult> Problems()
    {
        if (!Enabled) yield break;
        if (string.IsNullOrWhiteSpace(Mailbox))
            yield return new ValidationResult(
                "Delivery:Mail:Mailbox is required with Delivery:Mail:Enabled=true: the address of the shared mailbox the notices are sent from.",
                [nameof(Mailbox)]);
        else if (!IsAddress(Mailbox))
            yield return new ValidationResult("Delivery:Mail:Mailbox must be one e-mail address, without a display name.", [nameof(Mailbox)]);
        if (!string.IsNullOrWhiteSpace(AppLink) && (!Uri.TryCreate(AppLink, UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps))
            yield return new ValidationResult("Delivery:Mail:AppLink must be an absolute https URL (a Teams deep link).", [nameof(AppLink)]);
    }

    /// One plain address: "name@domain", nothing around it.
    public static bool IsAddress(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value, out var address)
        && address.Address == value && string.IsNullOrEmpty(address.DisplayName);
}
