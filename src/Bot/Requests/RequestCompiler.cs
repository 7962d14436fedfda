using System.Text.Json.Nodes;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// A request's compilation as stored: the Word document and the Excel workbook, and the counts the link card shows.
/// Zip: the compilation with its documents (CompilationZip), for the office's version only; null when there are no
/// documents, or they are too large to zip (ZipTooLarge).
public sealed record CompiledRequest(InformationRequest Request, int Responding, int Asked, ExportedFile Word, ExportedFile Excel,
    ExportedFile? Zip = null, bool ZipTooLarge = false)
{
    /// The office's version, or the network's.
    public CompilationView View { get; init; } = CompilationView.Office;
}

/// Compiles a request's submitted answers into the EMN-layout Word document and the state × question workbook, stores
/// both (replacing an earlier compilation of the same request), and gives each office member their own links.
public sealed partial class RequestCompiler(
    IRequestStore store, IMemberDirectory members, IExportStore exports, NetworkCalendar calendar, ILogger<RequestCompiler> log)
{
    /// The last compilation of each request in this process, so a link card sent later needs no recompiling; after a
    /// restart the request is compiled again (the files are replaced, their content the same or newer).
    readonly System.Collections.Concurrent.ConcurrentDictionary<(RequestNumber, CompilationView), CompiledRequest> _latest = new();

    /// The office's version.
    public Task<CompiledRequest> CompileAsync(InformationRequest request, CancellationToken ct) => CompileAsync(request, CompilationView.Office, ct);

    public async Task<CompiledRequest> CompileAsync(InformationRequest request, CompilationView view, CancellationToken ct)
    {
        var number = request.Number ?? throw new InvalidOperationException("Only a sent request is compiled.");
        var answers = await store.ListAnswersAsync(number, ct);
        var compilation = Compilation.Of(request, answers, view);
        var requester = (await members.GetAsync(request.RequesterId ?? "", ct))?.DisplayName ?? "";
        // The frame (headings, disclaimer) is in the request's language; answers stay in the language they were written in.
        var files = CompilationFiles.Write(request, answers, requester, calendar.Today, request.Language, view);
        var saved = new List<ExportedFile>();
        foreach (var file in files) saved.Add(await exports.SaveAsync(CompilationFiles.Folder(number, view), file, ct));
        LogCompiled(log, number.ToString(), view, compilation.Responding, compilation.States.Count);
        // The zip holds every state's documents: the office's alone.
        var (zip, tooLarge) = view == CompilationView.Office ? await ZipAsync(request, compilation, files, ct) : (null, false);
        var compiled = new CompiledRequest(request, compilation.Responding, compilation.States.Count,
            saved.Single(f => f.Name.EndsWith(".docx", StringComparison.Ordinal)), saved.Single(f => f.Name.EndsWith(".xlsx", StringComparison.Ordinal)), zip, tooLarge)
            { View = view };
        _latest[(number, view)] = compiled;
        return compiled;
    }

    /// The compilation and every document, zipped and saved beside it (replacing the last zip); none without documents.
    /// A document the store no longer has is left out, and logged by id.
    async Task<(ExportedFile? Zip, bool TooLarge)> ZipAsync(InformationRequest request, Compilation compilation, IReadOnlyList<ExportFile> files, CancellationToken ct)
    {
        if (!CompilationAnnexes.Any(request, compilation)) return (null, false);
        var plan = CompilationZip.Plan(request, compilation, request.Language);
        if (plan.Sum(p => p.Document.Length) > CompilationZip.MaxDocumentBytes)
        {
            LogZipTooLarge(log, compilation.Request.ToString(), plan.Count);
            return (null, true);
        }
        var documents = new List<(string, byte[])>();
        foreach (var (path, document) in plan)
        {
            if (await exports.ReadAsync(document.FileId, ct) is { } content) documents.Add((path, content));
            else LogDocumentMissing(log, compilation.Request.ToString(), document.Id);
        }
        var zip = new ExportFile(CompilationZip.Name(compilation.Request, request.Language), "application/zip", CompilationZip.Write(files, documents));
        return (await exports.SaveAsync(CompilationFiles.Folder(compilation.Request, CompilationView.Office), zip, ct), false);
    }

    /// The latest compilation of the request (the office's version), compiling it when this process has none.
    public Task<CompiledRequest> LatestAsync(InformationRequest request, CancellationToken ct) => LatestAsync(request, CompilationView.Office, ct);

    public async Task<CompiledRequest> LatestAsync(InformationRequest request, CompilationView view, CancellationToken ct) =>
        request.Number is { } n && _latest.TryGetValue((n, view), out var known) ? known : await CompileAsync(request, view, ct);

    /// The links are made for one member: locally they are signed for them and expire; in SharePoint they open the
    /// file in the restricted library, whose permissions decide.
    public JsonObject LinkCard(CompiledRequest compiled, Member member, bool atDeadline, Language language)
    {
        var (word, excel, until) = LinksFor(compiled, member);
        // The zip holds every state's documents: the office's alone.
        var zip = compiled.Zip is { } z && member.Role == MemberRole.Office ? exports.LinkFor(z, member).Url.AbsoluteUri : null;
        var tooLarge = compiled.ZipTooLarge && member.Role == MemberRole.Office;
        return RequestCards.Compiled(compiled.Request, compiled.Responding, compiled.Asked, word, excel, until, atDeadline, language, zip, tooLarge);
    }

    /// The member's own links to both files, and the day they expire (both made now, with Exports:LinkLifetime); null
    /// for a SharePoint page, which does not.
    public (string Word, string Excel, DateOnly? Until) LinksFor(CompiledRequest compiled, Member member)
    {
        var word = exports.LinkFor(compiled.Word, member);
        var excel = exports.LinkFor(compiled.Excel, member);
        return (word.Url.AbsoluteUri, excel.Url.AbsoluteUri, word.Expires is { } expires ? calendar.DayOf(expires) : null);
    }

    [LoggerMessage(LogLevel.Information, "Request {RequestNumber} compiled ({View}'s version): {Responding} of {Asked} states answered")]
    static partial void LogCompiled(ILogger logger, string requestNumber, CompilationView view, int responding, int asked);

    [LoggerMessage(LogLevel.Warning, "Request {RequestNumber}: {Documents} documents are too large to zip")]
    static partial void LogZipTooLarge(ILogger logger, string requestNumber, int documents);

    [LoggerMessage(LogLevel.Warning, "Request {RequestNumber}: document {DocumentId} is no longer in the store, left out of the zip")]
    static partial void LogDocumentMissing(ILogger logger, string requestNumber, string documentId);
}
