using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Groups;

// The cards the bot sends about groups: to members' chats in their language, and to the network's channel in both.
public static partial class GroupCards
{
    /// The office's invitation, with Join and Not now.
    public static JsonObject Invitation(ThematicGroup group, IReadOnlyDictionary<string, Member> people, Language language) => Card.New(
    [
        Card.Title(GroupTexts.InvitationTitle.In(language)),
        Card.TextBlock(GroupTexts.InvitationBody.Format(language, Card.Plain(group.NameIn(language)))),
        .. Heading(group, people, language),
        Card.TextBlock(GroupTexts.MemberCount.Format(language, group.MemberIds.Count), subtle: true),
    ],
    InvitationButtons(group, language));

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

}
