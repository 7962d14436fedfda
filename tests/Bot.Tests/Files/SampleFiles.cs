using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Files;

/// Small real files of each kind members may send, made the way their programs make them, and a few impostors.
public static class SampleFiles
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0];
    public static readonly byte[] Gif = Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000");
    public static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    public static readonly byte[] Text = Encoding.UTF8.GetBytes("Loi n° 2024-42 du 26 janvier 2024\r\n\tArticle 1er\u00a0: …\n");
    public static readonly byte[] Latin1Text = Encoding.Latin1.GetBytes("Réponse de la France\r\n");
    public static readonly byte[] Utf16Text = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Réponse\r\n")];
    public static readonly byte[] Executable = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0];

    public static byte[] Docx(string text = "Circulaire du 3 mars 2026")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text(text)))));
        return stream.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData());
            workbook.Workbook = new S.Workbook(new S.Sheets(new S.Sheet { Name = "Données", SheetId = 1U, Id = workbook.GetIdOfPart(sheet) }));
        }
        return stream.ToArray();
    }

    /// An OpenDocument package: its "mimetype" entry first and stored, as the format asks, then the content.
    public static byte[] OpenDocument(string mediaType)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open(), new UTF8Encoding(false)))
                writer.Write(mediaType);
            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open()))
                writer.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        }
        return stream.ToArray();
    }

    public static byte[] Odt() => OpenDocument("application/vnd.oasis.opendocument.text");
    public static byte[] Ods() => OpenDocument("application/vnd.oasis.opendocument.spreadsheet");
    public static byte[] Odp() => OpenDocument("application/vnd.oasis.opendocument.presentation");
}
