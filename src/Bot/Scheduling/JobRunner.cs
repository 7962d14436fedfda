using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Scheduling;

/// A scheduled job: runs on every tick of the job runner, and must be safe to run again (after a restart, or twice).
public interface IJob
{
    Task RunAsync(DateTimeOffset now, CancellationToken ct);
}

/// The one background service: on each tick, if this instance holds the job lease, runs every job, then sends what
/// they queued. Jobs keep their state in the store, so a restart resumes where it stopped.
public sealed partial class JobRunner(
    IEnumerable<IJob> jobs,
    ProactiveSender sender,
    IJobLease lease,
    SendSoon soon,
    TimeProvider clock,
    IOptions<JobOptions> options,
    ILogger<JobRunner> log) : BackgroundService
{
    readonly string _owner = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    TimeSpan Interval => options.Value.Interval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        do
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { LogFault(log, e); }
        }
        while (await soon.WaitAsync(Interval, clock, stoppingToken));
    }

    /// One tick; returns false when another instance holds the lease.
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await lease.TryAcquireAsync("jobs", _owner, now, options.Value.Lease, ct)) return false;
        foreach (var job in jobs)
        {
            try { await job.RunAsync(now, ct); }
            catch (Exception e) when (!ct.IsCancellationRequested) { LogJobFault(log, job.GetType().Name, e); }
        }
        await sender.SendWaitingAsync(ct);
        return true;
    }

    [LoggerMessage(LogLevel.Error, "Job {Job} failed; it runs again on the next tick")]
    static partial void LogJobFault(ILogger logger, string job, Exception exception);

    [LoggerMessage(LogLevel.Error, "Job tick failed")]
    static partial void LogFault(ILogger logger, Exception exception);
}
