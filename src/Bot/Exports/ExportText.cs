using System.Text;
using System.Xml;

namespace FocalBot.Bot.Exports;

/// Text typed by people (answers, names, titles) on its way into a Word or Excel file.
public static class ExportText
{
    /// Characters XML cannot hold (control characters other than tab and line ends, lone surrogates) become U+FFFD:
    /// one pasted by accident must not stop the whole file.
    public static string XmlSafe(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c)) clean?.Append(c);
            else (clean ??= new StringBuilder(text.Length).Append(text, 0, i)).Append('\uFFFD');
        }
        return clean?.ToString() ?? text;
    }

    /// Lines as typed, whatever their line ends.
    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
