using System.Text.Json.Nodes;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// Issue 13: a thematic group is the audience of a thematic session. The convocation goes to the group's members as
/// the group stands when the office convenes; the form offers only the groups the network created. The clock starts
/// on Monday 23 November 2026.
public sealed class MeetingGroupAudienceTests : IDisposable
{
    const string GroupId = "g-returns";

    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static ThematicGroup Group(string id = GroupId, GroupStatus status = GroupStatus.Active, params string[] members) => new()
    {
        Id = id, NameEn = id == GroupId ? "Return policies" : "Unaccompanied minors", NameFr = id == GroupId ? "Politiques de retour" : "Mineurs non accompagnés",
        Purpose = "Compare return practices.", Language = Language.En, Status = status, CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 11, 2),
        People = [.. members.Select(m => new GroupMembership(m, GroupMemberStatus.Member, new DateOnly(2026, 11, 9))),
                  new GroupMembership("m-marc", GroupMemberStatus.Invited, new DateOnly(2026, 11, 9))],
    };

    Task SaveAsync(ThematicGroup group) => _app.Service<IGroupStore>().SaveAsync(group, default);

    static JsonObject ForGroup(string groupId) =>
        MeetingSteps.Form().With(MeetingForm.AudienceKey, MeetingForm.AudienceGroupValue).With(MeetingForm.GroupKey, groupId);

    [Fact]
    public async Task A_session_for_a_group_is_convened_to_exactly_its_members_and_no_one_else_may_answer()
    {
        await SaveAsync(Group(members: ["m-elise", "m-jonas"]));
        await _app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);

        var draft = (await _app.PressAsync(MeetingRoutes.Save, ForGroup(GroupId))).CardText();
        var version = (await _app.MeetingAsync()).Version;
        var confirmation = (await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id, [MeetingForm.VersionKey] = version })).CardText();
        var meeting = await _app.MeetingAsync();
        await _app.RunJobsAsync();
        var rows = await _app.Deliveries().ListAsync(ConvocationCampaign.Key(meeting.Id), default);
        var marc = await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: RequestApp.MarcAad);
        await _app.PressAsync(MeetingRoutes.Rsvp, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [MeetingCards.ChoiceKey] = "InPerson" }, fromAad: Payload.JonasAad);

        Assert.Contains(MeetingSteps.Fact(MeetingTexts.GroupFact.En, "Return policies"), draft);
        Assert.Contains(MeetingTexts.InvitedCount.Format(Language.En, 2), draft);
        Assert.Equal(MeetingAudience.Group(GroupId), meeting.Audience with { MemberIds = [] });
        Assert.Equal(["m-elise", "m-jonas"], meeting.InviteeIds.Order());
        Assert.Equal(["m-elise", "m-jonas"], rows.Select(r => r.MemberId).Order());
        // Like a session for chosen members, a group's is not the whole network's: never posted in its channel.
        Assert.Contains(DeliveryTexts.ChannelNotPostedLine.Format(Language.En, DeliveryTexts.NotPostedReasons[NetworkChannel.NotForNetwork].En), confirmation);
        Assert.DoesNotContain(_app.Connector.Sends, s => s.To.ConversationId.StartsWith(RequestApp.ChannelOf().ConversationId, StringComparison.Ordinal));
        Assert.Null(await _app.PostRowAsync(MeetingChannelPostCampaign.Key(meeting.Id)));
        Assert.Contains(MeetingTexts.NotFound.Fr, marc.Message ?? marc.CardText());
        Assert.Null(await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-marc", default));
        Assert.NotNull(await _app.Service<IMeetingStore>().GetRsvpAsync(meeting.Id, "m-jonas", default));
    }

    [Fact]
    public async Task A_member_who_joins_the_group_after_the_convocation_is_not_sent_it()
    {
        await SaveAsync(Group(members: ["m-elise"]));
        var (meeting, _) = await _app.ConveneAsync(ForGroup(GroupId));

        var group = (await _app.Service<IGroupStore>().GetAsync(GroupId, default))!;
        await SaveAsync(group with { People = [.. group.People, new GroupMembership("m-jonas", GroupMemberStatus.Member, new DateOnly(2026, 11, 24))] });
        await _app.MoveAsync("2027-03-22");

        Assert.Equal(["m-elise"], (await _app.MeetingAsync()).InviteeIds);
        Assert.Equal(["m-elise"], (await _app.Deliveries().ListAsync(ConvocationCampaign.Key(meeting.Id), default)).Select(r => r.MemberId));
    }

    [Fact]
    public async Task The_form_offers_the_active_groups_and_keeps_the_choice()
    {
        await SaveAsync(Group(members: ["m-elise"]));
        await SaveAsync(Group("g-minors", GroupStatus.Active, "m-jonas"));
        await SaveAsync(Group("g-proposed", GroupStatus.Proposed) with { NameEn = "Proposed group", NameFr = "Groupe proposé" });

        var fresh = (await _app.PressAsync(MeetingRoutes.New, new JsonObject())).Card;
        var grown = (await _app.PressAsync(MeetingRoutes.Form, ForGroup(GroupId))).Card;
        await _app.PressAsync(MeetingRoutes.Save, ForGroup(GroupId));
        var edit = (await _app.PressAsync(MeetingRoutes.Edit, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id })).Card;

        Assert.Equal(["Return policies", "Unaccompanied minors"], Input(fresh, MeetingForm.GroupKey)["choices"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal([GroupId, "g-minors"], Input(fresh, MeetingForm.GroupKey)["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        foreach (var card in new[] { grown, edit })
        {
            Assert.Equal(MeetingForm.AudienceGroupValue, (string?)Input(card, MeetingForm.AudienceKey)["value"]);
            Assert.Equal(GroupId, (string?)Input(card, MeetingForm.GroupKey)["value"]);
        }
        Assert.Equal(MeetingAudience.Group(GroupId), (await _app.MeetingAsync()).Audience with { MemberIds = [] });
    }

    [Fact]
    public async Task The_french_office_sees_the_groups_names_in_french()
    {
        await SaveAsync(Group(members: ["m-elise"]));
        await _app.Given(AMember.Sophie() with { PreferredLanguage = Language.Fr });

        var form = (await _app.PressAsync(MeetingRoutes.New, new JsonObject())).Card;

        Assert.Equal(["Politiques de retour"], Input(form, MeetingForm.GroupKey)["choices"]!.AsArray().Select(c => (string?)c!["title"]));
    }

    [Theory]
    [InlineData("g-unknown")]
    [InlineData("g-proposed")]
    public async Task A_group_that_is_not_active_is_refused_in_french_and_nothing_is_convened(string groupId)
    {
        await SaveAsync(Group("g-proposed", GroupStatus.Proposed, "m-elise"));
        await _app.Given(AMember.Sophie() with { PreferredLanguage = Language.Fr });

        var card = (await _app.PressAsync(MeetingRoutes.Save, ForGroup(groupId))).CardText();
        var convene = await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = MeetingSteps.Id });

        Assert.Contains(MeetingTexts.GroupUnavailable.Fr, card);
        Assert.Contains(MeetingTexts.NewTitle.Fr, card);   // the form, as typed
        Assert.Null(await _app.Service<IMeetingStore>().GetAsync(MeetingSteps.Id, default));
        Assert.Contains(MeetingTexts.NotFound.Fr, convene.Message ?? convene.CardText());
        Assert.Empty(await _app.Deliveries().ListAsync(ConvocationCampaign.Key(MeetingSteps.Id), default));
    }

    [Fact]
    public async Task A_draft_whose_group_was_withdrawn_is_not_convened()
    {
        await SaveAsync(Group(members: ["m-elise", "m-jonas"]));
        var draft = await _app.DraftAsync(ForGroup(GroupId));
        var group = (await _app.Service<IGroupStore>().GetAsync(GroupId, default))!;
        await SaveAsync(ThematicGroups.Withdraw(group)!);

        var card = (await _app.PressAsync(MeetingRoutes.Convene, new JsonObject { [MeetingForm.IdKey] = draft.Id, [MeetingForm.VersionKey] = draft.Version })).CardText();

        Assert.Contains(MeetingTexts.GroupUnavailable.En, card);
        Assert.Equal(MeetingStatus.Draft, (await _app.MeetingAsync()).Status);
        Assert.Empty(await _app.Deliveries().ListAsync(ConvocationCampaign.Key(MeetingSteps.Id), default));
    }

    static JsonObject Input(JsonNode? card, string id) => Inputs(card).Single(n => (string?)n["id"] == id);

    static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Inputs(p.Value))),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
