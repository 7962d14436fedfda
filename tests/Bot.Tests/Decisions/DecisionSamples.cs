using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Decisions;
using FocalBot.Bot.Members;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Decisions;

/// The silence procedure's cards with sample data, for the render and typography tests (AllCards).
public static class DecisionSamples
{
    public static readonly ProposalView Group = new("Integration of migrant children / Intégration des enfants migrants",
        [("Purpose", "Share practice on schooling and guardianship.")], "The office proposes a thematic group (working methods 4.8).");

    public static SilenceProcedure Proposed(int round = 1) => new()
    {
        Id = "p1", Kind = ProposalKind.ThematicGroup, SubjectId = "g1", ProposedBy = "demo-sophie", ProposedOn = new DateOnly(2026, 12, 14),
        Deadline = new DateOnly(2026, 12, 30), Round = round, Version = "1",
    };

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var everyone = typed.Members(DemoNetwork.Members);
        var view = Group with { Title = typed.Text(Group.Title), Body = typed.Text(Group.Body) };
        var objection = new Objection("demo-elise", "FR", typed.Text("The theme overlaps with work already under way at the GRETA."), new DateOnly(2026, 12, 16));
        var objected = Proposed() with { Objections = [objection] };
        yield return ("decisions.proposal", DecisionCards.Proposal(Proposed(), view, language));
        yield return ("decisions.proposal-again", DecisionCards.Proposal(Proposed(round: 2), view, language, DecisionTexts.Describe(SilenceRefusal.ReasonMissing, language)));
        yield return ("decisions.objected", DecisionCards.Objected(objected, view, objection, language));
        yield return ("decisions.office-open", DecisionCards.Office(Proposed(), view, everyone, language));
        yield return ("decisions.office-objected", DecisionCards.Office(objected with { Status = SilenceStatus.Objected }, view, everyone, language));
        yield return ("decisions.office-asked-again", DecisionCards.Office(Proposed(round: 2) with { Earlier = [objection] }, view, everyone, language,
            DecisionTexts.AskedAgain.Format(language, 2, new DateOnly(2027, 1, 25))));
        yield return ("decisions.office-adopted", DecisionCards.Office(Proposed() with { Status = SilenceStatus.Adopted }, view, everyone, language));
    }
}
