namespace FocalBot.Domain.Shared;

/// Lets one instance at a time run the scheduled jobs: the holder renews its lease; another takes over once it expires.
public interface IJobLease
{
    /// True when this owner holds the named lease until now + duration (taking it if free or expired, or renewing it).
    Task<bool> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken ct);
}
