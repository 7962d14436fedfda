using FocalBot.Bot.Files;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// What the compilation files say about documents, in the document's language: the request's background documents and,
/// per state, the annexes of its submitted answer by question. An anonymous compilation names no annex (a file's
/// name may name its state): "Document 2 (PDF, 1.2 MB)".
static class CompilationAnnexes
{
    public static bool Any(InformationRequest request, Compilation compilation) =>
        request.Documents.Count > 0 || compilation.States.Any(s => s.Replied && s.Annexes.Count > 0);

    /// The states whose submitted answer has documents, in the compilation's order.
    public static IEnumerable<CompiledState> States(Compilation compilation) => compilation.States.Where(s => s.Replied && s.Annexes.Count > 0);

    /// One annex as the compilation names it; `index` counts from 1 within its state.
    public static string Name(CompiledState state, Annex annex, int index, Language language) =>
        state.Letter is null ? Clean(annex.Name) : AnonymousName(annex, index, language);

    static string AnonymousName(Annex annex, int index, Language language) =>
        RequestTexts.AnonymousAnnex.Format(language, index, Kind(annex), FileTexts.Size(annex.Length, language));

    /// "PDF", "DOCX": the kind of file, from its extension.
    public static string Kind(Annex annex) => Path.GetExtension(annex.Name).TrimStart('.').ToUpperInvariant();

    /// Where an annex goes: "To the whole answer" or "Question 2".
    public static string Where(Annex annex, Language language) =>
        annex.Question is { } q ? RequestTexts.AnnexQuestionCell.Format(language, q.Value) : RequestTexts.AnnexWholeCell.In(language);

    /// A state's annexes as lines: the whole answer's first, then by question, each "name (size)".
    public static IEnumerable<string> Lines(CompiledState state, Language language)
    {
        var numbered = state.Annexes.Select((a, i) => (Annex: a, Text: $"{Name(state, a, i + 1, language)}{(state.Letter is null ? $" ({FileTexts.Size(a.Length, language)})" : "")}")).ToList();
        var separator = CompilationTexts.ListSeparator.In(language);
        var whole = numbered.Where(n => n.Annex.Question is null).Select(n => n.Text).ToList();
        if (whole.Count > 0) yield return RequestTexts.AnnexesToWhole.Format(language, string.Join(separator, whole));
        foreach (var group in numbered.Where(n => n.Annex.Question is not null).GroupBy(n => n.Annex.Question!.Value).OrderBy(g => g.Key))
            yield return RequestTexts.AnnexesToQuestion.Format(language, group.Key.Value, string.Join(separator, group.Select(n => n.Text)));
    }

    public static string Documents(InformationRequest request, Language language) =>
        RequestTexts.BackgroundDocumentsLine.Format(language, string.Join(CompilationTexts.ListSeparator.In(language), request.Documents.Select(d => Clean(d.Name))));

    static string Clean(string text) => ExportText.XmlSafe(text);
}
