using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

public sealed class SqliteMemberDirectoryTests : IDisposable
{
    readonly BotApp _app = new BotApp().WithMembers();

    public void Dispose() => _app.Dispose();

    static Member Pending(string id, string email) => new()
    {
        Id = id, DisplayName = id, Role = MemberRole.FocalPoint, StateCode = "IT", Email = email, AadObjectId = "", TenantId = "",
    };

    [Fact]
    public async Task Several_members_may_wait_for_their_identity_and_none_of_them_is_found_by_an_empty_one()
    {
        Assert.IsType<SaveResult.Saved>(await _app.Members.SaveAsync(Pending("p1", "a@x.org"), default));
        Assert.IsType<SaveResult.Saved>(await _app.Members.SaveAsync(Pending("p2", "b@x.org"), default));

        Assert.Null(await _app.Members.FindByAadAsync("", "", default));
        Assert.Equal(2, (await _app.Members.ListAsync(default)).Count(m => !m.HasIdentity));
    }

    [Fact]
    public async Task A_known_identity_stays_unique()
    {
        await _app.Given(AMember.Elise());

        var clash = await _app.Members.SaveAsync(AMember.Jonas() with { Id = "other", AadObjectId = Payload.EliseAad.ToUpperInvariant() }, default);

        Assert.IsType<SaveResult.Duplicate>(clash);
    }
}
