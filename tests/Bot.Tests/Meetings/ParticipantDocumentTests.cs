using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Meetings;

public sealed class ParticipantDocumentTests
{
    static byte[] Write(Language language, Meeting? meeting = null, IReadOnlyList<ParticipantRow>? rows = null)
    {
        var file = ParticipantDocument.Write(meeting ?? AParticipantList.Meeting(), rows ?? AParticipantList.Rows(), AParticipantList.Everyone(), AParticipantList.DrawnUpOn, language);
        Assert.Equal(DocumentWriter.ContentType, file.ContentType);
        return file.Content;
    }

    /// The table's rows as cell texts, the header first.
    static List<string[]> Table(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<W.Table>());
        return table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
    }

    [Fact]
    public void The_English_list_opens_with_the_title_dates_place_and_day_it_was_drawn_up_and_ends_with_the_counts()
    {
        var paragraphs = Paragraphs(Write(Language.En));

        Assert.Equal(
        [
            new("Title", "Thematic session on return", false),
            new("Subtitle", "List of participants", false),
            new(null, "Dates: 11 May 2026 to 12 May 2026", false),
            new(null, "Place: Palais de l'Europe, Strasbourg", false),
            new(null, "List drawn up on 4 May 2026", false),
            new(null, AParticipantList.EnglishCount, false),
        ], paragraphs);
    }

    [Fact]
    public void The_French_list_is_worded_in_French_with_French_typography()
    {
        var docx = Write(Language.Fr);
        var paragraphs = Paragraphs(docx);

        Assert.Equal(
        [
            "Session thématique sur le retour", "Liste des participants", "Dates\u00a0: du 11 mai 2026 au 12 mai 2026",
            "Lieu\u00a0: Palais de l'Europe, Strasbourg", "Liste établie le 4 mai 2026", AParticipantList.FrenchCount,
        ], paragraphs.Select(p => p.Text));
        Assert.Equal(AParticipantList.FrenchHeader, Table(docx)[0]);
        var everything = string.Join("\n", paragraphs.Select(p => p.Text).Concat(Table(docx).SelectMany(r => r)));
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(everything));
    }

    [Fact]
    public void Each_participant_has_a_row_by_country_then_name_with_substitutes_named_and_externals_last_and_marked()
    {
        var english = Table(Write(Language.En));
        var french = Table(Write(Language.Fr));

        Assert.Equal(AParticipantList.EnglishHeader, english[0]);
        Assert.Equal(AParticipantList.English, english.Skip(1));
        Assert.Equal(AParticipantList.French, french.Skip(1));
    }

    [Fact]
    public void Members_not_attending_or_not_answering_are_left_out_and_no_e_mail_address_is_in_any_part()
    {
        var docx = Write(Language.En);

        var parts = string.Join("\n", Parts(docx).Values);
        Assert.DoesNotContain("Piet de Vries", parts);
        Assert.DoesNotContain("Lena Berg", parts);
        Assert.All(AParticipantList.Emails(), email => Assert.DoesNotContain(email, parts, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_header_row_repeats_on_each_page_and_no_row_breaks_across_pages()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Language.En)), false);
        var rows = document.MainDocumentPart!.Document!.Descendants<W.TableRow>().ToList();

        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<W.TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<W.CantSplit>()));
        var page = document.MainDocumentPart.Document.Body!.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!;
        Assert.Equal(W.PageOrientationValues.Landscape, page.Orient!.Value);
    }

    [Fact]
    public void Markdown_and_HTML_in_names_and_titles_are_shown_as_typed()
    {
        var docx = Write(Language.En);

        Assert.Contains(Table(docx), row => row[0] == AParticipantList.ExternalWithMarkup && row[2] == AParticipantList.TitleWithMarkup);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(document.MainDocumentPart!.Document!.Descendants<W.Hyperlink>());
        Assert.Empty(document.MainDocumentPart.HyperlinkRelationships);
        Assert.DoesNotContain(document.MainDocumentPart.Document.Descendants<W.Run>(), r => r.RunProperties?.Bold is not null && r.InnerText.Contains("Dr"));
        Assert.DoesNotContain(document.MainDocumentPart.Document.Descendants<W.Run>(), r => r.RunProperties?.Italic is not null);
    }

    [Fact]
    public void A_one_day_meeting_held_online_says_so()
    {
        var meeting = AParticipantList.Meeting() with { ClosingDay = new(2026, 5, 11), Place = null, OnlineLink = "https://teams.example/meet" };

        var english = Paragraphs(Write(Language.En, meeting)).Select(p => p.Text).ToList();
        var french = Paragraphs(Write(Language.Fr, meeting)).Select(p => p.Text).ToList();

        Assert.Equal(["Date: 11 May 2026", "Held online"], english[2..4]);
        Assert.Equal(["Date\u00a0: 11 mai 2026", "Réunion en ligne"], french[2..4]);
        Assert.DoesNotContain(english, t => t.Contains("teams.example"));
    }

    [Fact]
    public void Without_participants_the_list_has_its_header_and_counts_zero()
    {
        var docx = Write(Language.En, rows: []);

        Assert.Single(Table(docx));
        Assert.Equal("Participants: 0 (in person: 0, online: 0, substitutes: 0, external: 0)", Paragraphs(docx)[^1].Text);
    }

    [Fact]
    public void A_substitute_for_a_member_missing_from_the_directory_reads_substitute()
    {
        var rows = AParticipantList.Rows();

        var file = ParticipantDocument.Write(AParticipantList.Meeting(), rows, AParticipantList.Everyone().Where(m => m.Id != "m-jonas"), AParticipantList.DrawnUpOn, Language.En);

        Assert.Contains(Table(file.Content), row => row[0] == "Karl Richter" && row[4] == "Substitute");
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void The_document_is_valid_Office_Open_XML(Language language)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(language)), false);

        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_replaced_and_the_document_stays_valid()
    {
        var meeting = AParticipantList.Meeting() with { Title = BilingualText.Of("Return\u0001 session") };
        var rows = AParticipantList.Rows().Select(r => r.Kind == ParticipantKind.External ? r with { Name = "Form feed\f and a lone \ud800 surrogate" } : r).ToList();

        var docx = Write(Language.En, meeting, rows);

        Assert.Equal("Return\ufffd session", Paragraphs(docx)[0].Text);
        Assert.Contains(Table(docx), row => row[0] == "Form feed\ufffd and a lone \ufffd surrogate");
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void Title_language_and_creator_are_the_only_properties()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Language.Fr)), false);

        Assert.Equal("Session thématique sur le retour", document.PackageProperties.Title);
        Assert.Equal("FocalBot", document.PackageProperties.Creator);
        Assert.Equal("fr-FR", document.PackageProperties.Language);
        Assert.Null(document.PackageProperties.LastModifiedBy);
    }

    [Fact]
    public void The_file_is_named_by_opening_day_and_language_never_by_title()
    {
        var meeting = AParticipantList.Meeting();

        Assert.Equal("Participants 2026-05-11 (EN).docx", ParticipantDocument.Write(meeting, [], [], AParticipantList.DrawnUpOn, Language.En).Name);
        Assert.Equal("Participants 2026-05-11 (FR).docx", ParticipantDocument.Write(meeting, [], [], AParticipantList.DrawnUpOn, Language.Fr).Name);
    }
}
