using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Meetings;

/// The Word agenda in the layout of a report's annex: time | topic | speaker(s), a row naming each day of a meeting of
/// several days, the chair and documents under the topic. The sample plenary's version 2 is on 15 and 16 March 2027.
public sealed class AgendaAnnexTests
{
    static readonly Meeting Plenary = MeetingSamples.Plenary;

    static byte[] Write(Language language, Meeting? meeting = null)
    {
        var m = meeting ?? Plenary;
        var file = AgendaAnnex.Write(m, m.CurrentAgenda, language);
        Assert.Equal(DocumentWriter.ContentType, file.ContentType);
        return file.Content;
    }

    static List<string[]> Rows(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<W.Table>());
        return [.. table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => string.Join("\n", c.Elements<W.Paragraph>().Select(p => p.InnerText))).ToArray())];
    }

    [Fact]
    public void The_English_agenda_lists_each_day_then_its_items_with_time_topic_chair_documents_and_speakers()
    {
        var docx = Write(Language.En);

        Assert.Equal(
        [
            new("Title", "10th plenary meeting of the Network", false),
            new("Subtitle", "Agenda", false),
            new(null, "Dates: 15 March 2027 to 16 March 2027", false),
            new(null, "Place: Palais de l’Europe, Room 9, Strasbourg", false),
            new(null, "Version 2, issued on 20 January 2027", true),
        ], Paragraphs(docx).Take(5));
        Assert.Equal(
        [
            ["Time", "Topic", "Speaker(s)"],
            ["Monday 15 March 2027"],
            ["09:30–10:15", "1. Opening\nChair: Sophie Laurent", ""],
            ["10:15–12:30", "2. Mineurs non accompagnés\nChair: Élise Moreau (France)\nAge assessment: **practice** note (https://coe.example/docs/age-assessment.pdf)",
             "Jonas Weber (Germany)\nDr Lena **Berg**, UNHCR"],
            ["Tuesday 16 March 2027"],
            ["09:30–12:00", "3. Return policies\nDraft recommendations (https://coe.example/docs/returns.docx)\nQuestionnaire 2026/07 (https://coe.example/docs/2026-07.xlsx)"
                + "\nReturn statistics 2026 (Return statistics 2026.xlsx)", ""],   // a file sent to the bot: its name, no one's link
        ], Rows(docx));
    }

    [Fact]
    public void The_French_agenda_is_worded_in_French_with_French_typography()
    {
        var docx = Write(Language.Fr);
        var rows = Rows(docx);

        Assert.Equal(["Horaire", "Sujet", "Intervenant(s)"], rows[0]);
        Assert.Equal(["lundi 15 mars 2027"], rows[1]);
        Assert.Equal("09\u00a0h\u00a030–10\u00a0h\u00a015", rows[2][0]);
        Assert.Equal("1. Ouverture\nPrésidence\u00a0: Sophie Laurent", rows[2][1]);
        Assert.Equal("Jonas Weber (Allemagne)\nDr Lena **Berg**, UNHCR", rows[3][2]);
        var everything = string.Join("\n", Paragraphs(docx).Select(p => p.Text).Concat(rows.SelectMany(r => r)));
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(everything));
    }

    [Fact]
    public void A_one_day_meeting_has_no_day_rows_and_an_untimed_item_an_empty_time()
    {
        var oneDay = Plenary with
        {
            ClosingDay = Plenary.OpeningDay,
            AgendaVersions = [Plenary.AgendaVersions[0] with { Items = [.. Plenary.AgendaVersions[0].Items.Take(1), new AgendaItem("aob", BilingualText.Of("Any other business", "Divers"))] }],
        };

        Assert.Equal([["Time", "Topic", "Speaker(s)"], ["09:30–10:00", "1. Opening\nChair: Sophie Laurent", ""], ["", "2. Any other business", ""]], Rows(Write(Language.En, oneDay)));
        Assert.Contains(new Para(null, "Version 1, issued on 1 December 2026", true), Paragraphs(Write(Language.En, oneDay)));
    }

    [Fact]
    public void A_day_that_is_the_first_of_its_month_reads_1er_in_French_in_the_file_and_on_cards()
    {
        var moved = Plenary with { OpeningDay = new DateOnly(2027, 3, 31), ClosingDay = new DateOnly(2027, 4, 1) };

        var rows = Rows(Write(Language.Fr, moved));

        Assert.Equal(["mercredi 31 mars 2027"], rows[1]);
        Assert.Equal(["jeudi 1er avril 2027"], rows[4]);
        Assert.Equal(["Thursday 1 April 2027"], Rows(Write(Language.En, moved))[4]);
        var second = new AgendaTime(2, new TimeOnly(9, 30), new TimeOnly(12, 0));
        Assert.Equal("jeudi 1er avril, 09\u00a0h\u00a030–12\u00a0h\u00a000", AgendaView.Time(moved, second, Language.Fr));
        Assert.Equal("Thursday 1 April, 09:30–12:00", AgendaView.Time(moved, second, Language.En));
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void The_file_is_valid_office_open_xml(Language language)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(language)), false);

        Assert.Empty(ValidationErrors(document));
        Assert.Equal(AgendaTexts.FileName.Format(language, Plenary.OpeningDay, 2), AgendaAnnex.Write(Plenary, Plenary.CurrentAgenda, language).Name);
    }
}
