using System.Text.Json.Nodes;
using FocalBot.Bot.Groups;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Groups;

/// The bot with the office (Sophie, English; Claire, French), Élise (France, French) and Jonas (Germany, English),
/// the network's channel known, every chat open; and the steps group tests take. The clock starts on Monday
/// 23 November 2026.
public static class GroupApp
{
    public const string ClaireAad = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";

    public static Member Claire() => AMember.Sophie() with
    {
        Id = "m-claire", DisplayName = "Claire Martin", Email = "claire.martin@coe.example", PreferredLanguage = Language.Fr, AadObjectId = ClaireAad,
    };

    public static async Task<BotApp> StartAsync()
    {
        var app = new BotApp().WithMembers(AMember.Sophie(), Claire(), AMember.Elise(), AMember.Jonas(Language.En));
        await app.Conversations.SaveAsync(RequestApp.ChannelOf(), default);
        foreach (var aad in new[] { Payload.SophieAad, ClaireAad, Payload.EliseAad, Payload.JonasAad }) await app.OpenChatAsync(aad);
        return app;
    }

    /// The office's form for a new group, as Teams sends it.
    public static JsonObject Form(string id = "g-new", string en = "Integration of migrant children", string fr = "Intégration des enfants migrants",
        string purpose = "Share practice on schooling and guardianship.") => new()
    {
        [GroupForm.IdKey] = id, [GroupForm.NameEnKey] = en, [GroupForm.NameFrKey] = fr, [GroupForm.PurposeKey] = purpose, [GroupForm.LanguageKey] = "en",
    };

    /// A group the network created, stored as given.
    public static async Task<ThematicGroup> ActiveAsync(this BotApp app, string id = "g1", params GroupMembership[] people)
    {
        var group = new ThematicGroup
        {
            Id = id, NameEn = "Return and readmission", NameFr = "Retour et réadmission", Purpose = "Compare return procedures.", Language = Language.En,
            Status = GroupStatus.Active, CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 11, 2), People = people,
        };
        Assert.IsType<SaveResult.Saved>(await app.Groups().SaveAsync(group, default));
        return (await app.Groups().GetAsync(id, default))!;
    }

    public static IGroupStore Groups(this BotApp app) => app.Service<IGroupStore>();

    public static JsonObject Ids(string groupId, string? memberId = null, string? invitee = null)
    {
        var data = new JsonObject { [GroupForm.IdKey] = groupId };
        if (memberId is not null) data[GroupForm.MemberKey] = memberId;
        if (invitee is not null) data[GroupForm.InviteeKey] = invitee;
        return data;
    }

    /// The cards sent to this member's chat since `after` sends.
    public static IEnumerable<FakeConnector.Sent> ChatOf(this BotApp app, string aad, int after = 0) =>
        app.Connector.Sends.Skip(after).Where(s => s.To.ConversationId == RequestApp.ChatOf(aad));
}
