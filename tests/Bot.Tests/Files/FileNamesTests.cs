using FocalBot.Bot.Exports;
using FocalBot.Bot.Files;

namespace FocalBot.Bot.Tests.Files;

/// Sent names become names both stores accept, keeping what a reader recognises.
public sealed class FileNamesTests
{
    [Theory]
    [InlineData("Rapport annuel 2025.pdf", "pdf", "Rapport annuel 2025.pdf")]
    [InlineData("Circulaire.DOCX", "docx", "Circulaire.docx")]
    [InlineData(@"C:\Users\elise\Documents\loi.pdf", "pdf", "loi.pdf")]
    [InlineData("../../etc/passwd.txt", "txt", "passwd.txt")]
    [InlineData("a\u0000b\r\nc\u202Ed.pdf", "pdf", "a b c d.pdf")]
    [InlineData("Loi n°2024-42 (version finale).pdf", "pdf", "Loi n 2024-42 version finale.pdf")]
    [InlineData("Procès-verbal réunion.odt", "odt", "Procès-verbal réunion.odt")]
    [InlineData("statistiques.2026", "xlsx", "statistiques.2026.xlsx")]
    [InlineData("....pdf", "pdf", "file.pdf")]
    [InlineData("", "png", "file.png")]
    [InlineData(null, "gif", "file.gif")]
    [InlineData("_vti_cnf.pdf", "pdf", "vti_cnf.pdf")]
    public void A_sent_name_keeps_its_last_part_its_words_and_its_type(string? sent, string extension, string kept) =>
        Assert.Equal(kept, FileNames.Sanitise(sent, extension));

    [Fact]
    public void A_long_name_is_cut_between_words_and_keeps_its_extension()
    {
        var sent = string.Join(' ', Enumerable.Repeat("Immigration", 30)) + ".pdf";

        var kept = FileNames.Sanitise(sent, "pdf");

        Assert.True(kept.Length <= FileNames.MaxStemLength + 4, kept);
        Assert.EndsWith("Immigration.pdf", kept);
        Assert.True(ExportNames.IsSafeName(kept));
    }

    [Theory]
    [InlineData("\u0001\u0002.pdf")]
    [InlineData("CON.pdf")]
    [InlineData("  spaced   out  .pdf")]
    [InlineData("名前.pdf")]
    [InlineData("😀 smile.pdf")]
    public void Whatever_was_sent_the_name_is_safe_for_both_stores(string sent) =>
        Assert.True(ExportNames.IsSafeName(FileNames.Sanitise(sent, "pdf")), FileNames.Sanitise(sent, "pdf"));
}
