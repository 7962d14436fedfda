using System.Net;
using System.Text;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Protocol;

public sealed class MessagesEndpointTests : IDisposable
{
    readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_400_and_stores_nothing()
    {
        var response = await _app.PostAsync("this is not json {");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task An_activity_without_type_gets_400_and_stores_nothing()
    {
        var payload = Payload.PersonalMessage("help").Set("type", (string?)null);

        var response = await _app.PostAsync(payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", await response.Content.ReadAsStringAsync());
        await AssertNothingHappenedAsync();
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"help\"")]
    [InlineData("null")]
    public async Task JSON_that_is_not_an_object_gets_400(string body)
    {
        var response = await _app.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task An_unknown_invoke_name_gets_501_and_stores_nothing_but_the_reference()
    {
        var payload = Payload.Load("invoke-execute").NewId().Set("name", "composeExtension/query");

        var response = await _app.PostAsync(payload);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_app.Connector.Sends);
    }

    [Fact]
    public async Task An_unknown_card_verb_gets_501()
    {
        var response = await _app.PostAsync(Payload.Execute("nothing.here", new()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_app.Connector.Sends);
    }

    [Fact]
    public async Task A_one_megabyte_body_gets_413_and_the_bot_stays_up()
    {
        var huge = Payload.PersonalMessage(new string('x', 1024 * 1024));

        var response = await _app.PostAsync(huge);
        var health = await _app.CreateClient().GetAsync("/healthz");
        var after = await _app.PostAsync(Payload.PersonalMessage("help"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Single(_app.Connector.Sends);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413()
    {
        var client = _app.CreateClient();
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Payload.PersonalMessage(new string('y', 400_000)).Json)));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_declared_JSON_gets_415()
    {
        var response = await _app.CreateClient().PostAsync("/api/messages", new StringContent(Payload.PersonalMessage("help").Json, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task Get_on_the_endpoint_is_not_allowed()
    {
        var response = await _app.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_activity_types_and_fields_are_tolerated()
    {
        var payload = Payload.PersonalMessage("help").Set("type", "messageReaction").Set("somethingNew", "{}");

        var response = await _app.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_app.Connector.Sends);
    }

    async Task AssertNothingHappenedAsync()
    {
        Assert.Empty(_app.Connector.Sends);
        Assert.Null(await _app.Conversations.GetAsync("a:1mVYx0Ue0E6r6pYv2Vq3ZJQ2pMvRWkYb8cL0s3fEoZQ9dNwB0xG5Ih7tKpU4aSj1Fz", default));
    }
}
