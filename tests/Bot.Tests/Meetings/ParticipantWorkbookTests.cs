using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace FocalBot.Bot.Tests.Meetings;

public sealed class ParticipantWorkbookTests
{
    static byte[] Write(Language language, Meeting? meeting = null, IReadOnlyList<ParticipantRow>? rows = null)
    {
        var file = ParticipantWorkbook.Write(meeting ?? AParticipantList.Meeting(), rows ?? AParticipantList.Rows(), AParticipantList.Everyone(), AParticipantList.DrawnUpOn, language);
        Assert.Equal(WorkbookWriter.ContentType, file.ContentType);
        return file.Content;
    }

    [Fact]
    public void The_participants_sheet_has_a_header_and_one_row_per_participant_in_English()
    {
        var rows = Sheets(Write(Language.En))["Participants"];

        Assert.Equal(AParticipantList.EnglishHeader, rows[0]);
        Assert.Equal(AParticipantList.English, rows.Skip(1).Select(r => r.ToArray()));
    }

    [Fact]
    public void The_French_workbook_sorts_by_the_French_country_names_and_words_attendance_in_French()
    {
        var rows = Sheets(Write(Language.Fr))["Participants"];

        Assert.Equal(AParticipantList.FrenchHeader, rows[0]);
        Assert.Equal(AParticipantList.French, rows.Skip(1).Select(r => r.ToArray()));
    }

    [Fact]
    public void The_about_sheet_gives_the_meeting_and_the_counts()
    {
        var english = Sheets(Write(Language.En))["About"].Select(r => Assert.Single(r)).ToList();
        var french = Sheets(Write(Language.Fr))["À propos"].Select(r => Assert.Single(r)).ToList();

        Assert.Equal(
        [
            "Thematic session on return", "List of participants", "Dates: 11 May 2026 to 12 May 2026",
            "Place: Palais de l'Europe, Strasbourg", "List drawn up on 4 May 2026", AParticipantList.EnglishCount,
        ], english);
        Assert.Equal(AParticipantList.FrenchCount, french[^1]);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(string.Join("\n", french)));
    }

    [Fact]
    public void A_meeting_with_neither_place_nor_link_has_no_place_line()
    {
        var about = Sheets(Write(Language.En, AParticipantList.Meeting() with { Place = null, OnlineLink = null }))["About"];

        Assert.Equal(5, about.Count);
        Assert.DoesNotContain(about, r => r[0].StartsWith("Place") || r[0] == "Held online");
    }

    [Fact]
    public void The_header_is_frozen_and_every_cell_wraps_its_text()
    {
        var (pane, formats) = FirstSheetLayout(Write(Language.En));

        Assert.NotNull(pane);
        Assert.Equal(S.PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        Assert.Null(pane.HorizontalSplit);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.All(formats, f => Assert.True(f.Alignment?.WrapText?.Value));
        Assert.True(formats[0].ApplyFont?.Value);   // the bold header
    }

    [Fact]
    public void Markdown_HTML_and_no_e_mail_address()
    {
        var xlsx = Write(Language.En);

        Assert.Contains(Sheets(xlsx)["Participants"], r => r[0] == AParticipantList.ExternalWithMarkup && r[2] == AParticipantList.TitleWithMarkup);
        var parts = string.Join("\n", Parts(xlsx).Values);
        Assert.All(AParticipantList.Emails(), email => Assert.DoesNotContain(email, parts, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("hyperlink", parts, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void The_workbook_is_valid_Office_Open_XML(Language language)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(language)), false);

        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void An_empty_list_is_a_valid_workbook_with_its_header_and_zero_counts()
    {
        var xlsx = Write(Language.En, rows: []);

        Assert.Single(Sheets(xlsx)["Participants"]);
        Assert.Equal("Participants: 0 (in person: 0, online: 0, substitutes: 0, external: 0)", Sheets(xlsx)["About"][^1][0]);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void The_file_is_named_by_opening_day_and_language()
    {
        Assert.Equal("Participants 2026-05-11 (FR).xlsx", ParticipantWorkbook.Write(AParticipantList.Meeting(), [], [], AParticipantList.DrawnUpOn, Language.Fr).Name);
        Assert.Equal("Participants 2026-05-11 (EN).xlsx", ParticipantWorkbook.Write(AParticipantList.Meeting(), [], [], AParticipantList.DrawnUpOn, Language.En).Name);
    }
}
