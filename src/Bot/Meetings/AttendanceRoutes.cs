using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Attendance (the meeting outcomes issue): from the meeting's start on, the office ticks who attended on a list that
/// starts from the answers, adds walk-ins, and sees the counts. Every save is versioned and audited by id; the same
/// ticks or walk-in sent twice change nothing.
public static class AttendanceRoutes
{
    public static void Map(TurnRouter routes) => routes
        .OnExecute(MeetingRoutes.Attendance, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) =>
            OpenAsync(turn, office, meeting, turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>(), ct))
        .OnExecute(MeetingRoutes.AttendanceSave, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) =>
            SaveAsync(turn, office, meeting, turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(MeetingRoutes.WalkInAdd, MeetingRoutes.OfficeMeeting, (turn, office, meeting, ct) => WalkInAsync(turn, office, meeting,
            turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>(), MeetingRoutes.Settings(turn), turn.Get<IAuditLog>(), ct));

    /// The list as recorded, with anyone expected since; before the meeting starts, a message saying when it does.
    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings, IMemberDirectory members,
        NetworkCalendar calendar, CancellationToken ct)
    {
        if (AttendanceRegister.Check(office, meeting, calendar.Now) is { } refused) return Refused(refused, meeting, turn.Language);
        var (list, _, everyone) = await ListAsync(meeting, meetings, members, ct);
        return InvokeResponse.Card(MeetingCards.Attendance(meeting, list, Names(everyone), 0, null, [], turn.Language));
    }

    /// Records the page's ticks, then shows the page asked for (or the walk-in form). A list saved by someone else since
    /// the card was drawn is shown as it is now, unless these ticks change nothing in it (a second click).
    internal static async Task<InvokeResponse> SaveAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings, IMemberDirectory members,
        NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        if (AttendanceRegister.Check(office, meeting, calendar.Now) is { } refused) return Refused(refused, meeting, language);
        var (list, stored, everyone) = await ListAsync(meeting, meetings, members, ct);
        var page = int.TryParse(turn.Data(MeetingCards.AttendancePageKey), out var p) ? p : 0;
        InvokeResponse Card(Attendance shown, int onPage, string? notice, params string[] problems) =>
            InvokeResponse.Card(MeetingCards.Attendance(meeting, shown, Names(everyone), onPage, notice, problems, language));

        var marks = Marks(turn, list);
        var recorded = AttendanceRegister.Record(office, meeting, list, marks, calendar.Now);
        if (!recorded.IsAccepted) return Card(Typed(list, marks), page, null, AttendanceTexts.Describe(recorded.Refusal!.Value, language));
        // Against what is stored: anyone expected since the last save (an external participant entered during the
        // meeting) is saved with the ticks, even when the ticks themselves change nothing.
        var changed = stored is null || !recorded.Value!.People.SequenceEqual(stored.People);
        if (changed && (turn.Data(MeetingCards.AttendanceVersionKey) ?? "") != (stored?.Version ?? ""))
            return Card(list, page, null, MeetingTexts.ChangedMeanwhile.In(language));

        var saved = list;
        if (changed)
        {
            if (await meetings.SaveAttendanceAsync(recorded.Value!, ct) is not SaveResult.Saved done)
                return Card((await ListAsync(meeting, meetings, members, ct)).List, page, null, MeetingTexts.ChangedMeanwhile.In(language));
            saved = recorded.Value! with { Version = done.Version };
            await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.attendance.recorded", meeting.Id, ct);
        }
        var notice = AttendanceTexts.Saved.Format(language, saved.People.Count(x => x.Present));
        return turn.Data(MeetingCards.AttendanceThenKey) switch
        {
            "walkin" => InvokeResponse.Card(MeetingCards.WalkInForm(meeting, Guid.NewGuid().ToString("N"), null, NotListed(saved, everyone), [], language)),
            "next" => Card(saved, page + 1, notice),
            "previous" => Card(saved, page - 1, notice),
            _ => Card(saved, page, notice),
        };
    }

    /// Adds a walk-in, ticked present, and shows the list's last page, where they are. A form sent twice adds nobody
    /// twice (its walk-in id); a colleague's save meanwhile is read again and the walk-in added to it.
    internal static async Task<InvokeResponse> WalkInAsync(TurnContext turn, Member office, Meeting meeting, IMeetingStore meetings, IMemberDirectory members,
        NetworkCalendar calendar, MeetingSettings settings, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        if (AttendanceRegister.Check(office, meeting, calendar.Now) is { } refused) return Refused(refused, meeting, language);
        var walkIn = WalkInOf(turn);
        IReadOnlyList<Member> choosable = [];
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (list, stored, everyone) = await ListAsync(meeting, meetings, members, ct);
            choosable = NotListed(list, everyone);
            var added = AttendanceRegister.AddWalkIn(office, meeting, list, walkIn, everyone, calendar.Now, settings);
            if (!added.IsAccepted)
                return InvokeResponse.Card(MeetingCards.WalkInForm(meeting, walkIn.Id, walkIn, choosable, [AttendanceTexts.Describe(added.Refusal!.Value, language)], language));
            var person = added.Value!.People.Single(x => x.Id == Attendee.WalkInKey(walkIn.Id));
            var shown = added.Value!;
            if (stored is null || !added.Value!.People.SequenceEqual(stored.People))
            {
                if (await meetings.SaveAttendanceAsync(added.Value!, ct) is not SaveResult.Saved done) continue;
                shown = added.Value! with { Version = done.Version };
                await MeetingRoutes.AuditAsync(audit, calendar, office, "meeting.attendance.walkin", meeting.Id, ct);
            }
            var last = (shown.People.Count - 1) / MeetingCards.AttendancePageSize;
            return InvokeResponse.Card(MeetingCards.Attendance(meeting, shown, Names(everyone), last,
                AttendanceTexts.WalkInAdded.Format(language, Cards.Card.Plain(person.Name)), [], language));
        }
        // The form as typed, with its members to choose from, so pressing again adds the walk-in.
        return InvokeResponse.Card(MeetingCards.WalkInForm(meeting, walkIn.Id, walkIn, choosable, [MeetingTexts.NotSaved.In(language)], language));
    }

    /// The list as the office works on it: what was recorded, with anyone expected since.
    static async Task<(Attendance List, Attendance? Stored, IReadOnlyList<Member> Everyone)> ListAsync(Meeting meeting, IMeetingStore meetings,
        IMemberDirectory members, CancellationToken ct)
    {
        var everyone = await members.ListAsync(ct);
        var stored = await meetings.GetAttendanceAsync(meeting.Id, ct);
        var expected = AttendanceRegister.Expected(meeting, await meetings.ListRsvpsAsync(meeting.Id, ct), everyone, await meetings.ListExternalsAsync(meeting.Id, ct));
        return (AttendanceRegister.Opened(meeting, stored, expected), stored, everyone);
    }

    /// The ticks the card sent: one per person whose present toggle it carried (a page at a time), with their gender
    /// and consent; a person the card names who is not on the list is kept, so the rules refuse it.
    static Dictionary<string, AttendanceMark> Marks(TurnContext turn, Attendance list)
    {
        var marks = new Dictionary<string, AttendanceMark>();
        foreach (var key in turn.ActionData.Select(kv => kv.Key).Where(k => k.StartsWith("p|", StringComparison.Ordinal)))
        {
            var id = key[2..];
            var gender = Enum.TryParse<Gender>(turn.Data(MeetingCards.GenderKey(id)), out var g) && Enum.IsDefined(g) ? g : (Gender?)null;
            marks[id] = new AttendanceMark(turn.Data(key) == "true", gender, turn.Data(MeetingCards.ConsentKey(id)) == "true");
        }
        return marks;
    }

    /// The list with the ticks as typed, to show them again with the problem; never saved.
    static Attendance Typed(Attendance list, IReadOnlyDictionary<string, AttendanceMark> marks) => list with
    {
        People = [.. list.People.Select(p => marks.TryGetValue(p.Id, out var m) ? p with { Present = m.Present, Gender = m.Gender, GenderConsent = m.Consent } : p)],
    };

    static WalkIn WalkInOf(TurnContext turn) => new(turn.Data(MeetingCards.WalkInIdKey) is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N"))
    {
        MemberId = turn.Data(MeetingCards.WalkInMemberKey),
        Name = turn.Data(MeetingCards.WalkInNameKey),
        Title = turn.Data(MeetingCards.WalkInTitleKey),
        Organisation = turn.Data(MeetingCards.WalkInOrganisationKey),
        OrganisationKind = Enum.TryParse<OrganisationKind>(turn.Data(MeetingCards.WalkInKindKey), out var kind) && Enum.IsDefined(kind) ? kind : null,
        StateCode = StateCode.ParseOptional(turn.Data(MeetingCards.WalkInStateKey)),
        Country = turn.Data(MeetingCards.WalkInCountryKey),
        Gender = Enum.TryParse<Gender>(turn.Data(MeetingCards.WalkInGenderKey), out var gender) && Enum.IsDefined(gender) ? gender : null,
        Consent = turn.Data(MeetingCards.WalkInConsentKey) == "true",
    };

    /// The active members not on the list as members: those a walk-in may be.
    static IReadOnlyList<Member> NotListed(Attendance list, IEnumerable<Member> everyone)
    {
        var listed = list.People.Where(p => p.Kind is AttendeeKind.Member or AttendeeKind.WalkIn && p.MemberId is not null).Select(p => p.MemberId).ToHashSet();
        return [.. everyone.Where(m => m.IsActive && !listed.Contains(m.Id))];
    }

    static IReadOnlyDictionary<string, string> Names(IEnumerable<Member> everyone) => everyone.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First().DisplayName);

    static InvokeResponse Refused(AttendanceRefusal refusal, Meeting meeting, Language language) =>
        InvokeResponse.Message(AttendanceTexts.Describe(refusal, language, MeetingDates.StartOf(meeting)));
}
