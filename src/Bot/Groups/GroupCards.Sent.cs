using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

// The cards the bot sends about groups: to members' chats in their language, and to the network's channel in both.
public static partial class GroupCards
{
    /// The network created the group: its names, purpose and lead, and a button to ask to join (the office opens the
    /// groups instead, to invite members).
    public static JsonObject Created(ThematicGroup group, IReadOnlyDictionary<string, Member> people, Member reader, Language language) => Card.New(
    [
        Card.Title(GroupTexts.CreatedTitle.In(language)),
        .. Heading(group, people, language),
        Card.TextBlock(GroupTexts.Created.Format(language, Card.Plain(group.NameIn(language))), spacing: "Medium"),
    ],
    [
        reader.Role == MemberRole.Office
            ? Card.Execute(GroupTexts.OpenGroups.In(language), GroupRoutes.List, withInputs: false)
            : Card.Execute(GroupTexts.AskToJoin.In(language), GroupRoutes.Ask, Ids(group), style: "positive", withInputs: false),
    ]);

    /// The office's invitation, with Join and Not now.
    public static JsonObject Invitation(ThematicGroup group, IReadOnlyDictionary<string, Member> people, Language language) => Card.New(
    [
        Card.Title(GroupTexts.InvitationTitle.In(language)),
        Card.TextBlock(GroupTexts.InvitationBody.Format(language, Card.Plain(group.NameIn(language)))),
        .. Heading(group, people, language),
        Card.TextBlock(GroupTexts.MemberCount.Format(language, group.MemberIds.Count), subtle: true),
    ],
    InvitationButtons(group, language));

    /// The office's answer to a member's request to join: one sentence, and the group's list to open.
    public static JsonObject Answer(ThematicGroup group, Text answer, Language language) => Card.New(
    [
        Card.Title(GroupTexts.Title.In(language)),
        Card.TextBlock(answer.Format(language, Card.Plain(group.NameIn(language)))),
    ],
    [Card.Execute(GroupTexts.Title.In(language), GroupRoutes.List, withInputs: false)]);

    /// A member's request to join, to the office, with Approve and Refuse.
    public static JsonObject Request(ThematicGroup group, string memberId, IReadOnlyDictionary<string, Member> people, Language language)
    {
        var asker = people.GetValueOrDefault(memberId);
        var data = Ids(group, memberId);
        return Card.New(
        [
            Card.Title(GroupTexts.RequestTitle.In(language)),
            Card.TextBlock(GroupTexts.RequestBody.Format(language, Card.Plain(asker?.DisplayName ?? "?"), MemberStates.NameIn(asker?.StateCode, language))),
            .. Heading(group, people, language),
        ],
        [
            Card.Execute(GroupTexts.Approve.In(language), GroupRoutes.Approve, data, style: "positive", withInputs: false),
            Card.Execute(GroupTexts.Refuse.In(language), GroupRoutes.Refuse, data, withInputs: false),
        ]);
    }

    /// The new group in the network's channel: fixed labels in English and French, the names side by side, the purpose
    /// in its language beside its translation. No button: membership is handled in the personal chat.
    public static JsonObject ChannelPost(ThematicGroup group, string? lead)
    {
        var (purposeEn, purposeFr) = group.Language == Language.En ? (group.Purpose, group.PurposeTranslation) : (group.PurposeTranslation, group.Purpose);
        return Card.New(
        [
            Card.TextBlock(Bilingual.Label(GroupTexts.CreatedTitle), subtle: true),
            Bilingual.SideBySide(group.NameEn, group.NameFr, bold: true, size: "Large"),
            Card.TextBlock(Bilingual.Label(GroupTexts.Purpose), weight: "Bolder", spacing: "Medium"),
            Bilingual.SideBySide(purposeEn, purposeFr),
            lead is null ? null : Card.LabelledLiteral(Bilingual.Label(GroupTexts.Lead) + "\u00a0: ", lead),
            Card.Container(
            [
                Card.TextBlock(GroupTexts.Created.Format(Language.En, Card.Plain(group.NameEn)), subtle: true),
                Card.TextBlock(GroupTexts.Created.Format(Language.Fr, Card.Plain(group.NameFr)), subtle: true, spacing: "Small"),
            ], spacing: "Medium"),
        ]);
    }
}
