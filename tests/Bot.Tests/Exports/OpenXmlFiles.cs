using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FocalBot.Domain.Members;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Exports;

/// Reads the produced Word and Excel files back the way a test wants them: paragraphs with their style, sheets as text,
/// the first sheet's layout, every part of the package as text, and the validator's errors.
static partial class OpenXmlFiles
{
    public sealed record Para(string? Style, string Text, bool Italic);

    /// The body's paragraphs; a line break reads "\n" and a tab "\t".
    public static IReadOnlyList<Para> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Select(p => new Para(
            p.ParagraphProperties?.ParagraphStyleId?.Val?.Value,
            string.Concat(p.Descendants().Select(e => e switch { W.Text t => t.Text, W.Break => "\n", W.TabChar => "\t", _ => "" })),
            p.Descendants<W.Italic>().Any())).ToList();
    }

    /// Each sheet by name, as rows of cell texts (every cell is written, so position is column).
    public static IReadOnlyDictionary<string, List<List<string>>> Sheets(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook!.Sheets!.Elements<S.Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet!.GetFirstChild<S.SheetData>()!.Elements<S.Row>()
                .Select(r => r.Elements<S.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList());
    }

    /// The first sheet's frozen pane, if any, and the format of each of its cells, row by row.
    public static (S.Pane? Pane, IReadOnlyList<S.CellFormat> CellFormats) FirstSheetLayout(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<S.Sheet>().First();
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<S.CellFormat>().ToList();
        return (worksheet.Descendants<S.Pane>().SingleOrDefault(), worksheet.Descendants<S.Cell>().Select(c => formats[(int)c.StyleIndex!.Value]).ToList());
    }

    /// Every part of the package (document, styles, properties, relationships, content types), unzipped, as text.
    public static IReadOnlyDictionary<string, string> Parts(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    public static IReadOnlyList<string> ValidationErrors(OpenXmlPackage package) =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

    /// Each place a state's English or French name, or its code as a word, appears in any part of the file.
    public static IReadOnlyList<string> StateMentions(byte[] file, IEnumerable<string> codes)
    {
        var states = codes.Select(c => MemberStates.Find(c)!).ToList();
        var mentions = new List<string>();
        foreach (var (name, text) in Parts(file))
        {
            foreach (var state in states)
            {
                foreach (var word in new[] { state.NameEn, state.NameFr }.Distinct())
                    if (text.Contains(word, StringComparison.OrdinalIgnoreCase)) mentions.Add($"{name}: {word}");
                // A code as a word of its own: not "fr-FR", a language tag, nor part of a longer token.
                if (Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}_-]){state.Code}(?![\p{{L}}\p{{N}}_-])")) mentions.Add($"{name}: {state.Code}");
            }
        }
        return mentions;
    }
}
