using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Groups;
using FocalBot.Bot.Members;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Groups;

/// The thematic groups' cards with sample data, for the render, typography and inert-text tests (AllCards).
public static class GroupSamples
{
    static readonly DateOnly Day = new(2026, 12, 14);

    public static ThematicGroup Children(SampleText typed) => new()
    {
        Id = "g1", NameEn = typed.Text("Integration of migrant children"), NameFr = typed.Text("Intégration des enfants migrants"),
        Purpose = typed.Text("Share practice on schooling and guardianship of migrant children."),
        PurposeTranslation = typed.Text("Échanger les pratiques en matière de scolarisation et de tutelle des enfants migrants."),
        Language = Language.En, Status = GroupStatus.Active, LeadId = "demo-giulia", CreatedBy = "demo-sophie", CreatedOn = Day, Version = "2",
        People =
        [
            new("demo-giulia", GroupMemberStatus.Member, Day), new("demo-elise", GroupMemberStatus.Member, Day),
            new("demo-luc", GroupMemberStatus.Invited, Day), new("demo-jonas", GroupMemberStatus.Asked, Day),
        ],
    };

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var everyone = typed.Members(DemoNetwork.Members);
        var people = everyone.ToDictionary(m => m.Id);
        var group = Children(typed);
        var proposed = group with
        {
            Id = "g2", NameEn = typed.Text("Return and readmission"), NameFr = typed.Text("Retour et réadmission"), Purpose = typed.Text("Compare return procedures."),
            PurposeTranslation = null, Status = GroupStatus.Proposed, LeadId = null, People = [],
        };
        var (office, elise, jonas, luc) = (people["demo-sophie"], people["demo-elise"], people["demo-jonas"], people["demo-luc"]);
        var form = GroupForm.New(language) with { Id = "g3", NameEn = typed.Text("Integration"), NameFr = "", Purpose = typed.Text("Share practice.") };
        var rapporteurs = new[] { ("demo-giulia", typed.Text("Giulia Rossi (Italy) — Child protection")) };

        yield return ("groups.list-office", GroupCards.List([group, proposed], people, office, language, GroupTexts.ProposedDone.Format(language, new DateOnly(2026, 12, 28))));
        yield return ("groups.list-member", GroupCards.List([group, proposed], people, elise, language));
        yield return ("groups.list-asked", GroupCards.List([group], people, jonas, language));
        yield return ("groups.list-invited", GroupCards.List([group], people, luc, language));
        yield return ("groups.list-outsider", GroupCards.List([group], people, people["demo-ana"], language));
        yield return ("groups.list-empty", GroupCards.List([], people, elise, language));
        yield return ("groups.form", GroupCards.Form(GroupForm.New(language) with { Id = "g3" }, rapporteurs, [], new DateOnly(2026, 12, 28), language));
        yield return ("groups.form-no-rapporteur", GroupCards.Form(GroupForm.New(language) with { Id = "g3" }, [], [], new DateOnly(2026, 12, 28), language));
        yield return ("groups.form-problems", GroupCards.Form(form, rapporteurs,
            [GroupTexts.Describe(GroupProblem.NameFrMissing, language), GroupTexts.Describe(GroupProblem.NameTaken, language)], new DateOnly(2026, 12, 28), language));
        yield return ("groups.invite", GroupCards.InviteForm(group, people, [jonas, people["demo-ana"]], language));
        yield return ("groups.invite-nobody", GroupCards.InviteForm(group, people, [], language));
        yield return ("groups.created", GroupCards.Created(group, people, elise, language));
        yield return ("groups.created-office", GroupCards.Created(group, people, office, language));
        yield return ("groups.invitation", GroupCards.Invitation(group, people, language));
        yield return ("groups.request", GroupCards.Request(group, "demo-jonas", people, language));
        yield return ("groups.answer-approved", GroupCards.Answer(group, GroupTexts.RequestApproved, language));
        yield return ("groups.answer-refused", GroupCards.Answer(group, GroupTexts.RequestRefused, language));
        yield return ("groups.channel", GroupCards.ChannelPost(group, people["demo-giulia"].DisplayName));
        yield return ("groups.channel-no-translation", GroupCards.ChannelPost(proposed with { Status = GroupStatus.Active, Language = Language.Fr }, null));
    }
}
