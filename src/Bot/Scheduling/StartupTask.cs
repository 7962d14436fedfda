namespace FocalBot.Bot.Scheduling;

/// Work that must finish before the server takes its first request: StartingAsync runs before any hosted service's
/// StartAsync, including the web server's.
public abstract class StartupTask : IHostedLifecycleService
{
    public abstract Task StartingAsync(CancellationToken ct);

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
