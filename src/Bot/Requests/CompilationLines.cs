using FocalBot.Bot.Exports;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// What the Word and Excel compilations both say, in the document's language: the request's texts (translated when
/// the document is in the other language and a translation exists), cells and lines. Text is kept as typed: Markdown
/// or HTML in an answer is shown, not interpreted.
static partial class CompilationLines
{
    public static string Title(InformationRequest r, Language l) => Clean(Pick(r.Title, r.TitleTranslation, r, l));

    public static string Background(InformationRequest r, Language l) => Clean(Pick(r.Background, r.BackgroundTranslation, r, l));

    public static string Question(InformationRequest r, QuestionNumber q, Language l) => Clean(Pick(r[q].Text, r[q].Translation, r, l));

    public static string Number(Compilation c) => c.Request.ToString();

    // "2026/07" in the document, "2026-07" in file and folder names, which refuse a slash.
    public static string FileNumber(Compilation c) => c.Request.ToString().Replace('/', '-');

    public static string RequestedBy(InformationRequest r, string requestedBy, DateOnly compiledOn, Language l) =>
        CompilationTexts.RequestedBy.Format(l, Clean(requestedBy), r.SentOn ?? r.CreatedOn ?? compiledOn);

    public static string Responding(Compilation c, Language l)
    {
        var replied = c.States.Where(s => s.Replied).Select(s => s.Label(l)).ToList();
        return replied.Count == 0
            ? CompilationTexts.NoRespondingStates.In(l)
            : CompilationTexts.RespondingStates.Format(l, string.Join(CompilationTexts.ListSeparator.In(l), replied), replied.Count);
    }

    /// The states that did not reply, named once; null when every state replied.
    public static string? NotResponding(Compilation c, Language l)
    {
        var silent = c.States.Where(s => !s.Replied).Select(s => s.Label(l)).ToList();
        return silent.Count == 0 ? null : CompilationTexts.NotRespondingStates.Format(l, string.Join(CompilationTexts.ListSeparator.In(l), silent), silent.Count);
    }

    public static string StateHeading(CompiledState s, Language l) =>
        s.Late ? CompilationTexts.LateState.Format(l, s.Label(l)) : s.Label(l);

    /// A nil answer, worded in the document's language; null for a written answer or a missing reply (the states
    /// without a reply are named once, by NotResponding).
    public static string? Nil(CompiledCell cell, Language l) => cell.Kind switch
    {
        CellKind.NoInformation => CompilationTexts.NoInformation.In(l),
        CellKind.NotApplicable => CompilationTexts.NotApplicable.In(l),
        CellKind.ToFollow when cell.FollowsBy is { } by => CompilationTexts.ToFollowBy.Format(l, by),
        CellKind.ToFollow => CompilationTexts.ToFollow.In(l),
        CellKind.Withheld => GivenToOfficeOnly(l),
        _ => null,
    };

    /// "Written in French:" when a written answer is in the other language than the document; otherwise null, as a
    /// note on every answer would say nothing.
    public static string? WrittenIn(CompiledState s, CompiledCell cell, Language l) =>
        cell.Kind == CellKind.Text && s.Language is { } written && written != l
            ? CompilationTexts.WrittenIn.Format(l, (written == Language.Fr ? CompilationTexts.French : CompilationTexts.English).In(l))
            : null;

    public static string Text(CompiledCell cell) => Clean(cell.Text ?? "");

    /// "Ministère de l’Intérieur (ministère)": a national contributor and its kind.
    public static string Contributor(NationalContributor c, Language l) =>
        RequestTexts.ContributorLine.Format(l, Clean(c.Organisation), RequestCards.LowerFirst(RequestTexts.KindName(c.Kind, l), l));

    public static string Clean(string text) => ExportText.XmlSafe(text);

    static string Pick(string original, string? translation, InformationRequest r, Language l) =>
        l != r.Language && !string.IsNullOrWhiteSpace(translation) ? translation : original;
}
