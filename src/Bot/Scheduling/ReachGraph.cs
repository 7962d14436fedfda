using System.Globalization;
using FocalBot.Bot.Protocol;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace FocalBot.Bot.Scheduling;

/// The Graph client of AppInstaller and MailNotices: built only when one of them is on, so a bot with both off (the
/// default, and any SQLite setup) has no Graph client and makes no Graph call for them.
public sealed class ReachGraph(GraphServiceClient? client, string baseUrl)
{
    public GraphServiceClient Client => client ?? throw new InvalidOperationException("Neither Delivery:Install nor Delivery:Mail is enabled: there is no Graph client.");

    /// Graph's root, for the links a request body makes to other Graph resources (an app in the catalog).
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    /// The SDK's default middleware without its Retry handler. That handler resends any request after a 429, 503 or 504,
    /// POST included: a second sendMail after a 504 may send the notice twice. These calls run inside the paced sender,
    /// which pauses the tenant on Throttled and never replays a send that may have happened.
    public static GraphServiceClient Create(HttpMessageHandler transport, IAuthenticationProvider auth, string baseUrl)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler);
        var http = GraphClientFactory.Create(handlers, finalHandler: transport, disposeHandler: false);
        return new GraphServiceClient(http, auth, baseUrl);
    }
}

/// What a failed Graph call said, read the same way by both services.
public static class GraphAnswer
{
    /// 429, and 503 from a service that did not act: the same request may go again after the pause.
    public static bool IsRefusal(int status) => status is 429 or 503;

    /// The HTTP status of a failed call, or 0 when the error carries none.
    public static int Status(ApiException e) => e.ResponseStatusCode;

    /// Graph's own error code ("ErrorAccessDenied", "Request_ResourceNotFound"…): for the log, never shown as is.
    public static string Code(ApiException e) =>
        e is Microsoft.Graph.Models.ODataErrors.ODataError { Error.Code: { Length: > 0 } code } ? code : "";

    /// Retry-After in seconds or as a date; null when the answer has none (the sender then uses its own pause).
    public static TimeSpan? RetryAfter(ApiException e, TimeProvider clock)
    {
        var value = e.ResponseHeaders?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date > clock.GetUtcNow() ? date - clock.GetUtcNow() : TimeSpan.Zero;
        return null;
    }

    /// A refusal becomes Throttled with its pause; everything else is for the caller to name.
    public static SendResult Throttled(ApiException e, TimeProvider clock) =>
        new(SendStatus.Throttled, HttpStatus: Status(e), ErrorCode: Status(e) == 429 ? "Throttled" : "GraphBusy", RetryAfter: RetryAfter(e, clock));
}
