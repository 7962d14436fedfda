namespace FocalBot.Domain.Meetings;

/// What is wrong with a meeting as written; the bot turns each into a sentence in the user's language.
public enum MeetingProblem
{
    TitleMissing,
    TitleTooLong,
    OpeningInPast,
    ClosingBeforeOpening,
    /// Longer than MeetingSettings.MaxDays: most likely a typo.
    TooManyDays,
    /// A start time without an end time, or the other way round.
    TimesIncomplete,
    /// A one-day meeting that ends before it starts.
    EndsBeforeStarts,
    /// Nobody would know where to go: no place and no online link.
    PlaceAndLinkMissing,
    PlaceTooLong,
    /// The online link must be a whole https address.
    LinkInvalid,
    TimeZoneUnknown,
    /// Working methods 4.1: plenary meetings are closed to the public.
    PlenaryWithExternals,
    /// Working methods 4.2: a plenary's convocation goes to every focal point.
    PlenaryNotForAllFocalPoints,
    AudienceEmpty,
    AgendaEmpty,
    TooManyAgendaItems,
    AgendaItemEmpty,
    AgendaItemTooLong,
    /// The same item twice in one agenda: only forged card data does that.
    AgendaItemRepeated,
    /// An item's time ends when or before it starts.
    AgendaItemEndsBeforeStarts,
    /// An item's time falls outside the meeting's days, or before its start or after its end.
    AgendaItemOutsideMeeting,
    /// A timed item starts before the timed item above it: the agenda's order is its timetable's.
    AgendaItemOutOfOrder,
    /// A timed item starts before the timed item above it has ended.
    AgendaItemOverlaps,
    /// A chair or speaker without a name, or with one too long.
    AgendaItemPersonInvalid,
    AgendaItemTooManySpeakers,
    AgendaItemTooManyDocuments,
    /// A document without a title, or whose link is not a whole https address.
    AgendaItemDocumentInvalid,
    AgendaTooManySpeakers,
    AgendaTooManyDocuments,
}

/// One problem, with the agenda item's number when it is about one.
public sealed record MeetingIssue(MeetingProblem Problem, int? Item = null);

public static class MeetingValidation
{
    /// Every problem at once, so the office fixes the form in one go; empty when the meeting may be convened.
    public static IReadOnlyList<MeetingIssue> Problems(Meeting meeting, DateOnly today, MeetingSettings settings)
    {
        var issues = new List<MeetingIssue>();
        var m = meeting;
        var s = settings;

        if (m.Title.IsEmpty) issues.Add(new(MeetingProblem.TitleMissing));
        else if (m.Title.En.Trim().Length > s.TitleMaxLength || m.Title.Fr.Trim().Length > s.TitleMaxLength) issues.Add(new(MeetingProblem.TitleTooLong));

        if (m.OpeningDay < today) issues.Add(new(MeetingProblem.OpeningInPast));
        if (m.ClosingDay < m.OpeningDay) issues.Add(new(MeetingProblem.ClosingBeforeOpening));
        else if (m.ClosingDay.DayNumber - m.OpeningDay.DayNumber + 1 > s.MaxDays) issues.Add(new(MeetingProblem.TooManyDays));
        if (m.StartsAt.HasValue != m.EndsAt.HasValue) issues.Add(new(MeetingProblem.TimesIncomplete));
        else if (m.OpeningDay == m.ClosingDay && m.EndsAt <= m.StartsAt) issues.Add(new(MeetingProblem.EndsBeforeStarts));

        if (string.IsNullOrWhiteSpace(m.Place) && string.IsNullOrWhiteSpace(m.OnlineLink)) issues.Add(new(MeetingProblem.PlaceAndLinkMissing));
        if (m.Place?.Trim().Length > s.PlaceMaxLength) issues.Add(new(MeetingProblem.PlaceTooLong));
        if (!string.IsNullOrWhiteSpace(m.OnlineLink) && !IsLink(m.OnlineLink, s)) issues.Add(new(MeetingProblem.LinkInvalid));
        if (!IsTimeZone(m.TimeZoneId)) issues.Add(new(MeetingProblem.TimeZoneUnknown));

        if (m.Kind == MeetingKind.Plenary && m.WithExternals) issues.Add(new(MeetingProblem.PlenaryWithExternals));
        if (m.Kind == MeetingKind.Plenary && m.Audience.Kind != AudienceKind.AllFocalPoints) issues.Add(new(MeetingProblem.PlenaryNotForAllFocalPoints));
        else if ((m.Audience.Kind == AudienceKind.ThematicGroup && string.IsNullOrWhiteSpace(m.Audience.GroupId))
                 || (m.Audience.Kind == AudienceKind.ChosenMembers && m.Audience.MemberIds.All(string.IsNullOrWhiteSpace)))
            issues.Add(new(MeetingProblem.AudienceEmpty));

        issues.AddRange(AgendaProblems(m.CurrentAgenda.Items, m, s));
        return issues;
    }

    /// The agenda's own problems, also checked when the office issues a revision: its items, their details against
    /// the meeting's days and hours (AgendaDetails), and its timetable.
    public static IReadOnlyList<MeetingIssue> AgendaProblems(IReadOnlyList<AgendaItem> items, Meeting meeting, MeetingSettings settings)
    {
        if (items.Count == 0) return [new(MeetingProblem.AgendaEmpty)];
        var issues = new List<MeetingIssue>();
        if (items.Count > settings.MaxAgendaItems) issues.Add(new(MeetingProblem.TooManyAgendaItems));
        for (var i = 0; i < items.Count; i++)
        {
            var title = items[i].Title;
            if (items.Take(i).Any(earlier => earlier.Id == items[i].Id)) issues.Add(new(MeetingProblem.AgendaItemRepeated, i + 1));
            else if (title.IsEmpty) issues.Add(new(MeetingProblem.AgendaItemEmpty, i + 1));
            else if (title.En.Trim().Length > settings.AgendaItemMaxLength || title.Fr.Trim().Length > settings.AgendaItemMaxLength)
                issues.Add(new(MeetingProblem.AgendaItemTooLong, i + 1));
            issues.AddRange(AgendaDetails.ItemProblems(items[i], i + 1, meeting, settings));
        }
        issues.AddRange(AgendaDetails.ScheduleProblems(items));
        issues.AddRange(AgendaDetails.TotalProblems(items, settings));
        return issues;
    }

    /// IANA ids only: a Windows id ("Romance Standard Time") resolves on some servers, but calendar programs on
    /// phones do not know it.
    public static bool IsTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId;

    static bool IsLink(string link, MeetingSettings settings) =>
        link.Trim().Length <= settings.LinkMaxLength
        && Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}
