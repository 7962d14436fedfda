using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// The compose form as its author sees it, and the request it describes. The one place that knows the thematic groups
/// a request may go to: the office may choose one, and a group is resolved to its focal points when the office
/// previews, so the preview counts exactly whom the request will reach.
public sealed class RequestComposer(NetworkCalendar calendar, IOptions<RequestOptions> options, IGroupStore groups, IMemberDirectory members)
{
    public RequestSettings Settings => options.Value.Settings;

    /// The deadline a new request is given: the default number of working days from today.
    public DateOnly DefaultDeadline => RequestDeadline.Default(calendar.Today, calendar.Days, Settings);

    /// The form as typed, with the problems to fix: a focal point's proposes, the office's previews.
    public async Task<JsonObject> CardAsync(Member author, RequestForm form, IReadOnlyList<string> problems, Language language, CancellationToken ct)
    {
        var proposing = author.Role != MemberRole.Office;
        IReadOnlyList<(string Title, string Value)> choices = proposing ? [] :
            [.. (await groups.ListAsync(ct)).Where(g => g.Status == GroupStatus.Active).Select(g => (Card.Plain(g.NameIn(language)), g.Id))];
        return ComposeCards.Compose(form, problems, proposing, Settings, DefaultDeadline, choices, language);
    }

    /// The form's request and the problems to show; the request is null when there are any.
    public async Task<(InformationRequest? Request, IReadOnlyList<string> Problems)> CheckAsync(RequestForm form, Language language, CancellationToken ct)
    {
        if (form.ToRequest() is not { } request) return (null, [RequestTexts.DeadlineUnreadable.In(language)]);
        if (request.Audience.GroupId is { } groupId)
        {
            if (await groups.GetAsync(groupId, ct) is not { Status: GroupStatus.Active } group) return (null, [RequestTexts.GroupUnknown.In(language)]);
            var inGroup = (await members.ListAsync(ct)).Where(m => group.MemberIds.Contains(m.Id));
            var audience = Audience.ForGroup(group.Id, group.NameEn, group.NameFr, inGroup);
            if (audience.MemberIds.Count == 0) return (null, [RequestTexts.GroupWithoutFocalPoints.In(language)]);
            request = request with { Audience = audience };
        }
        var issues = RequestValidation.Problems(request, calendar.Today, calendar.Days, Settings);
        return issues.Count == 0 ? (request, []) : (null, [.. issues.Select(i => RequestTexts.Describe(i, Settings, language))]);
    }
}
