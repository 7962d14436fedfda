using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Exports.DocumentWriter;
using W = FocalBot.Bot.Requests.CompilationLines;

namespace FocalBot.Bot.Requests;

/// The compilation as a Word document in the EMN layout: title, who asked and when, who answered and who did not, the
/// disclaimer, the background, then each question with the answers of the states that replied (a state without a
/// reply is named once, at the top, not under every question). Title and headings use Word's own styles, so the
/// navigation pane lists the questions and states.
public static class CompilationDocument
{
    public static ExportFile Write(InformationRequest request, Compilation compilation, string requestedBy, DateOnly compiledOn, Language language)
    {
        var body = new Body();
        body.Append(Paragraph("Title", W.Title(request, language)));
        body.Append(Paragraph("Subtitle", CompilationTexts.RequestNumber.Format(language, W.Number(compilation))));
        body.Append(Paragraph(null, W.RequestedBy(request, requestedBy, compiledOn, language)));
        body.Append(Paragraph(null, CompilationTexts.Deadline.Format(language, request.Deadline)));
        body.Append(Paragraph(null, CompilationTexts.CompiledOn.Format(language, compiledOn)));
        body.Append(Paragraph(null, W.Responding(compilation, language)));
        if (W.NotResponding(compilation, language) is { } silent) body.Append(Paragraph(null, silent));
        body.Append(Paragraph(null, CompilationTexts.Confidential.In(language), bold: true));
        body.Append(Paragraph(null, CompilationTexts.Disclaimer.In(language), italic: true));
        AppendVersionNotice(body, compilation, language);

        var background = W.Background(request, language);
        if (!string.IsNullOrWhiteSpace(background))
        {
            body.Append(Paragraph("Heading1", CompilationTexts.Background.In(language)));
            body.Append(Paragraph(null, background));
        }

        foreach (var question in request.QuestionNumbers)
        {
            body.Append(Paragraph("Heading1", CompilationTexts.Question.Format(language, question.Value, W.Question(request, question, language))));
            foreach (var state in compilation.States.Where(s => s.Replied))
            {
                var cell = state.Cells.First(c => c.Question == question);
                body.Append(Paragraph("Heading2", W.StateHeading(state, language)));
                if (W.WrittenIn(state, cell, language) is { } writtenIn) body.Append(Paragraph(null, writtenIn, italic: true));
                AppendOfficeOnlyMark(body, cell, language);
                body.Append(W.Nil(cell, language) is { } nil ? Paragraph(null, nil, italic: true) : Paragraph(null, W.Text(cell)));
            }
        }

        Annexes(body, request, compilation, language);
        AppendContributors(body, compilation, language);
        body.Append(A4(landscape: false));

        var styles = Styles(language, fontSize: 22, after: 120, line: 264,
            ParagraphStyle("Title", "Title", size: 48, before: 0, after: 120, color: "1F3864", keepLines: true),
            ParagraphStyle("Subtitle", "Subtitle", size: 28, before: 0, after: 240, color: "44546A", keepLines: true),
            // The questions and states, as headings in the navigation pane.
            ParagraphStyle("Heading1", "heading 1", size: 30, before: 360, after: 120, color: "1F3864", outline: 0, keepLines: true),
            ParagraphStyle("Heading2", "heading 2", size: 24, before: 200, after: 60, color: "2F5496", outline: 1, keepLines: true));
        var content = DocumentWriter.Write(body, styles, W.Title(request, language), language);
        return new ExportFile(W.DocumentName(compilation, language), ContentType, content);
    }

    /// Which version this is, when it leaves something out or marks what the other leaves out.
    static void AppendVersionNotice(Body body, Compilation compilation, Language language)
    {
        if (W.VersionNotice(compilation, language) is { } notice) body.Append(Paragraph(null, notice, bold: true));
    }

    /// In the office's version, above an answer the state gave to the office only.
    static void AppendOfficeOnlyMark(Body body, CompiledCell cell, Language language)
    {
        if (W.OfficeOnlyMark(cell, language) is { } mark) body.Append(Paragraph(null, mark, bold: true));
    }

    /// The documents, after the answers: the background documents, then each state's annexes by question, and where
    /// the files themselves are (the zip). Nothing when there are none.
    static void Annexes(Body body, InformationRequest request, Compilation compilation, Language language)
    {
        if (!CompilationAnnexes.Any(request, compilation)) return;
        body.Append(Paragraph("Heading1", RequestTexts.AnnexesSection.In(language)));
        if (request.Documents.Count > 0) body.Append(Paragraph(null, CompilationAnnexes.Documents(request, language)));
        foreach (var state in CompilationAnnexes.States(compilation))
        {
            body.Append(Paragraph("Heading2", state.Label(language)));
            foreach (var line in CompilationAnnexes.Lines(state, language)) body.Append(Paragraph(null, line));
        }
        body.Append(Paragraph(null, RequestTexts.InTheZip.In(language), italic: true));
    }

    /// The national contributors of the states that agreed to be named with them, after the answers: a heading per
    /// state, a line per organisation with its kind. Nothing when no state is to be named (or the request is anonymous).
    static void AppendContributors(Body body, Compilation compilation, Language language)
    {
        if (compilation.Contributors.Count == 0) return;
        body.Append(Paragraph("Heading1", RequestTexts.ContributorsHeading.In(language)));
        body.Append(Paragraph(null, RequestTexts.ContributorsNote.In(language), italic: true));
        foreach (var state in compilation.Contributors)
        {
            body.Append(Paragraph("Heading2", MemberStates.NameIn(state.State, language)));
            foreach (var contributor in state.Organisations) body.Append(Paragraph(null, W.Contributor(contributor, language)));
        }
    }
}
