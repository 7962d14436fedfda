using System.ComponentModel.DataAnnotations;
using FocalBot.Domain.Decisions;

namespace FocalBot.Bot.Decisions;

/// Section "Decisions": how long focal points have to object to a proposal of the office.
public sealed class DecisionOptions
{
    public const string Section = "Decisions";

    /// Working days after the day the proposal is sent (Calendar:Holidays not counted).
    [Range(1, 60)] public int SilenceWorkingDays { get; set; } = SilenceSettings.Default.WorkingDays;

    public SilenceSettings Settings => SilenceSettings.Default with { WorkingDays = SilenceWorkingDays };
}
