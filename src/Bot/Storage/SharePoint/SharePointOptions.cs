using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace FocalBot.Bot.Storage.SharePoint;

/// Section "Storage:SharePoint": where the lists live. Checked at startup when Storage:Kind is SharePoint.
public sealed partial class SharePointOptions : IValidatableObject
{
    public const string Section = "Storage:SharePoint";

    /// The Graph site id of the network's restricted site, "hostname,siteCollectionGuid,webGuid"
    /// (GET /sites/{hostname}:/sites/{path} returns it).
    public string? SiteId { get; set; }

    /// Lists are named "{ListPrefix} Members", "{ListPrefix} Conversations"…, so two deployments can share a site.
    public string ListPrefix { get; set; } = "FocalBot";

    /// Microsoft Graph v1.0; a national cloud has its own host (tokens are only sent to this host).
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(SiteId))
            yield return new ValidationResult(
                "Storage:SharePoint:SiteId is required with Storage:Kind=SharePoint: the Graph id of the network's site, \"hostname,siteCollectionGuid,webGuid\".",
                [nameof(SiteId)]);
        else if (!SiteIdShape().IsMatch(SiteId))
            yield return new ValidationResult(
                "Storage:SharePoint:SiteId must be \"hostname,siteCollectionGuid,webGuid\" (as returned by GET /sites/{hostname}:/sites/{path}).",
                [nameof(SiteId)]);

        // SharePoint refuses these characters in list names, and the prefix becomes part of every list's name.
        if (string.IsNullOrWhiteSpace(ListPrefix) || ListPrefix.Length > 60 || ListPrefix.IndexOfAny(['~', '"', '#', '%', '&', '*', ':', '<', '>', '?', '/', '\\', '{', '|', '}']) >= 0)
            yield return new ValidationResult("Storage:SharePoint:ListPrefix must be 1 to 60 characters, without ~\"#%&*:<>?/\\{|}.", [nameof(ListPrefix)]);

        if (!Uri.TryCreate(GraphBaseUrl, UriKind.Absolute, out var graph) || graph.Scheme != Uri.UriSchemeHttps)
            yield return new ValidationResult("Storage:SharePoint:GraphBaseUrl must be an absolute https URL.", [nameof(GraphBaseUrl)]);
    }

    [GeneratedRegex(@"^[A-Za-z0-9.-]+,[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12},[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")]
    private static partial Regex SiteIdShape();
}
