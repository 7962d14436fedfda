using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Exports;

/// Bot:PublicUrl, the one address every link the bot hands out starts from: checked at startup, then used by the
/// compilation's links and the calendar files' alike.
public sealed class PublicUrlTests
{
    // What a failed start tells the operator: the exception, and the host's log of it (a start that fails while the
    // test host is torn down may surface as a disposed-object error, the log still has the reason).
    static string Said(Exception failure, BotApp app) => ExportEndpointTests.Messages(failure) + "\n" + string.Join("\n", app.Logs.Lines);

    [Theory]
    [InlineData("focalbot.example.org", "absolute http(s) URL")]
    [InlineData("ftp://focalbot.example.org", "absolute http(s) URL")]
    [InlineData("https://focalbot.example.org/?x=1", "without query or fragment")]
    [InlineData("https://focalbot.example.org/#top", "without query or fragment")]
    [InlineData("https://user:secret@focalbot.example.org", "absolute http(s) URL")]
    [InlineData("http://focalbot.example.org", "must use https unless it points to this machine")]
    public void A_bad_public_url_stops_the_bot_at_startup_and_says_why(string value, string why)
    {
        using var app = new BotApp().Setting("Bot:PublicUrl", value);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var said = Said(failure, app);
        Assert.Contains("Bot:PublicUrl", said);
        Assert.Contains(why, said);
    }

    [Fact]
    public void The_replaced_export_setting_stops_the_bot_and_names_the_new_one()
    {
        using var app = new BotApp().Setting("Exports:PublicBaseUrl", "https://focalbot.example.org");

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Exports:PublicBaseUrl is no longer read: set Bot:PublicUrl", Said(failure, app));
    }

    [Fact]
    public async Task Without_the_setting_links_point_at_the_local_default()
    {
        using var app = new BotApp();
        var store = app.Service<IExportStore>();

        var link = store.LinkFor(await store.SaveAsync("", new ExportFile("a.docx", ExportNames.ContentTypeOf("a.docx"), [1]), default), AMember.Elise());

        Assert.StartsWith("http://127.0.0.1:3978/exports/", link.Url.AbsoluteUri);
    }

    [Fact]
    public async Task A_compilation_link_and_a_calendar_link_both_start_from_the_configured_port_and_open()
    {
        using var app = RequestApp.New().Setting("Bot:PublicUrl", "http://127.0.0.1:4100");
        var request = await app.SendAsync();
        await app.PressAsync(RequestRoutes.Submit, RequestApp.Answers(request, 0, "fr", (1, "312 mineurs"), (2, "L’OFPRA"), (3, "Oui")), fromAad: Payload.EliseAad);

        var card = await app.PressAsync(RequestRoutes.Compile, RequestApp.Ids(request));
        var compilation = card["value"]!["actions"]!.AsArray().Where(a => (string?)a!["type"] == "Action.OpenUrl").Select(a => new Uri((string)a!["url"]!)).ToList();
        var calendar = new Uri((await app.Service<MeetingFileStore>().InvitationLinkAsync(AMeeting.Convened(), AMember.Elise(), default))!);

        Assert.Equal(2, compilation.Count);
        foreach (var link in compilation.Append(calendar))
        {
            Assert.StartsWith("http://127.0.0.1:4100/exports/", link.AbsoluteUri);
            using var response = await app.CreateClient().GetAsync(link.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
