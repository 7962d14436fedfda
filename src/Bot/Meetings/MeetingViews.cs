using System.Text.Json.Nodes;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// The live cards of a meeting, read as things stand when a button is pressed: the office's draft (with the
/// convocation rule) and status (answers, suggestions, channel posts), a member's convocation with their answer, and
/// the list of meetings the caller may see.
public sealed class MeetingViews(IMeetingStore meetings, IMemberDirectory members, MeetingGroups groups, MeetingFileStore files, AgendaFileLinks links,
    NetworkChannel channel, NetworkCalendar calendar, IOptions<MeetingOptions> options)
{
    MeetingSettings Settings => options.Value.Settings;

    /// The draft as it will go out: its problems (and `extra` ones), the latest day to convene it, and for a plenary
    /// whether the year has its plenaries. A thematic group's members are counted as the group stands now. Stored
    /// files open the office member's own links.
    public async Task<JsonObject> DraftAsync(Meeting meeting, Member office, string? notice, Language language, CancellationToken ct, IReadOnlyList<string>? extra = null)
    {
        var today = calendar.Today;
        var everyone = await members.ListAsync(ct);
        var group = await groups.OfAsync(meeting.Audience, ct);
        var problems = MeetingValidation.Problems(meeting, today, Settings).Select(i => MeetingTexts.Describe(i, language))
            .Concat(group.Unavailable ? [MeetingTexts.GroupUnavailable.In(language)] : []).Concat(extra ?? []).Distinct().ToList();
        var timing = Convocation.Timing(meeting, today, calendar.Days, Settings);
        var year = meeting.Kind == MeetingKind.Plenary ? PlenaryYear.Check(await meetings.ListAsync(ct), meeting.OpeningDay.Year, Settings) : null;
        return MeetingCards.Draft(meeting, meeting.Audience.Invitees(everyone, group.MemberIds).Count, timing, year, problems, notice, language, group.Group,
            links.For(meeting, office));
    }

    /// The office's status of a convened (or cancelled) meeting, refreshed automatically for `refreshFor`.
    public async Task<JsonObject> StatusAsync(Meeting meeting, string refreshFor, Language language, CancellationToken ct)
    {
        var everyone = await members.ListAsync(ct);
        var byId = everyone.ToDictionary(m => m.Id);
        var rsvps = await meetings.ListRsvpsAsync(meeting.Id, ct);
        var latest = Rsvps.Latest(meeting, rsvps);
        var attending = latest.Values.Where(r => r.Choice != RsvpChoice.NotAttending && byId.ContainsKey(r.MemberId))
            .Select(r => (byId[r.MemberId], r)).OrderBy(p => p.Item1.DisplayName, StringComparer.Ordinal).ToList();
        var suggestions = (await meetings.ListSuggestionsAsync(meeting.Id, ct)).Select(x => (x, byId.GetValueOrDefault(x.ProposerId))).ToList();
        var externals = await meetings.ListExternalsAsync(meeting.Id, ct);
        var posts = await MeetingPosts.StatesAsync(channel, meeting, language, ct);
        var attended = await meetings.GetAttendanceAsync(meeting.Id, ct) is { } attendance ? AttendanceFigures.Of(attendance) : null;
        return MeetingCards.Status(meeting, RsvpSummary.Of(meeting, rsvps), attending, suggestions, externals, posts, calendar.Zone, calendar.Now,
            [refreshFor], language, attended);
    }

    /// The member's convocation: their answer, the cut-off, the suggestion deadline and their own calendar link.
    public async Task<JsonObject> ConvocationAsync(Member member, Meeting meeting, string? notice, IReadOnlyList<string> problems, Language language,
        CancellationToken ct)
    {
        var answer = await meetings.GetRsvpAsync(meeting.Id, member.Id, ct);
        var link = await files.InvitationLinkAsync(meeting, member, ct);
        return MeetingCards.Convocation(meeting, answer, Rsvps.CutOff(meeting, calendar.Days, Settings),
            AgendaSuggestions.Deadline(meeting, calendar.Days, Settings), link, notice, problems, language, calendar.Today, links.For(meeting, member));
    }

    /// Every meeting for the office; for the others, those convened (or cancelled) they are invited to, with their own
    /// answer to the ones convened.
    public async Task<JsonObject> ListAsync(Member member, Language language, CancellationToken ct)
    {
        var all = await meetings.ListAsync(ct);
        var visible = member.Role == MemberRole.Office ? all : all.Where(m => m.Status != MeetingStatus.Draft && m.InviteeIds.Contains(member.Id)).ToList();
        var own = new Dictionary<string, Rsvp>();
        foreach (var m in visible.Where(m => m.Status == MeetingStatus.Convened).Take(20))
            if (await meetings.GetRsvpAsync(m.Id, member.Id, ct) is { } r) own[m.Id] = r;
        return MeetingCards.List(visible, own, member, language);
    }
}
