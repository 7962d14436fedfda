using FocalBot.Bot.Files;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Exports.WorkbookWriter;
using W = FocalBot.Bot.Requests.CompilationLines;

namespace FocalBot.Bot.Requests;

/// The compilation as an Excel workbook: one row per member state, one column per question, with a column for the
/// reply's status, the header frozen and text wrapped; a second sheet says what the data is.
public static class CompilationWorkbook
{
    /// Excel refuses a cell longer than this; longer text is cut with a note (the Word document has it whole).
    public const int MaxCellLength = 32_767;

    public static ExportFile Write(InformationRequest request, Compilation compilation, string requestedBy, DateOnly compiledOn, Language language)
    {
        var content = WorkbookWriter.Write(W.Title(request, language), language,
            // Row 1 and column A stay in view while the office scrolls through states and questions.
            [new WorkbookSheet(CompilationTexts.ResponsesSheet.In(language), Responses(request, compilation, language),
                [28, 20, .. request.QuestionNumbers.Select(_ => 60d)], Freeze.HeaderRowAndFirstColumn),
            new WorkbookSheet(CompilationTexts.AboutSheet.In(language), About(request, compilation, requestedBy, compiledOn, language), [110], Freeze.Nothing),
            .. ContributorSheet(compilation, language),
            .. Annexes(request, compilation, language)]);
        return new ExportFile(W.WorkbookName(compilation, language), ContentType, content);
    }

    static List<IReadOnlyList<(string Text, uint Style)>> Responses(InformationRequest request, Compilation compilation, Language language)
    {
        List<(string, uint)> header =
        [
            (CompilationTexts.StateColumn.In(language), Header),
            (CompilationTexts.ReplyColumn.In(language), Header),
            .. request.QuestionNumbers.Select(q => (CompilationTexts.QuestionColumn.Format(language, q.Value, W.Question(request, q, language)), Header)),
        ];
        var rows = new List<IReadOnlyList<(string Text, uint Style)>> { header };
        foreach (var state in compilation.States)
        {
            var status = !state.Replied ? CompilationTexts.NotReplied : state.Late ? CompilationTexts.RepliedLate : CompilationTexts.Replied;
            rows.Add(
            [
                (state.Label(language), Wrapped),
                (status.In(language), Wrapped),
                .. request.QuestionNumbers.Select(q => (Cell(state.Cells.First(c => c.Question == q), language), Wrapped)),
            ]);
        }
        return rows;
    }

    static List<IReadOnlyList<(string Text, uint Style)>> About(InformationRequest request, Compilation compilation, string requestedBy, DateOnly compiledOn, Language language)
    {
        List<(string, uint)> lines =
        [
            (W.Title(request, language), Header),
            (CompilationTexts.RequestNumber.Format(language, W.Number(compilation)), Wrapped),
            (W.RequestedBy(request, requestedBy, compiledOn, language), Wrapped),
            (CompilationTexts.Deadline.Format(language, request.Deadline), Wrapped),
            (CompilationTexts.CompiledOn.Format(language, compiledOn), Wrapped),
            (W.Responding(compilation, language), Wrapped),
            .. W.NotResponding(compilation, language) is { } silent ? [(silent, Wrapped)] : Array.Empty<(string, uint)>(),
            (CompilationTexts.Confidential.In(language), Wrapped),
            (CompilationTexts.Disclaimer.In(language), Wrapped),
            .. VersionNotice(compilation, language),
        ];
        var background = W.Background(request, language);
        if (!string.IsNullOrWhiteSpace(background)) lines.AddRange([(CompilationTexts.Background.In(language), Header), (background, Wrapped)]);
        return [.. lines.Select(l => new[] { l })];
    }

    /// Which version this is, when it leaves something out or marks what the other leaves out.
    static (string, uint)[] VersionNotice(Compilation compilation, Language language) =>
        W.VersionNotice(compilation, language) is { } notice ? [(notice, Wrapped)] : [];

    /// In the office's version, an answer the state gave to the office only starts with the mark, on a line of its own.
    static string WithOfficeOnlyMark(CompiledCell cell, string text, Language language) =>
        W.OfficeOnlyMark(cell, language) is { } mark ? mark + "\n" + text : text;

    /// A third sheet when there are documents: one row per document, background documents first, then each state's by
    /// question (whole answer first).
    static IEnumerable<WorkbookSheet> Annexes(InformationRequest request, Compilation compilation, Language language)
    {
        if (!CompilationAnnexes.Any(request, compilation)) yield break;
        var rows = new List<IReadOnlyList<(string Text, uint Style)>>
        {
            new[] { (RequestTexts.AnnexStateColumn.In(language), Header), (RequestTexts.AnnexWhereColumn.In(language), Header),
                (RequestTexts.AnnexFileColumn.In(language), Header), (RequestTexts.AnnexSizeColumn.In(language), Header) },
        };
        foreach (var document in request.Documents)
            rows.Add([(CompilationTexts.Background.In(language), Wrapped), ("", Wrapped), (W.Clean(document.Name), Wrapped), (FileTexts.Size(document.Length, language), Wrapped)]);
        foreach (var state in CompilationAnnexes.States(compilation))
            foreach (var (annex, index) in state.Annexes.Select((a, i) => (a, i + 1)).OrderBy(a => a.a.Question?.Value ?? 0))
                rows.Add([(state.Label(language), Wrapped), (CompilationAnnexes.Where(annex, language), Wrapped),
                    (CompilationAnnexes.Name(state, annex, index, language), Wrapped), (FileTexts.Size(annex.Length, language), Wrapped)]);
        yield return new WorkbookSheet(RequestTexts.AnnexesSheet.In(language), rows, [28, 24, 60, 14], Freeze.HeaderRowAndFirstColumn);
    }

    /// The national contributors of the states that agreed to be named with them: a row per organisation. No sheet
    /// when no state is to be named (or the request is anonymous).
    static IEnumerable<WorkbookSheet> ContributorSheet(Compilation compilation, Language language)
    {
        if (compilation.Contributors.Count == 0) yield break;
        var rows = new List<IReadOnlyList<(string Text, uint Style)>>
        {
            new[] { (CompilationTexts.StateColumn.In(language), Header), (RequestTexts.OrganisationColumn.In(language), Header), (RequestTexts.KindColumn.In(language), Header) },
        };
        foreach (var state in compilation.Contributors)
            rows.AddRange(state.Organisations.Select(c => (IReadOnlyList<(string, uint)>)
                [(MemberStates.NameIn(state.State, language), Wrapped), (W.Clean(c.Organisation), Wrapped), (RequestTexts.KindName(c.Kind, language), Wrapped)]));
        yield return new WorkbookSheet(RequestTexts.ContributorsSheet.In(language), rows, [28, 60, 28], Freeze.HeaderRow);
    }

    static string Cell(CompiledCell cell, Language language)
    {
        // Excel breaks lines on "\n" alone.
        var text = WithOfficeOnlyMark(cell, W.Nil(cell, language) ?? string.Join('\n', ExportText.Lines(W.Text(cell))), language);
        if (text.Length <= MaxCellLength) return text;
        var cut = CompilationTexts.CutShort.In(language);
        var keep = MaxCellLength - cut.Length;
        // Never split a surrogate pair: half an emoji would make the cell invalid.
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return text[..keep] + cut;
    }
}
