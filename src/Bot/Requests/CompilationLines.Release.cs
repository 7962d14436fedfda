using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// What the office's and the network's versions of a compilation say of each other: their file names, which version a
/// document is, and the answers a state gave to the office only (marked in the first, left out of the second).
static partial class CompilationLines
{
    /// The network's files are named apart, so the two versions are never taken one for the other.
    public static string DocumentName(Compilation c, Language l) =>
        (c.View == CompilationView.Network ? RequestTexts.NetworkDocumentName : CompilationTexts.DocumentName).Format(l, FileNumber(c));

    public static string WorkbookName(Compilation c, Language l) =>
        (c.View == CompilationView.Network ? RequestTexts.NetworkWorkbookName : CompilationTexts.WorkbookName).Format(l, FileNumber(c));

    /// The network's version always says it is one; the office's only when a state gave an answer to the office only.
    public static string? VersionNotice(Compilation c, Language l) =>
        c.View == CompilationView.Network ? RequestTexts.NetworkVersionNotice.In(l)
        : c.States.Any(s => s.Cells.Any(cell => cell.OfficeOnly)) ? RequestTexts.OfficeVersionNotice.In(l)
        : null;

    /// In the office's version, the mark of an answer given to the office only; null otherwise.
    public static string? OfficeOnlyMark(CompiledCell cell, Language l) => cell.OfficeOnly ? RequestTexts.OfficeOnlyMark.In(l) : null;

    /// Where the network's version leaves an answer out: said, and nothing of it shown (CompilationVisibility).
    public static string GivenToOfficeOnly(Language l) => RequestTexts.GivenToOfficeOnly.In(l);

    /// Whether the network sees what is hung on this cell (its answer, and anything attached to it): false for an answer
    /// a state gave to the office only, in the network's version.
    public static bool IsVisibleToNetwork(CompiledCell cell) => cell.Kind != CellKind.Withheld;
}
