using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Protocol;

/// <summary><c>POST /api/messages</c>: one activity per request (bot-protocol §1, §6). 200 for handled messages,
/// the invoke response for invokes, 400 for a body that is not an activity, 401 when the caller may not send it,
/// 413 for an oversized body, 415 for a body that is not JSON.</summary>
public static class MessagesEndpoint
{
    /// <summary>Largest activity accepted. Teams caps messages near 100 KB; 256 KB leaves room for channel data.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the messaging endpoint; the caller adds <c>RequireAuthorization(BotAuth.Policy)</c>.</summary>
    public static RouteHandlerBuilder MapMessages(this IEndpointRouteBuilder app, string pattern) =>
        app.MapPost(pattern, HandleAsync);

    static async Task<IResult> HandleAsync(HttpContext http, IActivityHandler handler, IOptions<BotOptions> bot, ILoggerFactory logs)
    {
        var log = logs.CreateLogger(typeof(MessagesEndpoint).FullName!);
        if (http.Request.ContentLength > MaxBodyBytes) return Problem(StatusCodes.Status413PayloadTooLarge, "The activity is larger than the bot accepts.");
        if (http.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return Problem(StatusCodes.Status415UnsupportedMediaType, "An activity is sent as application/json.");

        var body = await ReadBodyAsync(http);
        if (body is null) return Problem(StatusCodes.Status413PayloadTooLarge, "The activity is larger than the bot accepts.");

        Activity? activity;
        try { activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options); }
        catch (JsonException) { activity = null; }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return Problem(StatusCodes.Status400BadRequest, "The body is not an activity: a JSON object with a 'type' is expected.");

        if (!CallerCheck.Accepts(http.User, activity, bot.Value))
        {
            log.LogWarning("Activity {ActivityId} refused: the token does not vouch for its serviceUrl or channel", activity.Id);
            return Results.Unauthorized();
        }

        var response = await handler.HandleAsync(activity, http.RequestAborted);
        if (activity.Type == ActivityTypes.Invoke)
        {
            response ??= InvokeResponse.NotImplemented;
            return response.Body is null ? Results.StatusCode(response.Status) : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
        }
        return Results.Ok();
    }

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is longer (chunked bodies have no Content-Length).</summary>
    static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBodyBytes) return null;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { return null; }
        return buffer.ToArray();
    }

    static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
