using Azure.Identity;
using FocalBot.Bot.Protocol;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions;

namespace FocalBot.Bot.Scheduling;

/// What waits for the member in Teams: the only thing a notice says.
public enum MailNoticeKind { NewRequest, RequestReminder, Convocation, MeetingNotice, OfficeMessage }

/// The last way to reach a member: an e-mail from the network's shared mailbox (POST /users/{mailbox}/sendMail) saying
/// that something waits in Teams, with a link to the chat with the bot, in the member's language. Off unless
/// Delivery:Mail is configured. A mail has no idempotency key: once the POST may have reached Graph (a 500, 502, 504,
/// a timeout, a dropped connection) the outcome is Uncertain and this class never sends it again by itself.
public sealed partial class MailNotices(IOptions<ReachOptions> options, IOptions<BotOptions> bot, ReachGraph graph, TimeProvider clock, ILogger<MailNotices> log)
{
    readonly MailNoticeOptions _options = options.Value.Mail;

    public bool IsEnabled => _options.Enabled;

    /// The link in every notice: Delivery:Mail:AppLink, else the chat with the bot made from Bot:AppId.
    public string? Link { get; } = options.Value.Mail.AppLink is { Length: > 0 } link ? link : ChatLink(bot.Value);

    /// Sent: Graph accepted the mail (202). Throttled: refused for now. Uncertain: it may have gone. Failed: with a code.
    public async Task<SendResult> SendAsync(Member member, MailNoticeKind kind, CancellationToken ct)
    {
        if (!IsEnabled) return Failed("MailDisabled");
        var address = member.Email?.Trim();
        if (string.IsNullOrEmpty(address)) return Failed("NoEmail");
        if (!MailNoticeOptions.IsAddress(address)) return Failed("BadEmail");
        ct.ThrowIfCancellationRequested();

        var message = Message(address, kind, member.PreferredLanguage ?? Language.En, Link!);
        try
        {
            await graph.Client.Users[_options.Mailbox].SendMail.PostAsync(message, cancellationToken: ct);
            LogSent(log, member.Id, kind);
            return new SendResult(SendStatus.Sent, HttpStatus: 202);
        }
        catch (ApiException e)
        {
            var status = GraphAnswer.Status(e);
            LogRefused(log, member.Id, kind, status, GraphAnswer.Code(e));
            if (GraphAnswer.IsRefusal(status)) return GraphAnswer.Throttled(e, clock);
            return status switch
            {
                // An application access policy (or RBAC for applications) keeps the app out of this mailbox, or Mail.Send
                // is not granted: nothing was sent.
                403 => Failed("MailboxNotAllowed", status),
                404 => Failed("MailboxNotFound", status),
                >= 400 and < 500 => Failed("MailRejected", status),
                // 500, 502, 504 and any answer without a status: Exchange may have taken the mail before failing.
                _ => new SendResult(SendStatus.Uncertain, HttpStatus: status == 0 ? null : status, ErrorCode: "MailMayHaveGone"),
            };
        }
        catch (HttpRequestException e) when (NeverConnected(e))
        {
            // The name did not resolve or no connection opened: the request never left the process.
            LogNoAnswer(log, member.Id, kind, e.HttpRequestError.ToString());
            return Failed("GraphUnavailable");
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            LogNoAnswer(log, member.Id, kind, e is HttpRequestException h ? h.HttpRequestError.ToString() : "Timeout");
            return new SendResult(SendStatus.Uncertain, ErrorCode: "MailMayHaveGone");
        }
        catch (AuthenticationFailedException e)
        {
            // The token comes before the request: nothing was sent.
            LogNoToken(log, member.Id, e.GetType().Name);
            return Failed("GraphSignInFailed");
        }
    }

    /// The mail itself: to the member's address alone (no display name), not kept in the mailbox's Sent Items.
    internal static SendMailPostRequestBody Message(string address, MailNoticeKind kind, Language language, string link) => new()
    {
        Message = new Message
        {
            Subject = MailNoticeTexts.Subject.Format(language, What(kind).In(language)),
            Body = new ItemBody { ContentType = BodyType.Text, Content = MailNoticeTexts.Body.Format(language, What(kind).In(language), link) },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = address } }],
        },
        SaveToSentItems = false,
    };

    static Text What(MailNoticeKind kind) => kind switch
    {
        MailNoticeKind.NewRequest => MailNoticeTexts.NewRequest,
        MailNoticeKind.RequestReminder => MailNoticeTexts.RequestReminder,
        MailNoticeKind.Convocation => MailNoticeTexts.Convocation,
        MailNoticeKind.MeetingNotice => MailNoticeTexts.MeetingNotice,
        MailNoticeKind.OfficeMessage => MailNoticeTexts.OfficeMessage,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notice kind."),
    };

    /// A chat with the bot opens from its id with the "28:" prefix Teams gives bots; the tenant makes a guest's Teams
    /// switch to the organisation where the bot lives. Microsoft documents `users=` for user principal names only, so a
    /// first real tenant must confirm this form (Delivery:Mail:AppLink replaces it).
    public static string? ChatLink(BotOptions bot) => bot.HasAppId
        ? $"https://teams.microsoft.com/l/chat/0/0?users=28:{Uri.EscapeDataString(bot.AppId!.Trim())}"
          + (string.IsNullOrWhiteSpace(bot.TenantId) ? "" : $"&tenantId={Uri.EscapeDataString(bot.TenantId.Trim())}")
        : null;

    static bool NeverConnected(HttpRequestException e) => e.HttpRequestError is HttpRequestError.NameResolutionError
        or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    static SendResult Failed(string code, int? status = null) => new(SendStatus.Failed, HttpStatus: status, ErrorCode: code);

    [LoggerMessage(LogLevel.Information, "Mail notice {Kind} accepted for member {MemberId}")]
    static partial void LogSent(ILogger logger, string memberId, MailNoticeKind kind);

    [LoggerMessage(LogLevel.Warning, "Mail notice {Kind} for member {MemberId} refused: {Status} {GraphCode}")]
    static partial void LogRefused(ILogger logger, string memberId, MailNoticeKind kind, int status, string graphCode);

    [LoggerMessage(LogLevel.Warning, "Mail notice {Kind} for member {MemberId} got no answer from Graph ({Error})")]
    static partial void LogNoAnswer(ILogger logger, string memberId, MailNoticeKind kind, string error);

    [LoggerMessage(LogLevel.Error, "Mail notice for member {MemberId}: no Graph token ({Error})")]
    static partial void LogNoToken(ILogger logger, string memberId, string error);
}
