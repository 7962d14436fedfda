using FocalBot.Domain.Members;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace FocalBot.Bot.Exports;

/// GET /exports/{id}: a local file, to the member its link was made for, while the link is fresh, the member still
/// active and still in the role the link was made for. Every refusal is the same bare 404, so a guess learns nothing, not even whether the file exists.
public static partial class ExportEndpoint
{
    public static async Task<IResult> ServeAsync(
        string id, [FromQuery(Name = "m")] string? memberId, [FromQuery(Name = "r")] string? role, [FromQuery(Name = "e")] string? expires,
        [FromQuery(Name = "s")] string? signature,
        HttpContext http, [FromServices] LocalExportStore store, [FromServices] ExportLinks links, [FromServices] IMemberDirectory members,
        [FromServices] ILogger<LocalExportStore> log, CancellationToken ct)
    {
        // Checked before any look-up, so the file system and the directory see only links the bot made.
        if (links.Verify(id, memberId, role, expires, signature) is not { } madeFor) return Refused(log, Refusal.Link);
        if (await members.GetAsync(memberId!, ct) is not { IsActive: true } member) return Refused(log, Refusal.Member);
        if (member.Role != madeFor) return Refused(log, Refusal.Role);
        if (store.Find(id) is not var (path, name, contentType)) return Refused(log, Refusal.File);

        // The file is confidential: no cache keeps it, and the browser neither guesses its type nor tells the next
        // site where it came from.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.ContentType = contentType;
        http.Response.ContentLength = new FileInfo(path).Length;
        LogServed(log, memberId!);
        // Sent by hand rather than with Results.File, which logs the file's name.
        await http.Response.SendFileAsync(path, ct);
        return Results.Empty;
    }

    enum Refusal { Link, Member, Role, File }

    static IResult Refused(ILogger log, Refusal why)
    {
        LogRefused(log, why);
        return Results.NotFound();
    }

    [LoggerMessage(LogLevel.Information, "Export served to member {MemberId}")]
    static partial void LogServed(ILogger logger, string memberId);

    [LoggerMessage(LogLevel.Information, "Export link refused ({Reason})")]
    static partial void LogRefused(ILogger logger, Refusal reason);
}
