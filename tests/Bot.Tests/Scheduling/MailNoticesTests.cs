using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Scheduling;

/// The e-mail notice to a member Teams cannot reach, through the real Graph SDK against the emulator.
public sealed class MailNoticesTests : IDisposable
{
    const string ChatWithTheBot = $"https://teams.microsoft.com/l/chat/0/0?users=28:{ReachRig.BotAppId}&tenantId={ReachRig.BotTenantId}";

    readonly ReachRig _rig = new();

    public void Dispose() => _rig.Dispose();

    /// A member whose every own field is a sentinel: none may reach the mail or the log.
    static Member Sentinel(Language? language) => AMember.Elise(language) with
    {
        DisplayName = "SENTINEL-NAME-7f3a", Organisation = "SENTINEL-ORG-7f3a", Title = "SENTINEL-TITLE-7f3a", Phone = "+33 1 99 99 99 99",
    };

    [Fact]
    public async Task Sends_from_the_shared_mailbox_to_the_member_alone_in_English()
    {
        var member = Sentinel(Language.En);

        var result = await _rig.Mail().SendAsync(member, MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Sent, 202), (result.Status, result.HttpStatus));
        var request = Assert.Single(_rig.Graph.Requests);
        Assert.Equal(("POST", $"/users/{GraphReachEmulator.Mailbox}/sendMail"), (request.Method, request.Path));
        var mail = Assert.Single(_rig.Graph.Mails);
        Assert.False((bool)mail["saveToSentItems"]!);
        var message = mail["message"]!;
        var to = Assert.Single(message["toRecipients"]!.AsArray());
        Assert.Equal(member.Email, (string?)to!["emailAddress"]!["address"]);
        Assert.Null(to["emailAddress"]!["name"]);
        Assert.Null(message["ccRecipients"]);
        Assert.Null(message["bccRecipients"]);
        Assert.Equal("FocalBot: A new information request is waiting for you in Teams", (string?)message["subject"]);
        Assert.Equal("text", (string?)message["body"]!["contentType"], ignoreCase: true);
        var body = (string)message["body"]!["content"]!;
        Assert.StartsWith("Hello,\n\nA new information request is waiting for you in Teams.", body);
        Assert.Contains(ChatWithTheBot, body);
        AssertNothingOf(member, request.Body!);
    }

    [Fact]
    public async Task A_French_speaker_gets_it_in_French_with_French_typography()
    {
        var member = Sentinel(Language.Fr);

        await _rig.Mail().SendAsync(member, MailNoticeKind.Convocation, default);

        var message = Assert.Single(_rig.Graph.Mails)["message"]!;
        var subject = (string)message["subject"]!;
        var body = (string)message["body"]!["content"]!;
        Assert.Equal("FocalBot\u00a0: Une convocation à une réunion vous attend dans Teams", subject);
        Assert.StartsWith("Bonjour,\n\nUne convocation à une réunion vous attend dans Teams.", body);
        Assert.Contains("conversation avec FocalBot dans Microsoft Teams\u00a0:\n" + ChatWithTheBot, body);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(subject + "\n" + body));
        AssertNothingOf(member, Assert.Single(_rig.Graph.Requests).Body!);
    }

    [Fact]
    public async Task Without_a_language_preference_the_notice_is_in_English()
    {
        await _rig.Mail().SendAsync(Sentinel(language: null), MailNoticeKind.OfficeMessage, default);

        Assert.Equal("FocalBot: A message from the office is waiting for you in Teams", (string?)Assert.Single(_rig.Graph.Mails)["message"]!["subject"]);
    }

    [Theory]
    [InlineData(MailNoticeKind.NewRequest)]
    [InlineData(MailNoticeKind.RequestReminder)]
    [InlineData(MailNoticeKind.Convocation)]
    [InlineData(MailNoticeKind.MeetingNotice)]
    [InlineData(MailNoticeKind.OfficeMessage)]
    public async Task Each_kind_names_what_waits_in_both_languages_and_nothing_more(MailNoticeKind kind)
    {
        var mail = _rig.Mail();

        await mail.SendAsync(Sentinel(Language.En), kind, default);
        await mail.SendAsync(Sentinel(Language.Fr), kind, default);

        var subjects = _rig.Graph.Mails.Select(m => (string)m["message"]!["subject"]!).ToList();
        Assert.Equal(2, subjects.Distinct().Count());
        Assert.All(subjects, s => Assert.Contains("Teams", s));
        Assert.All(_rig.Graph.Requests, r => AssertNothingOf(Sentinel(null), r.Body!));
    }

    [Fact]
    public async Task The_configured_link_replaces_the_chat_link()
    {
        const string link = "https://teams.microsoft.com/l/entity/b1c5353a-7aca-41b3-830f-27d5218fe0e5/conversations";

        await _rig.Mail(appLink: link).SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        var body = (string)Assert.Single(_rig.Graph.Mails)["message"]!["body"]!["content"]!;
        Assert.Contains(link, body);
        Assert.DoesNotContain("28:", body);
    }

    [Fact]
    public async Task A_429_comes_back_as_throttled_with_its_pause_and_is_not_retried()
    {
        _rig.Graph.Fail(429, retryAfter: TimeSpan.FromSeconds(12));

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Throttled, 429, TimeSpan.FromSeconds(12)), (result.Status, result.HttpStatus, result.RetryAfter));
        Assert.Single(_rig.Graph.Requests);
        Assert.Empty(_rig.Graph.Mails);
    }

    [Fact]
    public async Task A_503_comes_back_as_throttled_and_is_not_retried()
    {
        _rig.Graph.Fail(503, retryAfter: TimeSpan.FromSeconds(5));

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Throttled, 503), (result.Status, result.HttpStatus));
        Assert.Single(_rig.Graph.Requests);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_server_error_after_the_post_is_uncertain_and_never_resent(int status)
    {
        _rig.Graph.Fail(status, afterApplying: true);

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Uncertain, status), (result.Status, result.HttpStatus));
        Assert.Single(_rig.Graph.Requests);   // no second POST: the one mail did go out
        Assert.Single(_rig.Graph.Mails);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_dropped_connection_is_uncertain_whether_or_not_the_mail_went(bool afterApplying)
    {
        _rig.Graph.DropConnection(afterApplying);

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal(SendStatus.Uncertain, result.Status);
        Assert.Single(_rig.Graph.Requests);
        Assert.Equal(afterApplying ? 1 : 0, _rig.Graph.Mails.Count);
    }

    [Fact]
    public async Task A_timeout_is_uncertain()
    {
        _rig.Graph.TimeOut(afterApplying: true);

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal(SendStatus.Uncertain, result.Status);
        Assert.Single(_rig.Graph.Requests);
    }

    [Fact]
    public async Task Graph_unreachable_fails_without_doubt_the_mail_never_left()
    {
        _rig.Graph.Unreachable();

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Failed, "GraphUnavailable"), (result.Status, result.ErrorCode));
        Assert.Empty(_rig.Graph.Requests);
    }

    [Fact]
    public async Task Without_a_Graph_token_it_fails_without_doubt_nothing_was_sent()
    {
        _rig.Auth = new ReachRig.NoToken();

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Failed, "GraphSignInFailed"), (result.Status, result.ErrorCode));
        Assert.Empty(_rig.Graph.Requests);
    }

    [Fact]
    public async Task A_mailbox_outside_the_access_policy_fails_with_a_readable_code()
    {
        _rig.Graph.MailboxAllowed = false;

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Failed, 403, "MailboxNotAllowed"), (result.Status, result.HttpStatus, result.ErrorCode));
        Assert.Empty(_rig.Graph.Mails);
    }

    [Fact]
    public async Task A_request_Graph_rejects_fails_as_rejected()
    {
        _rig.Graph.Fail(400);

        var result = await _rig.Mail().SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Failed, 400, "MailRejected"), (result.Status, result.HttpStatus, result.ErrorCode));
    }

    [Theory]
    [InlineData(null, "NoEmail")]
    [InlineData("  ", "NoEmail")]
    [InlineData("Élise <elise.moreau@interieur.example>", "BadEmail")]
    [InlineData("elise.moreau", "BadEmail")]
    public async Task A_member_without_a_usable_address_fails_without_a_call(string? email, string code)
    {
        var result = await _rig.Mail().SendAsync(Sentinel(Language.En) with { Email = email }, MailNoticeKind.NewRequest, default);

        Assert.Equal((SendStatus.Failed, code), (result.Status, result.ErrorCode));
        Assert.Empty(_rig.Graph.Requests);
    }

    [Fact]
    public async Task Disabled_it_says_so_and_calls_nothing()
    {
        var mail = _rig.Mail(enabled: false);

        var result = await mail.SendAsync(Sentinel(Language.En), MailNoticeKind.NewRequest, default);

        Assert.False(mail.IsEnabled);
        Assert.Equal((SendStatus.Failed, "MailDisabled"), (result.Status, result.ErrorCode));
        Assert.Empty(_rig.Graph.Requests);
    }

    [Fact]
    public async Task The_log_never_carries_the_address_or_the_name()
    {
        var member = Sentinel(Language.Fr);
        var mail = _rig.Mail();
        _rig.Graph.Fail(429).Fail(500, afterApplying: true);

        await mail.SendAsync(member, MailNoticeKind.NewRequest, default);   // throttled
        await mail.SendAsync(member, MailNoticeKind.NewRequest, default);   // uncertain
        await mail.SendAsync(member, MailNoticeKind.NewRequest, default);   // sent

        Assert.Contains(_rig.Logs.Lines, l => l.Contains(member.Id) && l.Contains("accepted"));
        Assert.Contains(_rig.Logs.Lines, l => l.Contains(member.Id) && l.Contains("500"));
        Assert.DoesNotContain(_rig.Logs.Lines, l => l.Contains('@'));   // neither the member's address nor the mailbox
        Assert.DoesNotContain(_rig.Logs.Lines, l => l.Contains("SENTINEL"));
    }

    static void AssertNothingOf(Member member, JsonObject request)
    {
        var json = request.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var own in new[] { member.DisplayName, member.Organisation, member.Title, member.Phone, member.Id, member.AadObjectId })
            Assert.DoesNotContain(own!, json, StringComparison.OrdinalIgnoreCase);
    }
}
