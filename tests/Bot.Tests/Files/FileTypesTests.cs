using FocalBot.Bot.Exports;
using FocalBot.Bot.Files;

namespace FocalBot.Bot.Tests.Files;

/// A file is kept when its extension is allowed and its content is what the extension says.
public sealed class FileTypesTests
{
    public static TheoryData<string, byte[]> RealFiles() => new()
    {
        { "pdf", SampleFiles.Pdf }, { "doc", SampleFiles.Ole2 }, { "xls", SampleFiles.Ole2 }, { "docx", SampleFiles.Docx() },
        { "xlsx", SampleFiles.Xlsx() }, { "odt", SampleFiles.Odt() }, { "ods", SampleFiles.Ods() }, { "odp", SampleFiles.Odp() },
        { "txt", SampleFiles.Text }, { "txt", SampleFiles.Latin1Text }, { "txt", SampleFiles.Utf16Text }, { "png", SampleFiles.Png },
        { "jpg", SampleFiles.Jpeg }, { "jpeg", SampleFiles.Jpeg }, { "gif", SampleFiles.Gif },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Each_allowed_kind_is_recognised_by_its_content(string extension, byte[] content)
    {
        Assert.True(FileTypes.IsAllowed(extension));
        Assert.True(FileTypes.Matches(extension, content));
    }

    public static TheoryData<string, byte[]> Impostors() => new()
    {
        { "pdf", SampleFiles.Docx() },                   // a Word document renamed .pdf
        { "pdf", SampleFiles.Executable },
        { "docx", SampleFiles.Xlsx() },                  // a workbook renamed .docx: a zip, but not Word's
        { "xlsx", SampleFiles.Docx() },
        { "docx", SampleFiles.Odt() },
        { "odt", SampleFiles.Ods() },                    // the mimetype entry says which OpenDocument it is
        { "odt", SampleFiles.Docx() },
        { "docx", [.. "PK\u0003\u0004"u8, .. new byte[40]] },   // a zip's signature over garbage
        { "doc", SampleFiles.Pdf },
        { "txt", SampleFiles.Executable },               // binary with NUL bytes
        { "txt", SampleFiles.Png },
        { "png", SampleFiles.Jpeg },
        { "jpg", SampleFiles.Gif },
        { "gif", SampleFiles.Text },
        { "pdf", [] },
    };

    [Theory]
    [MemberData(nameof(Impostors))]
    public void A_file_whose_content_is_not_what_its_extension_says_is_refused(string extension, byte[] content) =>
        Assert.False(FileTypes.Matches(extension, content));

    [Theory]
    [InlineData("exe")]
    [InlineData("zip")]
    [InlineData("csv")]
    [InlineData("html")]
    [InlineData("svg")]
    [InlineData("docm")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_extensions_are_not_allowed_whatever_the_content(string? extension)
    {
        Assert.False(FileTypes.IsAllowed(extension));
        if (extension is not null) Assert.False(FileTypes.Matches(extension, SampleFiles.Pdf));
    }

    [Fact]
    public void Every_allowed_kind_can_be_stored_and_served_with_its_content_type()
    {
        foreach (var extension in FileTypes.Extensions)
        {
            Assert.True(ExportNames.IsSafeName($"report.{extension}"), extension);
            Assert.NotEmpty(ExportNames.ContentTypeOf($"report.{extension}"));
        }
    }
}
