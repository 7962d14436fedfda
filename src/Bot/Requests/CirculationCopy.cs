using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.AspNetCore.WebUtilities;
using Languages = FocalBot.Domain.Shared.Languages;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace FocalBot.Bot.Requests;

/// What a national copy says about itself: the request (id and number), the state and language it was made for, its
/// number of answer areas, and the fingerprint of everything outside them.
public sealed record CopyIdentity(string RequestId, RequestNumber Number, StateCode State, Language Language, int Questions, string Fingerprint);

/// A received Word file read as a national copy.
public abstract record CopyReading
{
    private CopyReading() { }

    /// A Word document without a copy's identity: not ours (an attachment, perhaps).
    public sealed record NotACopy : CopyReading;

    /// Not a Word document that opens: damaged, or another kind of file named .docx.
    public sealed record Unreadable : CopyReading;

    /// A copy changed outside its answer areas, or whose areas were removed or renamed: its answers cannot be trusted.
    public sealed record Edited(CopyIdentity Identity) : CopyReading;

    /// A copy as the bot wrote it, with the text of each answer area (empty where left blank).
    public sealed record Filled(CopyIdentity Identity, IReadOnlyDictionary<QuestionNumber, string> Answers) : CopyReading;
}

/// The national copy's identity and answer areas. The identity sits in a custom XML part, which Word keeps as it is
/// when it saves; the fingerprint is a SHA-256 of the text outside the answer areas (headers, paragraphs, tables) and
/// of the areas' tags in order, read as text rather than XML, because Word rewrites the XML on every save (run splits,
/// revision ids) without changing a word. It tells an edit made by mistake, not a forgery: a forged copy can only
/// pre-fill the sender's own state's draft, which they may write anyway.
public static class CirculationCopy
{
    public const string Namespace = "urn:focalbot:national-copy:1";
    public const string TagPrefix = "focalbot-answer-";

    /// Parts larger than this are not read: a filled copy is tens of kilobytes, a zip bomb is not.
    const long MaxCharactersInPart = 20_000_000;

    public static string Tag(QuestionNumber question) => TagPrefix + question;

    public static CopyReading Read(byte[] content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (document.MainDocumentPart is not { Document.Body: { } body } main) return new CopyReading.Unreadable();
            if (Identity(main) is not { } identity) return new CopyReading.NotACopy();
            if (Fingerprint(identity, main) != identity.Fingerprint) return new CopyReading.Edited(identity);

            var areas = body.Descendants<SdtElement>().Select(s => (Number: AreaNumber(s), Area: s)).Where(a => a.Number is not null).ToList();
            var expected = Enumerable.Range(1, identity.Questions);
            if (!areas.Select(a => a.Number!.Value).SequenceEqual(expected)) return new CopyReading.Edited(identity);
            return new CopyReading.Filled(identity, areas.ToDictionary(a => new QuestionNumber(a.Number!.Value), a => AreaText(a.Area, identity.Language)));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException
                                      or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return new CopyReading.Unreadable();
        }
    }

    /// The fingerprint of the copy as it stands, bound to its identity (a copy moved to another state no longer matches).
    public static string Fingerprint(CopyIdentity identity, MainDocumentPart main)
    {
        var text = string.Join('\n', [
            "focalbot-national-copy-1", identity.RequestId, identity.Number.ToString(), identity.State.Value, identity.Language.Code(),
            identity.Questions.ToString(CultureInfo.InvariantCulture), .. Canonical(main)]);
        return WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// Writes the identity into the copy, as a custom XML part of the document.
    public static void AddIdentity(MainDocumentPart main, CopyIdentity identity)
    {
        var part = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
        XNamespace ns = Namespace;
        var xml = new XDocument(new XElement(ns + "copy",
            new XAttribute("request", identity.RequestId), new XAttribute("number", identity.Number.ToString()),
            new XAttribute("state", identity.State.Value), new XAttribute("language", identity.Language.Code()),
            new XAttribute("questions", identity.Questions.ToString(CultureInfo.InvariantCulture)), new XAttribute("fingerprint", identity.Fingerprint)));
        using (var stream = part.GetStream(FileMode.Create, FileAccess.Write)) xml.Save(stream);
        // Word names each custom XML part with a data store id; without one it may drop the part when it saves.
        var properties = part.AddNewPart<CustomXmlPropertiesPart>();
        properties.DataStoreItem = new DocumentFormat.OpenXml.CustomXmlDataProperties.DataStoreItem
        {
            ItemId = "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}",
            SchemaReferences = new DocumentFormat.OpenXml.CustomXmlDataProperties.SchemaReferences(
                new DocumentFormat.OpenXml.CustomXmlDataProperties.SchemaReference { Uri = Namespace }),
        };
    }

    /// The identity, null when the document has none; a part of ours that does not parse reads as a copy with a wrong
    /// fingerprint (an empty one), so it is refused as edited rather than passed on as any document.
    static CopyIdentity? Identity(MainDocumentPart main)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 100_000 };
        foreach (var part in main.CustomXmlParts)
        {
            XElement root;
            using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
            using (var reader = XmlReader.Create(stream, settings))
            {
                try { root = XDocument.Load(reader).Root!; }
                catch (XmlException) { continue; }
            }
            if (root.Name.NamespaceName != Namespace || root.Name.LocalName != "copy") continue;
            string A(string name) => (string?)root.Attribute(name) ?? "";
            return RequestNumber.TryParse(A("number"), out var number) && StateCode.TryParse(A("state"), out var state)
                   && Languages.Parse(A("language")) is { } language
                   && int.TryParse(A("questions"), NumberStyles.None, CultureInfo.InvariantCulture, out var questions) && questions is > 0 and <= 100
                   && A("request").Length > 0
                ? new CopyIdentity(A("request"), number, state, language, questions, A("fingerprint"))
                : new CopyIdentity(A("request"), default, StateCode.Parse("?"), Language.En, 0, "");
        }
        return null;
    }

    /// The copy's text outside the answer areas, one line per non-empty paragraph, and each area as its tag: headers
    /// first (sorted, as Word may reorder its header parts), then the body in order.
    static IEnumerable<string> Canonical(MainDocumentPart main)
    {
        var headers = main.HeaderParts.Select(h => h.Header).OfType<Header>()
            .SelectMany(h => h.Descendants<Paragraph>()).Select(ParagraphText).Where(t => t.Length > 0).Order(StringComparer.Ordinal);
        var body = new List<string>();
        if (main.Document?.Body is { } b) Walk(b, body);
        return [.. headers.Select(h => "H " + h), .. body];
    }

    static void Walk(OpenXmlElement element, List<string> lines)
    {
        foreach (var child in element.ChildElements)
        {
            if (child is SdtElement sdt && AreaNumber(sdt) is { } n) lines.Add("A " + n.ToString(CultureInfo.InvariantCulture));
            else if (child is Paragraph p && ParagraphText(p) is { Length: > 0 } text) lines.Add("P " + text);
            else if (child is not Paragraph) Walk(child, lines);
        }
    }

    /// The number of an answer area (a content control tagged by the bot), or null for any other element.
    static int? AreaNumber(SdtElement sdt) =>
        sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value is { } tag && tag.StartsWith(TagPrefix, StringComparison.Ordinal)
        && int.TryParse(tag.AsSpan(TagPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    /// An answer area's text: its paragraphs as lines, literally; nothing while Word shows the placeholder.
    static string AreaText(SdtElement area, Language language)
    {
        if (area.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is not null) return "";
        var content = area.ChildElements.FirstOrDefault(e => e is SdtContentBlock or SdtContentRun or SdtContentCell);
        var text = content is null ? "" : string.Join('\n', content.Descendants<Paragraph>().Select(p => ParagraphText(p, trim: false)));
        // An editor that drops the placeholder flag keeps its text: that is still an empty area.
        var number = AreaNumber(area)!.Value;
        return text.Trim() == RequestTexts.AnswerAreaPlaceholder.Format(language, number) ? "" : text;
    }

    /// A paragraph's text as typed: tabs and line breaks kept; deleted revisions left out, inserted ones in.
    static string ParagraphText(Paragraph paragraph) => ParagraphText(paragraph, trim: true);

    static string ParagraphText(Paragraph paragraph, bool trim)
    {
        var text = string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => "\t",
            Break or CarriageReturn => "\n",
            NoBreakHyphen => "\u2011",
            _ => "",
        }));
        return trim ? text.Trim() : text;
    }
}
