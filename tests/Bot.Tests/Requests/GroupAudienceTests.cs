using System.Text.Json.Nodes;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// A thematic group as the audience of a request: it reaches only the group's focal points, and the compilation lists
/// only their states.
public sealed class GroupAudienceTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    /// Élise (France) and Jonas (Germany) are in the group; Marc, France's other focal point, is not.
    async Task<ThematicGroup> GroupAsync(GroupStatus status = GroupStatus.Active)
    {
        var group = new ThematicGroup
        {
            Id = "g1", NameEn = "Integration of migrant children", NameFr = "Intégration des enfants migrants", Purpose = "Schooling.",
            Language = Language.En, Status = status, CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 11, 2),
            People = [new("m-elise", GroupMemberStatus.Member, new DateOnly(2026, 11, 3)), new("m-jonas", GroupMemberStatus.Member, new DateOnly(2026, 11, 3)),
                      new("m-marc", GroupMemberStatus.Invited, new DateOnly(2026, 11, 3))],
        };
        Assert.IsType<SaveResult.Saved>(await _app.Service<IGroupStore>().SaveAsync(group, default));
        return group;
    }

    [Fact]
    public async Task A_request_to_a_group_reaches_only_its_focal_points_and_asks_only_their_states()
    {
        await GroupAsync();

        var sent = await _app.SendAsync(RequestApp.Form().With(RequestForm.GroupKey, "g1"));

        var rows = await _app.Deliveries().ListAsync(RequestSentCampaign.Key(sent.Number!.Value), default);
        Assert.Equal(["m-elise", "m-jonas"], rows.Select(r => r.MemberId).Order());
        Assert.Equal(["DE", "FR"], sent.Audience.States().Select(s => s.Value).Order());
        Assert.Equal("g1", sent.Audience.GroupId);
        var compilation = Compilation.Of(sent, []);
        Assert.Equal(2, compilation.States.Count);
    }

    [Fact]
    public async Task The_office_chooses_among_the_groups_the_network_created_and_reads_the_group_in_the_preview()
    {
        await GroupAsync();

        var form = await _app.PressAsync(RequestRoutes.New, new JsonObject());
        var preview = await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.GroupKey, "g1"));

        Assert.Contains("\"value\":\"g1\"", form.CardJson());
        Assert.Contains(RequestTexts.AudienceGroup.Format(Language.En, "Integration of migrant children", 2, "France, Germany"), preview.CardText());
    }

    [Fact]
    public async Task A_group_not_created_by_the_network_is_refused_in_the_office_members_language_and_nothing_is_saved()
    {
        await GroupAsync(GroupStatus.Proposed);

        var preview = await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form().With(RequestForm.GroupKey, "g1"), locale: "fr-FR");

        Assert.Contains(RequestTexts.GroupUnknown.En, preview.CardText());
        Assert.Null(await _app.Requests().GetAsync("r-1", default));
    }
}
