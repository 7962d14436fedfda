using FocalBot.Bot.Exports;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// A request's compilation as the office receives it, or as the network does (CompilationView): the Word document and
/// the Excel workbook in one language, and the export folder they share, so a recompilation replaces both.
public static class CompilationFiles
{
    public static string Folder(RequestNumber number) => $"Requests/{number.ToString().Replace('/', '-')}";

    /// The network's version is kept apart from the office's, under a folder of its own: in SharePoint, the members may
    /// read that folder without reading the office's compilations, which hold the answers given to the office only.
    public static string Folder(RequestNumber number, CompilationView view) =>
        view == CompilationView.Network ? $"Network/{Folder(number)}" : Folder(number);

    /// Only submitted answers count (Compilation.Of); the requester's display name, or the office's name.
    public static IReadOnlyList<ExportFile> Write(InformationRequest request, IEnumerable<StateAnswer> answers, string requestedBy, DateOnly compiledOn, Language language,
        CompilationView view = CompilationView.Office)
    {
        var compilation = Compilation.Of(request, answers, view);
        return
        [
            CompilationDocument.Write(request, compilation, requestedBy, compiledOn, language),
            CompilationWorkbook.Write(request, compilation, requestedBy, compiledOn, language),
        ];
    }
}
