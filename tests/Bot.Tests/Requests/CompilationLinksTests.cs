using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// A compilation's links live Exports:LinkLifetime, and the card says until when, in the reader's language. The clock
/// starts on Monday 23 November 2026, 09:00 UTC (10:00 in Strasbourg).
public sealed class CompilationLinksTests : IDisposable
{
    readonly BotApp _app = RequestApp.New().Setting("Exports:LinkLifetime", "3.00:00:00");

    public void Dispose() => _app.Dispose();

    async Task<CompiledRequest> CompiledAsync()
    {
        var request = await _app.SendAsync();
        await _app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312 mineurs"), (2, "L’OFPRA"), (3, "Oui")), fromAad: Payload.EliseAad);
        return await _app.Service<RequestCompiler>().CompileAsync((await _app.Requests().GetAsync(request.Id, default))!, default);
    }

    static IReadOnlyList<Uri> Links(JsonObject card) =>
        card["actions"]!.AsArray().Where(a => (string?)a!["type"] == "Action.OpenUrl").Select(a => new Uri((string)a!["url"]!)).ToList();

    [Fact]
    public async Task The_card_states_the_day_the_links_expire_in_both_languages()
    {
        var compiled = await CompiledAsync();
        var compiler = _app.Service<RequestCompiler>();

        var english = compiler.LinkCard(compiled, AMember.Sophie(), atDeadline: false, Language.En);
        var french = compiler.LinkCard(compiled, AMember.Sophie(), atDeadline: false, Language.Fr);

        Assert.Contains("The links are personal and valid until 26 November 2026.", CardText.Of(english));
        Assert.Contains("Les liens sont personnels et valables jusqu’au 26 novembre 2026.", CardText.Of(french));
    }

    [Fact]
    public async Task A_compilation_link_opens_until_the_configured_lifetime_and_is_refused_after()
    {
        var card = _app.Service<RequestCompiler>().LinkCard(await CompiledAsync(), AMember.Sophie(), atDeadline: false, Language.En);
        var links = Links(card);
        var client = _app.CreateClient();

        _app.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.All(await Task.WhenAll(links.Select(l => client.GetAsync(l.PathAndQuery))), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.All(await Task.WhenAll(links.Select(l => client.GetAsync(l.PathAndQuery))), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(2, links.Count);
    }
}
