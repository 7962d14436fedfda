using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using FocalBot.Bot.Tests.Storage;

namespace FocalBot.Bot.Tests.Scheduling;

/// Microsoft Graph's personal app install and sendMail, in memory, answering as documented or reported:
/// POST /users/{id}/teamwork/installedApps → 201 with no body, 409 once the app is installed for that user, 404 for an
/// unknown user or catalog app, 403 without the permission; POST /users/{mailbox}/sendMail → 202 with no body, 403 when
/// an application access policy keeps the app out of the mailbox, 404 for an unknown mailbox, 400 for a message with no
/// valid recipient. Faults can be queued (a status with Retry-After, a dropped connection, a timeout, before or after
/// the request is applied; a host that cannot be reached). Every request is recorded with its body; accepted mails and
/// installs are kept. Used as the final handler under the real Graph SDK.
public sealed class GraphReachEmulator : HttpMessageHandler
{
    public const string BaseUrl = "https://graph.test/v1.0";
    public const string CatalogAppId = "b1c5353a-7aca-41b3-830f-27d5218fe0e5";
    public const string Mailbox = "network-notices@coe.example";

    readonly Lock _gate = new();
    readonly HashSet<string> _users = new(StringComparer.OrdinalIgnoreCase);
    readonly HashSet<string> _installed = new(StringComparer.OrdinalIgnoreCase);
    readonly List<JsonObject> _mails = [];
    readonly List<Recorded> _requests = [];
    readonly Queue<Fault> _faults = new();

    public sealed record Recorded(string Method, string Path, JsonObject? Body);

    /// The application permission TeamsAppInstallation.ReadWriteSelfForUser.All is granted (admin consent given).
    public bool InstallPermitted { get; set; } = true;

    /// The application access policy lets the app use the shared mailbox.
    public bool MailboxAllowed { get; set; } = true;

    public IReadOnlyList<Recorded> Requests { get { lock (_gate) return [.. _requests]; } }
    /// Accepted mails, as {"message", "saveToSentItems"} whatever the case of the names sent.
    public IReadOnlyList<JsonObject> Mails { get { lock (_gate) return [.. _mails]; } }
    public bool IsInstalledFor(string userId) { lock (_gate) return _installed.Contains(userId); }

    /// A user of the bot's directory, by Entra object id; with `installed`, the app is already installed for them.
    public GraphReachEmulator WithUser(string objectId, bool installed = false)
    {
        lock (_gate)
        {
            _users.Add(objectId);
            if (installed) _installed.Add(objectId);
        }
        return this;
    }

    /// The next request is answered with `status` (and Retry-After when given), before or after being applied.
    public GraphReachEmulator Fail(int status, TimeSpan? retryAfter = null, bool afterApplying = false) => Queue(new Fault(status, retryAfter, FaultKind.Status, afterApplying));

    /// The next request loses its connection before an answer arrives, before or after being applied.
    public GraphReachEmulator DropConnection(bool afterApplying) => Queue(new Fault(0, null, FaultKind.Drop, afterApplying));

    /// The next request gets no answer before the client's timeout, before or after being applied.
    public GraphReachEmulator TimeOut(bool afterApplying) => Queue(new Fault(0, null, FaultKind.Timeout, afterApplying));

    /// The next request cannot open a connection: it never leaves the client.
    public GraphReachEmulator Unreachable() => Queue(new Fault(0, null, FaultKind.Unreachable, AfterApplying: false));

    GraphReachEmulator Queue(Fault fault)
    {
        lock (_gate) _faults.Enqueue(fault);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var text = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
        var uri = request.RequestUri!;
        if (!uri.AbsoluteUri.StartsWith(BaseUrl + "/", StringComparison.Ordinal)) throw new InvalidOperationException($"Not a Graph emulator URL: {uri}");
        var path = Uri.UnescapeDataString(uri.AbsolutePath["/v1.0".Length..]);
        var body = text is { Length: > 0 } ? JsonNode.Parse(text) as JsonObject : null;

        lock (_gate)
        {
            var fault = _faults.Count > 0 ? _faults.Dequeue() : null;
            if (fault is { Kind: FaultKind.Unreachable })
                throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (graph.test:443)", new SocketException((int)SocketError.ConnectionRefused));
            _requests.Add(new Recorded(request.Method.Method, path, body));
            if (fault is { AfterApplying: false }) return fault.Answer(request);
            var response = Handle(request, path, body);
            return fault is null ? response : fault.Answer(request);
        }
    }

    HttpResponseMessage Handle(HttpRequestMessage request, string path, JsonObject? body)
    {
        var s = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (request.Method == HttpMethod.Post && s is ["users", var user, "teamwork", "installedApps"]) return Install(request, user, body);
        if (request.Method == HttpMethod.Post && s is ["users", var mailbox, "sendMail"]) return SendMail(request, mailbox, body);
        return Answer(request, GraphError.Invalid($"Unsupported {request.Method} {path}"));
    }

    HttpResponseMessage Install(HttpRequestMessage request, string user, JsonObject? body)
    {
        if (!InstallPermitted)
            return Answer(request, new GraphError(403, "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'."));
        if ((string?)body?["teamsApp@odata.bind"] is not { } bind) return Answer(request, GraphError.Invalid("teamsApp@odata.bind is required."));
        if (!_users.Contains(user)) return Answer(request, new GraphError(404, "NotFound", "User not found."));
        if (bind != $"{BaseUrl}/appCatalogs/teamsApps/{CatalogAppId}") return Answer(request, new GraphError(404, "NotFound", "App not found in the catalog."));
        if (!_installed.Add(user)) return Answer(request, new GraphError(409, "Conflict", "App is already installed."));
        return Answer(request, 201, null);
    }

    HttpResponseMessage SendMail(HttpRequestMessage request, string mailbox, JsonObject? body)
    {
        if (!string.Equals(mailbox, Mailbox, StringComparison.OrdinalIgnoreCase))
            return Answer(request, new GraphError(404, "ErrorInvalidUser", "The requested user is invalid."));
        if (!MailboxAllowed)
            return Answer(request, new GraphError(403, "ErrorAccessDenied", "Access to OData is disabled: blocked by the tenant's application access policy."));
        var message = Parameter(body, "message") as JsonObject;
        var recipients = message?["toRecipients"]?.AsArray();
        if (recipients is null || recipients.Count == 0 || recipients.Any(r => string.IsNullOrWhiteSpace((string?)r?["emailAddress"]?["address"])))
            return Answer(request, new GraphError(400, "ErrorInvalidRecipients", "At least one recipient is not valid."));
        _mails.Add(new JsonObject { ["message"] = message!.DeepClone(), ["saveToSentItems"] = Parameter(body, "saveToSentItems")?.DeepClone() ?? true });
        return Answer(request, 202, null);
    }

    /// Graph matches an action's parameter names without regard to case: the SDK sends "Message" and "SaveToSentItems".
    static JsonNode? Parameter(JsonObject? body, string name) =>
        body?.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    static HttpResponseMessage Answer(HttpRequestMessage request, GraphError error) => Answer(request, error.Status, error.ToJson());

    static HttpResponseMessage Answer(HttpRequestMessage request, int status, JsonNode? body) => new((HttpStatusCode)status)
    {
        RequestMessage = request,
        Content = body is null ? new ByteArrayContent([]) : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
    };

    enum FaultKind { Status, Drop, Timeout, Unreachable }

    sealed record Fault(int Status, TimeSpan? RetryAfter, FaultKind Kind, bool AfterApplying)
    {
        public HttpResponseMessage Answer(HttpRequestMessage request)
        {
            if (Kind == FaultKind.Drop)
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely (emulated).", new IOException("Connection reset by peer"));
            if (Kind == FaultKind.Timeout)
                throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout elapsing (emulated).", new TimeoutException());
            var (code, message) = Status switch
            {
                429 => ("TooManyRequests", "Too many requests."),
                503 => ("ServiceUnavailable", "The service is temporarily unavailable."),
                >= 500 => ("InternalServerError", "An internal server error occurred."),
                _ => ("BadRequest", "The request is not valid."),
            };
            var response = GraphReachEmulator.Answer(request, new GraphError(Status, code, message));
            if (RetryAfter is { } wait) response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
            return response;
        }
    }
}
