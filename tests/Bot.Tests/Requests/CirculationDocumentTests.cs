using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Requests;

/// The national copy as Word opens it: marked restricted, the request and its questions, an answer area per question,
/// and its identity; filled in and read back, and refused once changed outside its answer areas.
public sealed class CirculationDocumentTests
{
    static readonly InformationRequest Request = ACompilation.Request() with { Id = "r-77" };
    static readonly DateOnly NationalDeadline = new(2026, 3, 13);

    static byte[] Write(Language language = Language.En, string state = "FR", DateOnly? national = null, InformationRequest? request = null)
    {
        var file = CirculationDocument.Write(request ?? Request, state, language, national);
        Assert.Equal(DocumentWriter.ContentType, file.ContentType);
        Assert.True(ExportNames.IsSafeName(file.Name), file.Name);
        return file.Content;
    }

    static CopyReading.Filled Filled(byte[] docx) => Assert.IsType<CopyReading.Filled>(CirculationCopy.Read(docx));

    [Fact]
    public void The_English_copy_is_marked_in_header_and_on_top_and_holds_the_request_and_its_deadlines()
    {
        var docx = Write(national: NationalDeadline);
        var paragraphs = Paragraphs(docx);

        const string marking = "Restricted: circulated by the focal point of France for national consultation; not for publication";
        Assert.Equal(new Para("Marking", marking, false), paragraphs[0]);
        Assert.Equal(new Para("Title", "Reception of unaccompanied children", false), paragraphs[1]);
        Assert.Equal("Information request 2026/07", paragraphs[2].Text);
        Assert.Equal("Deadline of the network: 20 March 2026", paragraphs[3].Text);
        Assert.Equal("National deadline: please answer by 13 March 2026", paragraphs[4].Text);
        Assert.Equal(RequestTexts.CopyInstructions.En, paragraphs[5].Text);
        Assert.Equal(new Para("Heading1", "Background", false), paragraphs[6]);
        Assert.Equal("The SRSG is preparing the annual report.\nFigures for 2025 are enough.", paragraphs[7].Text);
        Assert.Equal(["1. How many arrived in 2025?", "2. Which authority is responsible?", "3. Any *good practice* to share?"],
            paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(marking, document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void Without_a_national_deadline_the_copy_gives_the_networks_only()
    {
        var paragraphs = Paragraphs(Write());

        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("National deadline"));
        Assert.Equal(RequestTexts.CopyInstructions.En, paragraphs[4].Text);
    }

    [Theory]
    [InlineData("FR", "de la France")]
    [InlineData("DE", "de l’Allemagne")]
    [InlineData("PT", "du Portugal")]
    [InlineData("NL", "des Pays-Bas")]
    [InlineData("MC", "de Monaco")]
    public void The_French_copy_names_the_state_with_its_article(string state, string ofState)
    {
        var request = Request with { Audience = Audience.Of(StateCode.Parse(state)) };

        var paragraphs = Paragraphs(Write(Language.Fr, state, NationalDeadline, request));

        Assert.Equal($"Diffusion restreinte\u00a0: diffusé par le point de contact {ofState} pour consultation nationale\u00a0; ne pas publier", paragraphs[0].Text);
        Assert.Equal("Accueil des enfants non accompagnés", paragraphs[1].Text);
        Assert.Equal("Date limite nationale\u00a0: merci de répondre d’ici le 13 mars 2026", paragraphs[4].Text);
        Assert.Contains("1. Combien sont arrivés en 2025\u00a0?", paragraphs.Select(p => p.Text));
        Assert.Contains("3. Any *good practice* to share?", paragraphs.Select(p => p.Text));   // no translation: the original
    }

    [Fact]
    public void Each_question_is_followed_by_a_locked_rich_text_area_tagged_by_question_with_its_placeholder()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Write(Language.Fr)), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        var areas = body.Elements<W.SdtBlock>().ToList();
        Assert.Equal(["focalbot-answer-1", "focalbot-answer-2", "focalbot-answer-3"], areas.Select(a => a.SdtProperties!.GetFirstChild<W.Tag>()!.Val!.Value));
        foreach (var (area, n) in areas.Select((a, i) => (a, i + 1)))
        {
            var properties = area.SdtProperties!;
            Assert.IsType<W.Paragraph>(area.PreviousSibling());
            Assert.Equal($"Réponse à la question {n}", properties.GetFirstChild<W.SdtAlias>()!.Val!.Value);
            Assert.Equal(W.LockingValues.SdtLocked, properties.GetFirstChild<W.Lock>()!.Val!.Value);
            Assert.NotNull(properties.GetFirstChild<W.ShowingPlaceholder>());
            Assert.Null(properties.GetFirstChild<W.SdtContentText>());   // rich text, not plain
            Assert.Equal($"Rédigez ici la réponse à la question {n}.", area.InnerText);
        }
    }

    [Fact]
    public void The_copy_keeps_its_identity_and_reads_back_empty()
    {
        var read = Filled(Write(Language.Fr, national: NationalDeadline));

        Assert.Equal(new CopyIdentity("r-77", new RequestNumber(2026, 7), "FR", Language.Fr, 3, read.Identity.Fingerprint), read.Identity);
        Assert.Equal(43, read.Identity.Fingerprint.Length);
        Assert.Equal([1, 2, 3], read.Answers.Keys.Select(q => q.Value));
        Assert.All(read.Answers.Values, text => Assert.Equal("", text));
        var identity = Parts(Write()).Single(p => p.Key.StartsWith("customXml/item", StringComparison.Ordinal) && !p.Key.Contains("Props")).Value;
        Assert.Contains(CirculationCopy.Namespace, identity);
        Assert.Contains("number=\"2026/07\"", identity);
    }

    [Fact]
    public void A_filled_copy_reads_back_each_areas_paragraphs_as_lines_literally()
    {
        var filled = NationalCopy.Fill(Write(), (1, "About 300.\nMostly in Calais: **bold** <b>stays</b>"), (3, "Column\tvalue"));

        var read = Filled(filled);

        Assert.Equal("About 300.\nMostly in Calais: **bold** <b>stays</b>", read.Answers[new QuestionNumber(1)]);
        Assert.Equal("", read.Answers[new QuestionNumber(2)]);
        Assert.Equal("Column\tvalue", read.Answers[new QuestionNumber(3)]);
    }

    [Fact]
    public void Word_saving_its_own_way_splitting_runs_and_adding_empty_paragraphs_changes_nothing()
    {
        var resaved = NationalCopy.Edit(NationalCopy.Fill(Write(), (2, "The prefect.")), main =>
        {
            var heading = NationalCopy.Paragraph(main, "1. How many arrived in 2025?");
            heading.RemoveAllChildren<W.Run>();
            heading.Append(new W.Run(new W.Text("1. How many ")), new W.BookmarkStart { Id = "0", Name = "_GoBack" }, new W.BookmarkEnd { Id = "0" },
                new W.Run(new W.Text("arrived in 2025?")));
            heading.RsidParagraphAddition = "00A1B2C3";
            main.Document!.Body!.InsertBefore(new W.Paragraph(), main.Document.Body.GetFirstChild<W.SectionProperties>());
        });

        Assert.Equal("The prefect.", Filled(resaved).Answers[new QuestionNumber(2)]);
    }

    [Fact]
    public void A_copy_changed_outside_its_answer_areas_is_refused()
    {
        var copy = NationalCopy.Fill(Write(), (1, "About 300."));

        Assert.IsType<CopyReading.Edited>(CirculationCopy.Read(NationalCopy.Edit(copy, main =>
            NationalCopy.Paragraph(main, "2. Which authority is responsible?").Descendants<W.Text>().First().Text = "2. Which ministry is responsible?")));
        Assert.IsType<CopyReading.Edited>(CirculationCopy.Read(NationalCopy.Edit(copy, main =>
            NationalCopy.Area(main, 1).InsertAfterSelf(new W.Paragraph(new W.Run(new W.Text("Typed below the box.")))))));
        Assert.IsType<CopyReading.Edited>(CirculationCopy.Read(NationalCopy.Edit(copy, main =>
            main.HeaderParts.Single().Header!.Descendants<W.Text>().First().Text = "Public")));
    }

    [Fact]
    public void A_copy_whose_answer_area_was_removed_or_retagged_is_refused()
    {
        var copy = Write();

        Assert.IsType<CopyReading.Edited>(CirculationCopy.Read(NationalCopy.Edit(copy, main =>
        {
            var area = NationalCopy.Area(main, 2);
            foreach (var p in area.GetFirstChild<W.SdtContentBlock>()!.Elements<W.Paragraph>().ToList()) area.InsertBeforeSelf(p.CloneNode(true));
            area.Remove();
        })));
        Assert.IsType<CopyReading.Edited>(CirculationCopy.Read(NationalCopy.Edit(copy, main =>
            NationalCopy.Area(main, 3).SdtProperties!.GetFirstChild<W.Tag>()!.Val = "focalbot-answer-4")));
        Assert.IsType<CopyReading.Edited>(CirculationCopy.Read(NationalCopy.Edit(copy, main =>
            NationalCopy.Area(main, 3).InsertAfterSelf(NationalCopy.Area(main, 3).CloneNode(true)))));
    }

    [Fact]
    public void A_copy_moved_to_another_state_no_longer_matches_its_fingerprint()
    {
        var moved = NationalCopy.Edit(Write(), main =>
        {
            var part = main.CustomXmlParts.Single();
            string xml;
            using (var reader = new StreamReader(part.GetStream())) xml = reader.ReadToEnd();
            using var writer = new StreamWriter(part.GetStream(FileMode.Create));
            writer.Write(xml.Replace("state=\"FR\"", "state=\"DE\""));
        });

        var edited = Assert.IsType<CopyReading.Edited>(CirculationCopy.Read(moved));
        Assert.Equal("DE", edited.Identity.State);
    }

    [Fact]
    public void A_garbage_docx_is_unreadable_and_a_word_document_without_identity_is_not_a_copy()
    {
        Assert.IsType<CopyReading.Unreadable>(CirculationCopy.Read("PK\u0003\u0004 not really a zip"u8.ToArray()));
        Assert.IsType<CopyReading.Unreadable>(CirculationCopy.Read([]));
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            using (var entry = new StreamWriter(archive.CreateEntry("hello.txt").Open())) entry.Write("hello");
        Assert.IsType<CopyReading.Unreadable>(CirculationCopy.Read(zip.ToArray()));

        var compilation = CompilationDocument.Write(Request, ACompilation.Of(Request), ACompilation.Requester, ACompilation.CompiledOn, Language.En);
        Assert.IsType<CopyReading.NotACopy>(CirculationCopy.Read(compilation.Content));
    }
}
