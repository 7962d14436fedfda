using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

/// The cards of thematic groups: the list every member sees (`groups`), the office's form and invitation card, and the
/// cards sent to members (an invitation, a request to the office, the news of a new group). Names, purposes and people
/// are what members typed: literal text, or cleaned where a sentence holds them.
public static partial class GroupCards
{
    /// Every group proposed or active, each with its names (the reader's language first), purpose, lead and members,
    /// the reader's own standing and what they may do; the office also sees invitations and requests, and may propose.
    public static JsonObject List(IReadOnlyList<ThematicGroup> groups, IReadOnlyDictionary<string, Member> people, Member viewer, Language language,
        string? notice = null)
    {
        var office = viewer.Role == MemberRole.Office;
        var body = new List<JsonNode?>
        {
            Card.Title(GroupTexts.Title.In(language)),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
        };
        var shown = groups.Where(g => g.Status != GroupStatus.Withdrawn).ToList();
        if (shown.Count == 0) body.Add(Card.TextBlock(GroupTexts.NoGroup.In(language), subtle: true));
        body.AddRange(shown.Select(g => Group(g, people, viewer, office, language)));
        return Card.New(body, [office ? Card.Execute(GroupTexts.New.In(language), GroupRoutes.New, withInputs: false) : null]);
    }

    static JsonObject Group(ThematicGroup group, IReadOnlyDictionary<string, Member> people, Member viewer, bool office, Language language)
    {
        var members = group.People.Where(p => p.Status == GroupMemberStatus.Member).ToList();
        var items = new List<JsonNode?>(Heading(group, people, language))
        {
            group.Status == GroupStatus.Proposed ? Card.TextBlock(GroupTexts.Proposed.In(language), subtle: true, spacing: "None") : null,
            Card.TextBlock(GroupTexts.MemberCount.Format(language, members.Count), weight: "Bolder"),
            members.Count == 0 ? Card.TextBlock(GroupTexts.NoMember.In(language), subtle: true, spacing: "None") : null,
        };
        items.AddRange(members.Select(p => Card.Literal(Person(p.MemberId, people, language), spacing: "None")));
        if (office) items.AddRange(Pending(group, people, language));
        else items.Add(Standing(group.StatusOf(viewer.Id), language));
        items.Add(Buttons(group, viewer, office, language));
        return Card.Container(items, spacing: "Medium", separator: true);
    }

    /// The group's names, the reader's first, its purpose and lead: what every card about one group starts with.
    internal static IEnumerable<JsonNode?> Heading(ThematicGroup group, IReadOnlyDictionary<string, Member> people, Language language) =>
    [
        Card.Literal(group.NameIn(language), weight: "Bolder", size: "Medium"),
        group.NameIn(language.Other()) == group.NameIn(language) ? null : Card.Literal(group.NameIn(language.Other()), subtle: true, spacing: "None"),
        Card.LabelledLiteral(Label(GroupTexts.Purpose, language), group.PurposeIn(language)),
        group.LeadId is { } lead ? Card.LabelledLiteral(Label(GroupTexts.Lead, language), Person(lead, people, language), spacing: "None") : null,
    ];

    /// Invitations without an answer, and requests to join with the office's two buttons.
    static IEnumerable<JsonNode?> Pending(ThematicGroup group, IReadOnlyDictionary<string, Member> people, Language language)
    {
        var invited = group.People.Where(p => p.Status == GroupMemberStatus.Invited).ToList();
        if (invited.Count > 0)
        {
            yield return Card.TextBlock(GroupTexts.InvitedHeading.In(language), weight: "Bolder");
            foreach (var p in invited) yield return Card.Literal(Person(p.MemberId, people, language), subtle: true, spacing: "None");
        }
        var asked = group.People.Where(p => p.Status == GroupMemberStatus.Asked).ToList();
        if (asked.Count == 0) yield break;
        yield return Card.TextBlock(GroupTexts.Requests.In(language), weight: "Bolder");
        foreach (var p in asked)
        {
            var data = Ids(group, p.MemberId);
            yield return Card.Literal(Person(p.MemberId, people, language), spacing: "None");
            yield return Card.ActionSet(
            [
                Card.Execute(GroupTexts.Approve.In(language), GroupRoutes.Approve, data, style: "positive", withInputs: false),
                Card.Execute(GroupTexts.Refuse.In(language), GroupRoutes.Refuse, data, withInputs: false),
            ], spacing: "Small");
        }
    }

    static JsonObject? Standing(GroupMemberStatus? status, Language language) => status switch
    {
        GroupMemberStatus.Member => Card.TextBlock(GroupTexts.YouAreIn.In(language), color: "Good"),
        GroupMemberStatus.Asked => Card.TextBlock(GroupTexts.YouAsked.In(language), subtle: true),
        GroupMemberStatus.Invited => Card.TextBlock(GroupTexts.YouAreInvited.In(language), weight: "Bolder"),
        _ => null,
    };

    static JsonObject? Buttons(ThematicGroup group, Member viewer, bool office, Language language)
    {
        if (group.Status != GroupStatus.Active) return null;
        var data = Ids(group);
        IEnumerable<JsonNode?> buttons = office
            ? [Card.Execute(GroupTexts.Invite.In(language), GroupRoutes.Inviting, data, withInputs: false)]
            : group.StatusOf(viewer.Id) switch
            {
                GroupMemberStatus.Member => [Card.Execute(GroupTexts.Leave.In(language), GroupRoutes.Leave, data, withInputs: false)],
                GroupMemberStatus.Invited => InvitationButtons(group, language),
                GroupMemberStatus.Asked => [],
                _ => [Card.Execute(GroupTexts.AskToJoin.In(language), GroupRoutes.Ask, data, style: "positive", withInputs: false)],
            };
        return Card.ActionSet(buttons, spacing: "Small");
    }

    internal static IEnumerable<JsonNode?> InvitationButtons(ThematicGroup group, Language language) =>
    [
        Card.Execute(GroupTexts.Join.In(language), GroupRoutes.Join, Ids(group), style: "positive", withInputs: false),
        Card.Execute(GroupTexts.NotNow.In(language), GroupRoutes.Decline, Ids(group), withInputs: false),
    ];

    /// The office's form for a new group: both names, the purpose with its language and optional translation, and an
    /// optional lead among the current rapporteurs (`rapporteurs`: member id and what the list shows).
    public static JsonObject Form(GroupForm values, IReadOnlyList<(string Id, string Title)> rapporteurs, IReadOnlyList<string> problems, DateOnly deadline,
        Language language) => Card.New(
    [
        Card.Title(GroupTexts.FormTitle.In(language)),
        Card.Problems(GroupTexts.FixProblems.In(language), problems),
        Card.InputText(GroupForm.NameEnKey, GroupTexts.NameEnLabel.In(language), values.NameEn, maxLength: GroupSettings.Default.NameMaxLength),
        Card.InputText(GroupForm.NameFrKey, GroupTexts.NameFrLabel.In(language), values.NameFr, maxLength: GroupSettings.Default.NameMaxLength),
        Card.InputText(GroupForm.PurposeKey, GroupTexts.PurposeLabel.In(language), values.Purpose, multiline: true, maxLength: GroupSettings.Default.PurposeMaxLength),
        Card.RadioSet(GroupForm.LanguageKey, GroupTexts.LanguageLabel.In(language),
            [(GroupTexts.English.In(language), Language.En.Code()), (GroupTexts.French.In(language), Language.Fr.Code())], values.LanguageCode),
        Card.InputText(GroupForm.TranslationKey, GroupTexts.PurposeTranslationLabel.In(language), values.PurposeTranslation, multiline: true,
            maxLength: GroupSettings.Default.PurposeMaxLength),
        rapporteurs.Count == 0 ? null   // nobody to choose: a group may have no lead
            : Card.ChoiceSet(GroupForm.LeadKey, GroupTexts.LeadLabel.In(language), rapporteurs.Select(r => (r.Title, r.Id)), values.LeadId,
                placeholder: GroupTexts.NoLead.In(language)),
        Card.TextBlock(GroupTexts.DeadlineIfToday.Format(language, deadline), subtle: true),
    ],
    [
        Card.Execute(GroupTexts.Propose.In(language), GroupRoutes.Propose, new JsonObject { [GroupForm.IdKey] = values.Id }, style: "positive"),
        Card.Execute(GroupTexts.BackToGroups.In(language), GroupRoutes.List, withInputs: false),
    ]);

    /// The office chooses whom to invite among the active members not in the group (`candidates`: id and name).
    public static JsonObject InviteForm(ThematicGroup group, IReadOnlyDictionary<string, Member> people, IReadOnlyList<Member> candidates, Language language) =>
        Card.New(
        [
            Card.Title(GroupTexts.InviteTitle.In(language)),
            .. Heading(group, people, language),
            candidates.Count == 0
                ? Card.TextBlock(GroupTexts.NobodyToInvite.In(language), weight: "Bolder")
                : Card.ChoiceSet(GroupForm.InviteeKey, GroupTexts.InviteLabel.In(language),
                    candidates.Select(m => (Person(m.Id, people, language), m.Id)), required: true, error: GroupTexts.InviteLabel.In(language)),
        ],
        [
            candidates.Count == 0 ? null : Card.Execute(GroupTexts.SendInvitation.In(language), GroupRoutes.Invite, Ids(group), style: "positive"),
            Card.Execute(GroupTexts.BackToGroups.In(language), GroupRoutes.List, withInputs: false),
        ]);

    /// "Élise Moreau (France)": a member as lists show them; "?" for one no longer in the directory.
    public static string Person(string memberId, IReadOnlyDictionary<string, Member> people, Language language) =>
        people.GetValueOrDefault(memberId) is not { } m ? "?"
        : m.StateCode is null ? m.DisplayName
        : $"{m.DisplayName} ({MemberStates.NameIn(m.StateCode, language)})";

    /// "Purpose: " with the French space before the colon.
    internal static string Label(Text text, Language language) => text.In(language) + (language == Language.Fr ? "\u00a0: " : ": ");

    internal static JsonObject Ids(ThematicGroup group, string? memberId = null)
    {
        var data = new JsonObject { [GroupForm.IdKey] = group.Id };
        if (memberId is not null) data[GroupForm.MemberKey] = memberId;
        return data;
    }
}
