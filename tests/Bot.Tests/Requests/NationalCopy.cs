using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Requests;

/// Changes a national copy the way colleagues do in Word: writing in an answer area, or elsewhere.
static class NationalCopy
{
    /// The copy with each given area written: its placeholder gone, one paragraph per line (a "\t" a tab).
    public static byte[] Fill(byte[] docx, params (int Question, string Text)[] answers) => Edit(docx, main =>
    {
        foreach (var (question, text) in answers)
        {
            var area = Area(main, question);
            area.SdtProperties!.GetFirstChild<W.ShowingPlaceholder>()?.Remove();
            var content = area.GetFirstChild<W.SdtContentBlock>()!;
            var style = content.Descendants<W.ParagraphStyleId>().FirstOrDefault()?.Val?.Value;
            content.RemoveAllChildren();
            foreach (var line in text.Split('\n'))
            {
                var run = new W.Run();
                var parts = line.Split('\t');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0) run.Append(new W.TabChar());
                    run.Append(new W.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                }
                content.Append(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }), run));
            }
        }
    });

    /// The copy after `change` is made to its main document part, saved as Word would save it.
    public static byte[] Edit(byte[] docx, Action<MainDocumentPart> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            change(document.MainDocumentPart!);
            document.MainDocumentPart!.Document!.Save();
        }
        return stream.ToArray();
    }

    public static W.SdtBlock Area(MainDocumentPart main, int question) =>
        main.Document!.Body!.Descendants<W.SdtBlock>().Single(s => s.SdtProperties!.GetFirstChild<W.Tag>()!.Val == $"focalbot-answer-{question}");

    /// The body paragraph whose text is exactly `text`.
    public static W.Paragraph Paragraph(MainDocumentPart main, string text) =>
        main.Document!.Body!.Elements<W.Paragraph>().Single(p => p.InnerText == text);
}
