using System.IO.Compression;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The compilation with its documents, as one zip for the office: the Word and Excel compilations at the top, the
/// background documents in a folder of their own, and each state's annexes in its folder ("FR - France/Q2 - loi.pdf",
/// "FR - France/Answer - note.pdf"; "State A/Q2 - Document 1.pdf" when anonymous). Every name is made safe, and
/// unique within the zip.
public static class CompilationZip
{
    /// The documents are read into memory to be zipped: above this, no zip is made (the card says so).
    public const long MaxDocumentBytes = 300L * 1024 * 1024;

    public static string Name(RequestNumber number, Language language) =>
        RequestTexts.ZipName.Format(language, number.ToString().Replace('/', '-'));

    /// Where each document goes in the zip, in the order of the compilation.
    public static IReadOnlyList<(string Path, Annex Document)> Plan(InformationRequest request, Compilation compilation, Language language)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var plan = new List<(string, Annex)>();
        var background = Segment(CompilationTexts.Background.In(language), "Background");
        foreach (var document in request.Documents)
            plan.Add((Unique(taken, background, Path.GetFileNameWithoutExtension(document.Name), Path.GetExtension(document.Name)), document));
        foreach (var state in CompilationAnnexes.States(compilation))
        {
            var folder = Segment(state.Code is { } code ? $"{code} - {state.Label(language)}" : state.Label(language), "State");
            foreach (var (annex, index) in state.Annexes.Select((a, i) => (a, i + 1)))
            {
                var where = annex.Question is { } q ? $"Q{q.Value}" : RequestTexts.ZipWholeAnswer.In(language);
                var name = state.Letter is null ? Path.GetFileNameWithoutExtension(annex.Name) : $"Document {index}";
                plan.Add((Unique(taken, folder, $"{where} - {name}", Path.GetExtension(annex.Name)), annex));
            }
        }
        return plan;
    }

    /// The zip: the compilation's files, then each document read back from the store.
    public static byte[] Write(IReadOnlyList<ExportFile> compilation, IEnumerable<(string Path, byte[] Content)> documents)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in compilation) Add(zip, file.Name, file.Content);
            foreach (var (path, content) in documents) Add(zip, path, content);
        }
        return stream.ToArray();
    }

    // Documents are mostly compressed already (PDF, Office, images): the fastest level loses little.
    static void Add(ZipArchive zip, string path, byte[] content)
    {
        using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }

    /// A folder or file name as the export stores accept one; `fallback` when nothing usable is left.
    static string Segment(string text, string fallback) => ExportNames.Clean(text, 80) is { Length: > 0 } clean ? clean : fallback;

    static string Unique(HashSet<string> taken, string folder, string stem, string extension)
    {
        var name = Segment(stem, "Document");
        var path = $"{folder}/{name}{extension.ToLowerInvariant()}";
        for (var n = 2; !taken.Add(path); n++) path = $"{folder}/{name} ({n}){extension.ToLowerInvariant()}";
        return path;
    }
}
