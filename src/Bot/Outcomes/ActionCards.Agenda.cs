using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// A plenary being prepared, and the follow-up item its agenda would get (none when no earlier plenary is there).
public sealed record AgendaChoice(Meeting Draft, FollowUpItem? Item);

// The office's view of the follow-up item for the next plenary: each plenary being prepared with the item as it
// would read today (its title, then a line per action), and "Put on this agenda".
public static partial class ActionCards
{
    public static JsonObject Agenda(IReadOnlyList<AgendaChoice> drafts, Language language, string? notice = null)
    {
        var body = new List<JsonNode?>
        {
            Card.Title(ActionTexts.AgendaTitle.In(language)),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
            Card.TextBlock(ActionTexts.AgendaIntro.In(language)),
        };
        if (drafts.Count == 0) body.Add(Card.TextBlock(ActionTexts.NoDraftPlenary.In(language), subtle: true));
        foreach (var (draft, item) in drafts)
        {
            var items = new List<JsonNode?>
            {
                Card.Literal(draft.Title.In(language), weight: "Bolder", size: "Medium"),
                Card.TextBlock(ActionTexts.MeetingOn.Format(language, draft.OpeningDay), subtle: true, spacing: "None"),
            };
            if (item is null) items.Add(Card.TextBlock(ActionTexts.NoPrevious.In(language), subtle: true));
            else
            {
                items.Add(Card.Literal(item.Title.In(language), weight: "Bolder", spacing: "Small"));
                items.AddRange(item.Lines.Select(l => Card.Literal(l.In(language), subtle: true, spacing: "None")));
                items.Add(Card.ActionSet([Card.Execute(ActionTexts.PutOnAgenda.In(language), ActionRoutes.OnAgenda,
                    new JsonObject { [ActionForm.DraftKey] = draft.Id }, withInputs: false)], spacing: "Small"));
            }
            body.Add(Card.Container(items, spacing: "Large", separator: true));
        }
        return Card.New(body, [Card.Execute(ActionTexts.BackToList.In(language), ActionRoutes.List, withInputs: false)]);
    }
}
