namespace FocalBot.Domain.Meetings;

/// The limits and delays of meetings; bound from configuration by the bot, these defaults otherwise. Delays count
/// working days (WorkingDays), lengths UTF-16 characters as Teams' inputs count them.
public sealed record MeetingSettings
{
    public int TitleMaxLength { get; init; } = 200;
    public int PlaceMaxLength { get; init; } = 300;
    public int LinkMaxLength { get; init; } = 2000;
    public int AgendaItemMaxLength { get; init; } = 300;
    public int MaxAgendaItems { get; init; } = 40;
    /// A longer span is almost surely a typo in the closing day.
    public int MaxDays { get; init; } = 7;
    public int SuggestionTitleMaxLength { get; init; } = 200;
    public int SuggestionExplanationMaxLength { get; init; } = 1000;
    public int ReasonMaxLength { get; init; } = 500;

    /// An agenda item's speakers, and speakers and documents over the whole agenda: a meeting keeps every agenda
    /// version, and its store holds a dozen versions of the largest agenda with these.
    public int MaxSpeakersPerItem { get; init; } = 10;
    public int MaxDocumentsPerItem { get; init; } = 5;
    public int MaxAgendaSpeakers { get; init; } = 80;
    public int MaxAgendaDocuments { get; init; } = 20;
    public int DocumentTitleMaxLength { get; init; } = 200;
    public int DocumentLinkMaxLength { get; init; } = 1000;

    /// The people an attendance list holds: everyone expected and the walk-ins.
    public int MaxAttendees { get; init; } = 300;

    /// Working methods 4.2: the convocation and the draft agenda reach every focal point at least this many working
    /// days before the opening day (Convocation says how the days are counted).
    public int ConvocationWorkingDays { get; init; } = 30;

    /// Working methods 4.1 asks for a plenary at least once a year; the network decided twice.
    public int PlenariesPerYear { get; init; } = 2;

    /// Working methods 4.4: members suggest agenda items until this many working days before the opening day, which
    /// leaves the office time to revise the agenda.
    public int SuggestionDeadlineWorkingDays { get; init; } = 20;

    /// Answers can be given and changed until this many working days before the opening day (1: the last working
    /// day before it); later, members write to the office.
    public int RsvpCutOffWorkingDays { get; init; } = 1;

    /// The reminder ladder. Invitees who have not answered are reminded this many working days after the
    /// convocation day; 0 or less turns a step off.
    public int NoAnswerReminderWorkingDays { get; init; } = 10;

    /// Those attending get the practical details this many working days before the opening day.
    public int PracticalReminderWorkingDays { get; init; } = 5;

    /// And a last reminder this many working days before it: 1 is the day before, or the Friday before a Monday.
    public int LastReminderWorkingDays { get; init; } = 1;

    public static MeetingSettings Default { get; } = new();
}
