using FocalBot.Domain.Members;

namespace FocalBot.Domain.Meetings;

/// The aggregate counts of those present, and nothing about anyone in particular: "28 participants (16 women and 12
/// men) from 10 states", by member state and by organisation kind. Gender is counted only where the office recorded it
/// with the participant's consent; GenderRecorded says for how many.
public sealed record AttendanceFigures(
    int Present, int Women, int Men, int OtherGender, IReadOnlyList<(StateCode State, int Count)> ByState,
    IReadOnlyList<(OrganisationKind? Kind, int Count)> ByOrganisation)
{
    /// The member states represented.
    public int States => ByState.Count;

    public int GenderRecorded => Women + Men + OtherGender;

    /// By state in the Council's order of member states; by organisation kind in the enum's order, "not stated" last.
    public static AttendanceFigures Of(Attendance attendance)
    {
        var present = attendance.Present.ToList();
        int Count(Gender g) => present.Count(p => p.GenderConsent && p.Gender == g);
        var order = MemberStates.All.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var byState = present.Where(p => p.StateCode is { IsMemberState: true }).GroupBy(p => p.StateCode!)
            .OrderBy(g => order[g.Key]).Select(g => (g.Key, g.Count())).ToList();
        var byKind = present.GroupBy(p => p.OrganisationKind)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        return new AttendanceFigures(present.Count, Count(Gender.Woman), Count(Gender.Man), Count(Gender.Other), byState, byKind);
    }

    /// Several meetings' counts added up, each meeting counted apart: a person present at two meetings counts twice,
    /// and States is the number of member states represented at one meeting at least.
    public static AttendanceFigures Total(IEnumerable<AttendanceFigures> meetings)
    {
        var all = meetings.ToList();
        var order = MemberStates.All.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var byState = all.SelectMany(f => f.ByState).GroupBy(s => s.State).OrderBy(g => order[g.Key]).Select(g => (g.Key, g.Sum(s => s.Count))).ToList();
        var byKind = all.SelectMany(f => f.ByOrganisation).GroupBy(k => k.Kind)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key).Select(g => (g.Key, g.Sum(k => k.Count))).ToList();
        return new AttendanceFigures(all.Sum(f => f.Present), all.Sum(f => f.Women), all.Sum(f => f.Men), all.Sum(f => f.OtherGender), byState, byKind);
    }
}
