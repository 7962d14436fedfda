using Azure.Identity;
using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace FocalBot.Bot.Scheduling;

/// Installs the bot in a member's personal scope through Graph (POST /users/{id}/teamwork/installedApps), so that
/// `POST v3/conversations` can then create the 1:1 chat that answered 403 before (teams-platform §2). Off unless
/// Delivery:Install is configured. Installing is repeatable: "already installed" (409) counts as done, and Teams does
/// not act on a 429 or 503, so those come back as Throttled for the paced sender to wait out; nothing is retried here.
public sealed partial class AppInstaller(IOptions<ReachOptions> options, ReachGraph graph, TimeProvider clock, ILogger<AppInstaller> log)
{
    readonly AppInstallOptions _options = options.Value.Install;

    public bool IsEnabled => _options.Enabled;

    /// Sent: installed now or before. Throttled: Graph refused for now. Failed: with a code the office can read.
    public async Task<SendResult> InstallAsync(Member member, CancellationToken ct)
    {
        if (!IsEnabled) return Failed("InstallDisabled");
        if (!Guid.TryParse(member.AadObjectId, out var userId)) return Failed("NoIdentity");
        ct.ThrowIfCancellationRequested();

        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{graph.BaseUrl}/appCatalogs/teamsApps/{Uri.EscapeDataString(_options.CatalogAppId!)}",
            },
        };
        try
        {
            await graph.Client.Users[userId.ToString()].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: ct);
            LogInstalled(log, member.Id, 201);
            return new SendResult(SendStatus.Sent, HttpStatus: 201);
        }
        catch (ApiException e) when (GraphAnswer.Status(e) == 409)
        {
            // Graph answers 409 Conflict when the app is already installed for the user (Company Communicator relies on it).
            LogInstalled(log, member.Id, 409);
            return new SendResult(SendStatus.Sent, HttpStatus: 409);
        }
        catch (ApiException e)
        {
            var status = GraphAnswer.Status(e);
            LogRefused(log, member.Id, status, GraphAnswer.Code(e));
            return GraphAnswer.IsRefusal(status) ? GraphAnswer.Throttled(e, clock) : Failed(Why(status), status);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // No answer. Installing again later is harmless, so this is a failure to report, not a doubt to keep.
            LogNoAnswer(log, member.Id, e.GetType().Name);
            return Failed("GraphUnavailable");
        }
        catch (AuthenticationFailedException e)
        {
            LogNoToken(log, member.Id, e.GetType().Name);
            return Failed("GraphSignInFailed");
        }
    }

    /// What a Graph error answer says about the install, as the delivery row records it.
    static string Why(int? status) => status switch
    {
        // The permission is not granted (or not consented), or an app policy blocks the app for this user.
        403 => "InstallForbidden",
        // The user is not in the bot's directory (a guest of another tenant?) or the catalog has no such app.
        404 => "UserOrAppNotFound",
        >= 400 and < 500 => "InstallRejected",
        _ => "GraphUnavailable",
    };

    static SendResult Failed(string code, int? status = null) => new(SendStatus.Failed, HttpStatus: status, ErrorCode: code);

    [LoggerMessage(LogLevel.Information, "App installed for member {MemberId} (Graph answered {Status})")]
    static partial void LogInstalled(ILogger logger, string memberId, int status);

    [LoggerMessage(LogLevel.Warning, "App install for member {MemberId} refused: {Status} {GraphCode}")]
    static partial void LogRefused(ILogger logger, string memberId, int status, string graphCode);

    [LoggerMessage(LogLevel.Warning, "App install for member {MemberId} got no answer from Graph ({Error})")]
    static partial void LogNoAnswer(ILogger logger, string memberId, string error);

    [LoggerMessage(LogLevel.Error, "App install for member {MemberId}: no Graph token ({Error})")]
    static partial void LogNoToken(ILogger logger, string memberId, string error);
}
