using System.ComponentModel.DataAnnotations;
using FocalBot.Domain.Meetings;

namespace FocalBot.Bot.Meetings;

/// Section "Meetings": the convocation rule, the cut-offs and the reminder ladder (working days), and the mailbox
/// invitations come from.
public sealed class MeetingOptions
{
    public const string Section = "Meetings";

    [Range(1, 120)] public int ConvocationWorkingDays { get; set; } = MeetingSettings.Default.ConvocationWorkingDays;
    [Range(0, 10)] public int PlenariesPerYear { get; set; } = MeetingSettings.Default.PlenariesPerYear;
    [Range(0, 120)] public int SuggestionDeadlineWorkingDays { get; set; } = MeetingSettings.Default.SuggestionDeadlineWorkingDays;
    [Range(0, 60)] public int RsvpCutOffWorkingDays { get; set; } = MeetingSettings.Default.RsvpCutOffWorkingDays;
    [Range(0, 120)] public int NoAnswerReminderWorkingDays { get; set; } = MeetingSettings.Default.NoAnswerReminderWorkingDays;
    [Range(0, 60)] public int PracticalReminderWorkingDays { get; set; } = MeetingSettings.Default.PracticalReminderWorkingDays;
    [Range(0, 60)] public int LastReminderWorkingDays { get; set; } = MeetingSettings.Default.LastReminderWorkingDays;

    /// ORGANIZER of the calendar files: the office's mailbox, where calendar programs send replies.
    [EmailAddress] public string OrganizerEmail { get; set; } = "srsg.migration@coe.int";
    public string OrganizerName { get; set; } = "Office of the SRSG on Migration and Refugees";

    public MeetingSettings Settings => MeetingSettings.Default with
    {
        ConvocationWorkingDays = ConvocationWorkingDays,
        PlenariesPerYear = PlenariesPerYear,
        SuggestionDeadlineWorkingDays = SuggestionDeadlineWorkingDays,
        RsvpCutOffWorkingDays = RsvpCutOffWorkingDays,
        NoAnswerReminderWorkingDays = NoAnswerReminderWorkingDays,
        PracticalReminderWorkingDays = PracticalReminderWorkingDays,
        LastReminderWorkingDays = LastReminderWorkingDays,
    };

    public CalendarOrganizer Organizer => new(OrganizerEmail, OrganizerName);
}
