using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The office's live status of a sent request: counts, a line per state that matters, and the follow-up buttons.
public static class FollowUpCards
{
    /// The office's live view: Teams refreshes it for the given users when they look at it.
    /// The office's status of a sent request; `chase`: the latest "Chase now" and whom it reached; `release`: where the
    /// compilation's release stands.
    public static JsonObject Status(RequestProgress progress, ChannelPost channel, TimeZoneInfo zone, DateTimeOffset at, IEnumerable<string> refreshFor,
        Language language, (DateOnly Day, ReachCount Reach)? chase = null, ReleaseProgress? release = null)
    {
        var request = progress.Request;
        var deliveries = ReachCount.Of(progress.Recipients.Select(r => (r.Status, r.Path, r.Mentioned))).Describe(language);
        IEnumerable<(string, string)> chased = chase is { } c ? [(RequestTexts.LastChaseFact.Format(language, c.Day), c.Reach.Describe(language))] : [];
        List<JsonNode?> body =
        [
            Card.Title(RequestTexts.StatusTitle.Format(language, request.Number)),
            Card.Literal(RequestCards.TitleIn(request, language), weight: "Bolder"),
            Card.Facts(
            [
                (RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline)
                    + (request.Status == RequestStatus.Closed ? $" ({RequestTexts.StatusClosed.In(language)})" : "")),
                (RequestTexts.StatesAsked.In(language), RequestCards.Invariant(progress.States.Count)),
                (RequestTexts.Answered.In(language), RequestCards.Invariant(progress.Submitted)),
                (RequestTexts.Drafting.In(language), RequestCards.Invariant(progress.Drafting)),
                (RequestTexts.Acknowledged.In(language), RequestCards.Invariant(progress.Acknowledged)),
                (RequestTexts.Late.In(language), RequestCards.Invariant(progress.Late)),
                (RequestTexts.NotReached.In(language), RequestCards.Invariant(progress.NotReached)),
                (RequestTexts.Deliveries.In(language), deliveries),
                .. chased,
                .. ReleaseCards.StatusFacts(request, release, language),
                .. DeliveryCards.ChannelFacts(channel, zone, language),
            ]),
            ReleaseCards.StatusButtons(request, release, language),
            Card.TextBlock(RequestTexts.ByState.In(language), weight: "Bolder", spacing: "Medium"),
            .. StateLines(progress.States, language),
            Card.TextBlock(RequestTexts.UpdatedAt.Format(language, RequestCards.Local(at, zone)), subtle: true, size: "Small"),
        ];
        var data = RequestCards.Ids(request);
        // Most used first: those that do not fit go to the card's "…" menu.
        var actions = new List<JsonNode?>();
        if (request.Status == RequestStatus.Sent) actions.Add(Card.Execute(RequestTexts.ChaseButton.In(language), RequestRoutes.Chase, data, withInputs: false));
        actions.Add(Card.Execute(RequestTexts.CompileButton.In(language), RequestRoutes.Compile, data, withInputs: false));
        actions.Add(Card.Execute(RequestTexts.RecipientsButton.In(language), DeliveryRoutes.View, DeliveryRoutes.Data(RequestDeliveries.Subject, request.Id), withInputs: false));
        actions.Add(Card.Execute(RequestTexts.RefreshButton.In(language), RequestRoutes.Status, data, withInputs: false));
        if (request.Status == RequestStatus.Sent) actions.Add(Card.Execute(RequestTexts.CloseButton.In(language), RequestRoutes.Close, data, style: "destructive", withInputs: false));
        return Card.WithRefresh(Card.New(body, actions), RequestRoutes.Status, RequestCards.Ids(request), refreshFor);
    }

    /// A line per state that matters (it has a focal point, or answered or acknowledged all the same), and one line
    /// naming the states nobody can answer for: 42 lines of "no focal point" would hide the four that count.
    static IEnumerable<JsonObject> StateLines(IReadOnlyList<StateProgress> states, Language language)
    {
        var byName = StringComparer.Create(Text.Culture(language), true);
        var silent = states.Where(s => s is { Reach: Reach.NoFocalPoint, Status: null, Acknowledged: false }).ToHashSet();
        var shown = states.Where(s => !silent.Contains(s)).OrderBy(s => MemberStates.NameIn(s.Code, language), byName).ToList();
        if (shown.Count > 0)
            yield return Card.TextBlock(string.Join("\r", shown.Select(s => "- " + RequestTexts.StateRow.Format(language, MemberStates.NameIn(s.Code, language), StateLine(s, language)))));
        if (silent.Count > 0)
            yield return Card.TextBlock("⚠️ " + (silent.Count == 1 ? RequestTexts.StateWithoutFocalPoint : RequestTexts.StatesWithoutFocalPoint).Format(language, silent.Count,
                string.Join(", ", silent.Select(s => MemberStates.NameIn(s.Code, language)).Order(byName))));
    }

    static string StateLine(StateProgress s, Language language)
    {
        var parts = new List<string>
        {
            s.Status switch
            {
                AnswerStatus.Submitted => "✅ " + RequestTexts.StateRowAnswered.Format(language, s.Answered, s.Questions),
                AnswerStatus.Draft => RequestTexts.StateRowDraft.Format(language, s.Answered, s.Questions),
                _ => RequestTexts.StateRowNothing.In(language),
            },
        };
        if (s.Late) parts.Add(RequestTexts.LateMark.In(language));
        if (s.Acknowledged) parts.Add(RequestTexts.StateRowAcknowledged.In(language));
        if (s.Reach == Reach.Mentioned) parts.Add(RequestTexts.StateRowMentioned.In(language));
        if (s.Reach == Reach.NotReached) parts.Add("⚠️ " + RequestTexts.StateRowNotReached.In(language));
        if (s.Reach == Reach.NoFocalPoint) parts.Add("⚠️ " + RequestTexts.StateRowNoFocalPoint.In(language));
        return string.Join(" · ", parts);
    }
}
