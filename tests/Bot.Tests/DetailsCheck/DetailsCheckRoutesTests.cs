using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.DetailsCheck;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.DetailsCheck;

/// The member's answer to the yearly check: who confirms is the sender, never the card's data.
public sealed class DetailsCheckRoutesTests : IDisposable
{
    readonly BotApp _app = new();

    public DetailsCheckRoutesTests() => _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 15, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Confirming_records_it_in_the_audit_log_and_thanks_the_member()
    {
        var app = _app;
        await app.Given(AMember.Elise(Language.Fr));

        var body = await app.PressAsync(DetailsCheckRoutes.Confirm, new JsonObject { ["memberId"] = "m-elise" }, fromAad: Payload.EliseAad);

        Assert.Contains("15 janvier 2027", body["value"]!.ToJsonString());
        var entry = Assert.Single(await app.Service<IAuditLog>().ListAsync(10, default));
        Assert.Equal(("m-elise", "member.details.confirmed", "m-elise"), (entry.ActorId, entry.Action, entry.SubjectId));
    }

    [Fact]
    public async Task The_check_cards_update_button_opens_the_members_own_details_form()
    {
        var app = _app;
        await app.Given(AMember.Elise(Language.Fr));
        var update = Card.Verbs(DetailsCheckCards.Check(AMember.Elise(), Language.Fr)).ToList();

        var body = await app.PressAsync(update[1], new JsonObject { ["memberId"] = "m-elise" }, fromAad: Payload.EliseAad);

        Assert.Equal([DetailsCheckRoutes.Confirm, FocalBot.Bot.MemberDirectory.DirectoryRoutes.Edit], update);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Input.Text", body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task A_check_card_forwarded_to_someone_else_confirms_nothing()
    {
        var app = _app;

        var body = await app.PressAsync(DetailsCheckRoutes.Confirm, new JsonObject { ["memberId"] = "m-jonas" }, fromAad: Payload.EliseAad);

        Assert.Equal(DetailsCheckTexts.NotForYou.Fr, body["value"]!.GetValue<string>());   // no preference: the fr-FR locale
        Assert.Empty(await app.Service<IAuditLog>().ListAsync(10, default));
    }
}
