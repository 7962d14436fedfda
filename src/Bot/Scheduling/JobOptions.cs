using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace FocalBot.Bot.Scheduling;

/// Section "Jobs": whether this instance runs the scheduled jobs, and how often the job runner ticks. Checked at startup:
/// a tick of zero or less would spin, and a lease (three ticks) of days would leave the jobs to a dead instance.
public sealed class JobOptions : IValidatableObject
{
    public const string Section = "Jobs";

    public static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan LongestInterval = TimeSpan.FromHours(1);

    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// How long the lease taken on a tick holds: three ticks, so one slow tick does not hand the jobs to another instance.
    public TimeSpan Lease => Interval * 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (Interval < ShortestInterval || Interval > LongestInterval)
            yield return new ValidationResult(
                $"Jobs:Interval '{Interval.ToString("c", CultureInfo.InvariantCulture)}' is not a time span from {ShortestInterval:c} to {LongestInterval:c}.",
                [nameof(Interval)]);
    }
}
