using FocalBot.Bot.Exports;

namespace FocalBot.Bot.Tests.Exports;

public sealed class ExportNamesTests
{
    const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Theory]
    [InlineData("", "Compilation 2026-07 (EN).docx")]
    [InlineData("Requests/2026-07", "Compilation 2026-07 (FR).xlsx")]
    [InlineData("Réunions", "Participants_plénière.csv")]
    public void Plain_folders_and_names_with_known_extensions_are_accepted(string folder, string name) =>
        Assert.Equal(folder.Length == 0 ? name : $"{folder}/{name}", ExportNames.PathOf(folder, name));

    [Theory]
    [InlineData("..", "a.docx")]
    [InlineData("../..", "a.docx")]
    [InlineData("Requests/../..", "a.docx")]
    [InlineData("/etc", "a.docx")]
    [InlineData("Requests/", "a.docx")]
    [InlineData("Requests\\..", "a.docx")]
    [InlineData("C:", "a.docx")]
    [InlineData(".hidden", "a.docx")]
    [InlineData("a/b/c/d/e", "a.docx")]
    [InlineData("_vti_bin", "a.docx")]
    [InlineData("", "../a.docx")]
    [InlineData("", "..\\a.docx")]
    [InlineData("", "/etc/passwd.docx")]
    [InlineData("", ".docx")]
    [InlineData("", "a.docx.")]
    [InlineData("", "a:b.docx")]
    [InlineData("", "a\0.docx")]
    [InlineData("", "a\n.docx")]
    [InlineData("", "a.html")]
    [InlineData("", "a.exe")]
    [InlineData("", "exports-signing.key")]
    [InlineData("", "")]
    public void Anything_that_could_leave_the_folder_or_is_not_an_export_is_refused(string folder, string name)
    {
        Assert.Throws<ArgumentException>(() => ExportNames.PathOf(folder, name));
        Assert.Null(ExportNames.Parse(folder.Length == 0 ? name : $"{folder}/{name}"));
    }

    [Fact]
    public void A_content_type_that_does_not_match_the_extension_is_refused() =>
        Assert.Throws<ArgumentException>(() => ExportNames.PathOf("", new ExportFile("a.docx", "text/html", [1])));

    [Theory]
    [InlineData("a.docx", Docx)]
    [InlineData("a.XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("a.csv", "text/csv; charset=utf-8")]
    [InlineData("Plenary meeting (11-12 May 2026).ics", "text/calendar; method=REQUEST; charset=utf-8")]
    [InlineData("Réunion plénière (11-12 mai 2026).ics", "text/calendar")]
    public void A_content_type_matching_the_extension_is_accepted(string name, string contentType) =>
        Assert.Equal(name, ExportNames.PathOf("", new ExportFile(name, contentType, [1])));

    [Fact]
    public void A_calendar_file_is_served_as_utf_8() =>
        Assert.Equal("text/calendar; charset=utf-8", ExportNames.ContentTypeOf("Réunion plénière (11-12 mai 2026).ics"));

    [Theory]
    [InlineData("Re\u0301union ple\u0301nie\u0300re", 50, "Réunion plénière")]   // decomposed accents stay letters
    [InlineData("_vti_bin", 50, "vti_bin")]                                    // never a reserved prefix
    [InlineData("Migration policy and return", 19, "Migration policy")]        // cut between words
    public void Free_text_is_cleaned_into_a_safe_segment(string text, int maxLength, string expected) =>
        Assert.Equal(expected, ExportNames.Clean(text, maxLength));

    [Fact]
    public void A_lone_surrogate_in_free_text_is_dropped_not_thrown_on() =>
        Assert.Equal("Plenary meeting", ExportNames.Clean("Plenary " + '\uD800' + " meeting", 50));
}
