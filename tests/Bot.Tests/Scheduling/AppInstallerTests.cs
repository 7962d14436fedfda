using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Scheduling;

/// Installing the bot for a member without a chat, through the real Graph SDK against the emulator.
public sealed class AppInstallerTests : IDisposable
{
    readonly ReachRig _rig = new();
    readonly Member _elise = AMember.Elise();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task Installs_the_catalog_app_in_the_members_personal_scope()
    {
        _rig.Graph.WithUser(_elise.AadObjectId);

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Sent, 201), (result.Status, result.HttpStatus));
        var request = Assert.Single(_rig.Graph.Requests);
        Assert.Equal(("POST", $"/users/{_elise.AadObjectId}/teamwork/installedApps"), (request.Method, request.Path));
        Assert.Equal($"{GraphReachEmulator.BaseUrl}/appCatalogs/teamsApps/{GraphReachEmulator.CatalogAppId}", (string?)request.Body!["teamsApp@odata.bind"]);
        Assert.True(_rig.Graph.IsInstalledFor(_elise.AadObjectId));
    }

    [Fact]
    public async Task An_app_already_installed_counts_as_installed()
    {
        _rig.Graph.WithUser(_elise.AadObjectId, installed: true);

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Sent, 409), (result.Status, result.HttpStatus));
        Assert.Single(_rig.Graph.Requests);
    }

    [Fact]
    public async Task Installing_twice_is_harmless()
    {
        _rig.Graph.WithUser(_elise.AadObjectId);
        var installer = _rig.Installer();

        var first = await installer.InstallAsync(_elise, default);
        var second = await installer.InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Sent, SendStatus.Sent), (first.Status, second.Status));
        Assert.Equal((201, 409), (first.HttpStatus, second.HttpStatus));
    }

    [Fact]
    public async Task Without_the_permission_the_install_fails_with_a_readable_code()
    {
        _rig.Graph.WithUser(_elise.AadObjectId).InstallPermitted = false;

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Failed, 403, "InstallForbidden"), (result.Status, result.HttpStatus, result.ErrorCode));
        Assert.False(_rig.Graph.IsInstalledFor(_elise.AadObjectId));
    }

    [Fact]
    public async Task A_user_unknown_to_the_directory_fails_as_not_found()
    {
        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Failed, 404, "UserOrAppNotFound"), (result.Status, result.HttpStatus, result.ErrorCode));
    }

    [Fact]
    public async Task An_app_missing_from_the_catalog_fails_as_not_found()
    {
        _rig.Graph.WithUser(_elise.AadObjectId);

        var result = await _rig.Installer(catalogAppId: "0d5c2b7e-1111-4222-8333-944455556666").InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Failed, 404, "UserOrAppNotFound"), (result.Status, result.HttpStatus, result.ErrorCode));
    }

    [Fact]
    public async Task A_429_comes_back_as_throttled_with_its_pause_and_is_not_retried()
    {
        _rig.Graph.WithUser(_elise.AadObjectId).Fail(429, retryAfter: TimeSpan.FromSeconds(7));

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Throttled, 429, TimeSpan.FromSeconds(7)), (result.Status, result.HttpStatus, result.RetryAfter));
        Assert.Single(_rig.Graph.Requests);   // the SDK's Retry handler is left out: the sender decides when to go again
        Assert.False(_rig.Graph.IsInstalledFor(_elise.AadObjectId));
    }

    [Fact]
    public async Task A_503_comes_back_as_throttled_and_is_not_retried()
    {
        _rig.Graph.WithUser(_elise.AadObjectId).Fail(503, retryAfter: TimeSpan.FromSeconds(30));

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Throttled, 503, TimeSpan.FromSeconds(30)), (result.Status, result.HttpStatus, result.RetryAfter));
        Assert.Single(_rig.Graph.Requests);
    }

    [Fact]
    public async Task A_429_without_Retry_After_leaves_the_pause_to_the_sender()
    {
        _rig.Graph.WithUser(_elise.AadObjectId).Fail(429);

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Throttled, null), (result.Status, result.RetryAfter));
    }

    [Theory]
    [InlineData("unreachable")]
    [InlineData("dropped")]
    [InlineData("timeout")]
    [InlineData("500")]
    public async Task Graph_down_or_silent_fails_as_unavailable(string fault)
    {
        _rig.Graph.WithUser(_elise.AadObjectId);
        _ = fault switch
        {
            "unreachable" => _rig.Graph.Unreachable(),
            "dropped" => _rig.Graph.DropConnection(afterApplying: true),
            "timeout" => _rig.Graph.TimeOut(afterApplying: false),
            _ => _rig.Graph.Fail(500),
        };

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Failed, "GraphUnavailable"), (result.Status, result.ErrorCode));
    }

    [Fact]
    public async Task Without_a_Graph_token_it_fails_before_any_call()
    {
        _rig.Graph.WithUser(_elise.AadObjectId);
        _rig.Auth = new ReachRig.NoToken();

        var result = await _rig.Installer().InstallAsync(_elise, default);

        Assert.Equal((SendStatus.Failed, "GraphSignInFailed"), (result.Status, result.ErrorCode));
        Assert.Empty(_rig.Graph.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-object-id")]
    public async Task A_member_without_an_Entra_identity_fails_without_a_call(string objectId)
    {
        var result = await _rig.Installer().InstallAsync(_elise with { AadObjectId = objectId }, default);

        Assert.Equal((SendStatus.Failed, "NoIdentity"), (result.Status, result.ErrorCode));
        Assert.Empty(_rig.Graph.Requests);
    }

    [Fact]
    public async Task Disabled_it_says_so_and_calls_nothing()
    {
        _rig.Graph.WithUser(_elise.AadObjectId);
        var installer = _rig.Installer(enabled: false);

        var result = await installer.InstallAsync(_elise, default);

        Assert.False(installer.IsEnabled);
        Assert.Equal((SendStatus.Failed, "InstallDisabled"), (result.Status, result.ErrorCode));
        Assert.Empty(_rig.Graph.Requests);
    }

    [Fact]
    public async Task A_cancelled_run_stops_before_the_call()
    {
        _rig.Graph.WithUser(_elise.AadObjectId);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _rig.Installer().InstallAsync(_elise, new CancellationToken(canceled: true)));

        Assert.Empty(_rig.Graph.Requests);
    }

    [Fact]
    public async Task The_log_names_the_member_by_id_only()
    {
        var jonas = AMember.Jonas();
        _rig.Graph.WithUser(_elise.AadObjectId).Fail(429);
        var installer = _rig.Installer();

        await installer.InstallAsync(_elise, default);   // throttled
        await installer.InstallAsync(_elise, default);   // installed
        await installer.InstallAsync(jonas, default);    // unknown user

        Assert.Contains(_rig.Logs.Lines, l => l.Contains(_elise.Id));
        Assert.Contains(_rig.Logs.Lines, l => l.Contains(jonas.Id) && l.Contains("404"));
        foreach (var member in new[] { _elise, jonas })
            Assert.DoesNotContain(_rig.Logs.Lines, l => l.Contains(member.DisplayName) || l.Contains(member.Email!, StringComparison.OrdinalIgnoreCase));
    }
}
