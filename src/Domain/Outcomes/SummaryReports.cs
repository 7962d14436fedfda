using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

public enum ReportRefusal
{
    NotAllowed,
    /// The meeting is a draft or was cancelled: there is nothing to report.
    MeetingNotHeld,
    /// Issued: nothing in the report changes any more.
    AlreadyIssued,
    /// The agenda item is not on the meeting's current agenda.
    UnknownItem,
    TextMissing,
    TextTooLong,
    /// A thematic group or a rapporteur needs to say which.
    AddresseeMissing,
    TooManyRecommendations,
    UnknownRecommendation,
    /// A recommendation with this id is there already (a second press of the same form).
    AlreadyAdded,
    /// Numbers never change: only the last recommendation of a draft nobody has seen may be removed.
    OnlyLastRemovable,
    /// A recommendation with follow-up actions cannot be removed.
    HasActions,
    /// Sent for comments already, or never sent.
    AlreadyCirculated,
    NotCirculated,
    /// A report is issued once the meeting has ended.
    MeetingNotEnded,
    /// The draft is not open for comments (not sent yet, or issued).
    NotOpenForComments,
    /// The deadline for comments has passed.
    CommentsClosed,
    /// Only the meeting's invitees comment on its report.
    NotAParticipant,
}

/// The rules of a meeting's summary report: the office drafts it (background, a summary per agenda item,
/// recommendations), sends it to the participants for comments until a deadline in working days, and issues it once
/// the meeting has ended. Each step returns the changed report, or why nothing changed.
public static class SummaryReports
{
    /// The office starts the report of a meeting that was convened (held, or being held).
    public static Outcome<SummaryReport, ReportRefusal> Start(Meeting meeting, Member office, DateOnly today) =>
        !IsOffice(office) ? Refuse(ReportRefusal.NotAllowed)
        : meeting.Status != MeetingStatus.Convened ? Refuse(ReportRefusal.MeetingNotHeld)
        : Accept(new SummaryReport { MeetingId = meeting.Id, CreatedBy = office.Id, CreatedOn = today });

    public static Outcome<SummaryReport, ReportRefusal> SetBackground(SummaryReport report, Member office, BilingualText text, OutcomeSettings settings) =>
        Editable(report, office) ?? (TooLong(text, settings.BackgroundMaxLength)
            ? Refuse(ReportRefusal.TextTooLong)
            : Accept(report with { Background = text.Trimmed() }));

    /// Writes, replaces or (with an empty text) removes the summary of one agenda item of the meeting.
    public static Outcome<SummaryReport, ReportRefusal> SetSummary(SummaryReport report, Meeting meeting, Member office, string agendaItemId,
        BilingualText text, bool attributable, OutcomeSettings settings)
    {
        if (Editable(report, office) is { } refused) return refused;
        if (meeting.CurrentAgenda.NumberOf(agendaItemId) is null) return Refuse(ReportRefusal.UnknownItem);
        if (TooLong(text, settings.SummaryMaxLength)) return Refuse(ReportRefusal.TextTooLong);
        var others = report.Summaries.Where(s => s.AgendaItemId != agendaItemId);
        return Accept(report with
        {
            Summaries = text.IsEmpty ? [.. others] : [.. others, new ItemSummary(agendaItemId, text.Trimmed(), attributable)],
        });
    }

    /// A new recommendation takes the next number: one more than the highest given, so a number is never given twice.
    /// `id` comes from the office's form, so a second press of the same form adds nothing.
    public static Outcome<SummaryReport, ReportRefusal> AddRecommendation(SummaryReport report, Member office, string id, BilingualText text,
        Addressee addressee, OutcomeSettings settings)
    {
        if (Editable(report, office) is { } refused) return refused;
        if (report.Find(id) is not null) return Refuse(ReportRefusal.AlreadyAdded);
        if (Problem(text, addressee, settings) is { } problem) return Refuse(problem);
        if (report.Recommendations.Count >= settings.MaxRecommendations) return Refuse(ReportRefusal.TooManyRecommendations);
        var number = report.Recommendations.Count == 0 ? 1 : report.Recommendations.Max(r => r.Number) + 1;
        return Accept(report with { Recommendations = [.. report.Recommendations, new Recommendation(id, number, text.Trimmed(), addressee)] });
    }

    /// New wording or addressee; the number stays.
    public static Outcome<SummaryReport, ReportRefusal> ReviseRecommendation(SummaryReport report, Member office, string id, BilingualText text,
        Addressee addressee, OutcomeSettings settings)
    {
        if (Editable(report, office) is { } refused) return refused;
        if (report.Find(id) is not { } current) return Refuse(ReportRefusal.UnknownRecommendation);
        if (Problem(text, addressee, settings) is { } problem) return Refuse(problem);
        var revised = current with { Text = text.Trimmed(), Addressee = addressee };
        return Accept(report with { Recommendations = [.. report.Recommendations.Select(r => r.Id == id ? revised : r)] });
    }

    /// Numbers never change: only the last recommendation of a draft that nobody but the office has seen may go, and
    /// only when no follow-up action refers to it. Any other is revised instead.
    public static Outcome<SummaryReport, ReportRefusal> RemoveRecommendation(SummaryReport report, Member office, string id, bool hasActions)
    {
        if (Editable(report, office) is { } refused) return refused;
        if (report.Find(id) is not { } current) return Refuse(ReportRefusal.UnknownRecommendation);
        if (report.Status != ReportStatus.Draft || current.Number != report.Recommendations.Max(r => r.Number)) return Refuse(ReportRefusal.OnlyLastRemovable);
        if (hasActions) return Refuse(ReportRefusal.HasActions);
        return Accept(report with { Recommendations = [.. report.Recommendations.Where(r => r.Id != id)] });
    }

    /// The draft goes to the participants, who may comment until the deadline: CommentWorkingDays working days after
    /// today, comments taken until that day's end.
    public static Outcome<SummaryReport, ReportRefusal> Circulate(SummaryReport report, Meeting meeting, Member office, DateOnly today,
        WorkingDays calendar, OutcomeSettings settings)
    {
        if (Editable(report, office) is { } refused) return refused;
        if (report.Status != ReportStatus.Draft) return Refuse(ReportRefusal.AlreadyCirculated);
        if (meeting.Status != MeetingStatus.Convened) return Refuse(ReportRefusal.MeetingNotHeld);
        return Accept(report with
        {
            Status = ReportStatus.OpenForComments, CirculatedOn = today, CommentsUntil = calendar.Add(today, settings.CommentWorkingDays),
        });
    }

    /// A participant's comment, while the draft is open and until the deadline's day has ended. It goes to the office
    /// only; the report itself does not change.
    public static Outcome<ReportComment, ReportRefusal> Comment(SummaryReport report, Meeting meeting, Member participant, string text,
        Language language, DateTimeOffset now, DateOnly today, OutcomeSettings settings)
    {
        if (report.Status != ReportStatus.OpenForComments) return Outcome<ReportComment, ReportRefusal>.Refuse(ReportRefusal.NotOpenForComments);
        if (today > report.CommentsUntil) return Outcome<ReportComment, ReportRefusal>.Refuse(ReportRefusal.CommentsClosed);
        if (!meeting.IsInvited(participant)) return Outcome<ReportComment, ReportRefusal>.Refuse(ReportRefusal.NotAParticipant);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return Outcome<ReportComment, ReportRefusal>.Refuse(ReportRefusal.TextMissing);
        if (trimmed.Length > settings.CommentMaxLength) return Outcome<ReportComment, ReportRefusal>.Refuse(ReportRefusal.TextTooLong);
        return Outcome<ReportComment, ReportRefusal>.Accept(new ReportComment
        {
            MeetingId = meeting.Id, MemberId = participant.Id, Text = trimmed, Language = language, At = now,
        });
    }

    /// The final report, once the draft went out for comments and the meeting has ended where it was held.
    public static Outcome<SummaryReport, ReportRefusal> Issue(SummaryReport report, Meeting meeting, Member office, DateTimeOffset now, DateOnly today)
    {
        if (Editable(report, office) is { } refused) return refused;
        if (meeting.Status != MeetingStatus.Convened) return Refuse(ReportRefusal.MeetingNotHeld);
        if (now < MeetingDates.EndOf(meeting)) return Refuse(ReportRefusal.MeetingNotEnded);
        if (report.Status != ReportStatus.OpenForComments) return Refuse(ReportRefusal.NotCirculated);
        return Accept(report with { Status = ReportStatus.Issued, IssuedOn = today, IssuedBy = office.Id });
    }

    /// The agenda items in the agenda's order, each with its summary if written.
    public static IReadOnlyList<(AgendaItem Item, ItemSummary? Summary)> ByAgenda(SummaryReport report, Meeting meeting) =>
        [.. meeting.CurrentAgenda.Items.Select(i => (i, report.SummaryOf(i.Id)))];

    static ReportRefusal? Problem(BilingualText text, Addressee addressee, OutcomeSettings settings) =>
        text.IsEmpty ? ReportRefusal.TextMissing
        : TooLong(text, settings.RecommendationMaxLength) ? ReportRefusal.TextTooLong
        : !addressee.IsComplete ? ReportRefusal.AddresseeMissing
        : null;

    static Outcome<SummaryReport, ReportRefusal>? Editable(SummaryReport report, Member office) =>
        !IsOffice(office) ? Refuse(ReportRefusal.NotAllowed)
        : report.Status == ReportStatus.Issued ? Refuse(ReportRefusal.AlreadyIssued)
        : null;

    static bool TooLong(BilingualText text, int max) => text.En.Trim().Length > max || text.Fr.Trim().Length > max;

    static bool IsOffice(Member member) => member is { IsActive: true, Role: MemberRole.Office };

    static Outcome<SummaryReport, ReportRefusal> Accept(SummaryReport r) => Outcome<SummaryReport, ReportRefusal>.Accept(r);

    static Outcome<SummaryReport, ReportRefusal> Refuse(ReportRefusal r) => Outcome<SummaryReport, ReportRefusal>.Refuse(r);
}
