using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Exports.DocumentWriter;
using W = FocalBot.Bot.Requests.CompilationLines;

namespace FocalBot.Bot.Requests;

/// The Word copy a focal point circulates nationally: marked restricted in the header and at the top, the request's
/// number, title, deadlines and background, then each numbered question followed by its answer area, a rich-text
/// content control tagged by question, locked against deletion, showing a placeholder until written in. Its identity
/// (CirculationCopy) lets the bot read it back. Texts in the copy's language, translated where the request has it.
public static class CirculationDocument
{
    public static ExportFile Write(InformationRequest request, StateCode state, Language language, DateOnly? nationalDeadline)
    {
        var number = request.Number ?? throw new InvalidOperationException("Only a sent request is circulated.");
        var title = W.Title(request, language);
        var marking = RequestTexts.CopyMarking.Format(language, RequestTexts.OfState(state, language));
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = CopyStyles(language);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("Marking", marking, bold: true));

            var body = Content(request, marking, title, language, nationalDeadline);
            var section = A4(landscape: false);
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            body.Append(section);
            main.Document = new Document(body);

            var identity = new CopyIdentity(request.Id, number, state, language, request.Questions.Count, "");
            CirculationCopy.AddIdentity(main, identity with { Fingerprint = CirculationCopy.Fingerprint(identity, main) });
            FileProperties.Set(package, title, language);
        }
        var name = RequestTexts.CopyFileName.Format(language, number.ToString().Replace('/', '-'), state.Value);
        return new ExportFile(name, ContentType, stream.ToArray());
    }

    static Body Content(InformationRequest request, string marking, string title, Language language, DateOnly? nationalDeadline)
    {
        var body = new Body();
        body.Append(Paragraph("Marking", marking, bold: true));
        body.Append(Paragraph("Title", title));
        body.Append(Paragraph("Subtitle", RequestTexts.RequestHeading.Format(language, request.Number)));
        body.Append(Paragraph(null, RequestTexts.CopyNetworkDeadline.Format(language, request.Deadline)));
        if (nationalDeadline is { } due) body.Append(Paragraph(null, RequestTexts.CopyNationalDeadline.Format(language, due), bold: true));
        body.Append(Paragraph(null, RequestTexts.CopyInstructions.In(language), italic: true));

        var background = W.Background(request, language);
        if (!string.IsNullOrWhiteSpace(background))
        {
            body.Append(Paragraph("Heading1", RequestTexts.BackgroundHeading.In(language)));
            body.Append(Paragraph(null, background));
        }
        body.Append(Paragraph("Heading1", RequestTexts.QuestionsHeading.In(language)));
        foreach (var question in request.QuestionNumbers)
        {
            body.Append(Paragraph("Heading2", CompilationTexts.Question.Format(language, question.Value, W.Question(request, question, language))));
            body.Append(AnswerArea(question, language));
        }
        return body;
    }

    /// A rich-text content control (no type element: rich text is the default), so colleagues may write paragraphs,
    /// lists and tables. "sdtLocked" keeps the control from being deleted while its content stays editable.
    static SdtBlock AnswerArea(QuestionNumber question, Language language)
    {
        var placeholder = new Run(
            new RunProperties(new RunStyle { Val = "PlaceholderText" }),
            new DocumentFormat.OpenXml.Wordprocessing.Text(RequestTexts.AnswerAreaPlaceholder.Format(language, question.Value)));
        return new SdtBlock(
            new SdtProperties(
                new SdtAlias { Val = RequestTexts.AnswerAreaName.Format(language, question.Value) },
                new Tag { Val = CirculationCopy.Tag(question) },
                new SdtId { Val = 1000 + question.Value },
                new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked },
                new ShowingPlaceholder()),
            new SdtContentBlock(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Answer" }), placeholder)));
    }

    static Styles CopyStyles(Language language)
    {
        var styles = Styles(language, fontSize: 22, after: 120, line: 264,
            ParagraphStyle("Title", "Title", size: 40, before: 0, after: 120, color: "1F3864", keepLines: true),
            ParagraphStyle("Subtitle", "Subtitle", size: 26, before: 0, after: 200, color: "44546A", keepLines: true),
            ParagraphStyle("Heading1", "heading 1", size: 28, before: 320, after: 120, color: "1F3864", outline: 0, keepLines: true),
            ParagraphStyle("Heading2", "heading 2", size: 24, before: 240, after: 80, color: "2F5496", outline: 1, keepLines: true),
            ParagraphStyle("Marking", "Marking", size: 20, before: 0, after: 160, color: "9C0006", keepLines: true));
        styles.Append(AnswerStyle(), PlaceholderStyle());
        return styles;
    }

    /// A boxed, lightly shaded paragraph: the answer area shows as a box to write in. Consecutive paragraphs with the
    /// same borders share one box, and Enter keeps the style, so an answer of several paragraphs stays in its box.
    static Style AnswerStyle()
    {
        static T Side<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Space = 4U, Color = "A6A6A6" };
        return new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = "Answer",
            StyleName = new StyleName { Val = "Answer" },
            BasedOn = new BasedOn { Val = "Normal" },
            NextParagraphStyle = new NextParagraphStyle { Val = "Answer" },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders(Side<TopBorder>(), Side<LeftBorder>(), Side<BottomBorder>(), Side<RightBorder>()),
                Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" },
                SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
                Indentation = new Indentation { Left = "113", Right = "113" },
            },
        };
    }

    /// Word's own "Placeholder Text" character style: the grey Word shows placeholders in.
    static Style PlaceholderStyle() => new()
    {
        Type = StyleValues.Character,
        StyleId = "PlaceholderText",
        StyleName = new StyleName { Val = "Placeholder Text" },
        UIPriority = new UIPriority { Val = 99 },
        SemiHidden = new SemiHidden(),
        StyleRunProperties = new StyleRunProperties { Color = new Color { Val = "808080" } },
    };
}
