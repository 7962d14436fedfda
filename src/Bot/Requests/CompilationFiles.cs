using FocalBot.Bot.Exports;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// A request's compilation as the office receives it: the Word document and the Excel workbook in one language, and
/// the export folder they share, so a recompilation replaces both.
public static class CompilationFiles
{
    public static string Folder(RequestNumber number) => $"Requests/{number.ToString().Replace('/', '-')}";

    /// Only submitted answers count (Compilation.Of); the requester's display name, or the office's name.
    public static IReadOnlyList<ExportFile> Write(InformationRequest request, IEnumerable<StateAnswer> answers, string requestedBy, DateOnly compiledOn, Language language)
    {
        var compilation = Compilation.Of(request, answers);
        return
        [
            CompilationDocument.Write(request, compilation, requestedBy, compiledOn, language),
            CompilationWorkbook.Write(request, compilation, requestedBy, compiledOn, language),
        ];
    }
}
