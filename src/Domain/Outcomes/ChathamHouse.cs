using System.Globalization;
using System.Text;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Outcomes;

/// A summary of a non-attributable agenda item that names people or states: the item, and what it names.
public sealed record AttributionWarning(string AgendaItemId, IReadOnlyList<string> Names);

/// The Chatham House Rule the network's reports follow by default: what was said is reported, not who said it. A
/// summary of an item the office did not mark attributable is checked, in both its languages, for the names of the
/// meeting's participants (full name, or family name alone) and of the member states (English or French). Case,
/// accents and apostrophes aside: "l'Allemagne" and "ALLEMAGNE" both name Germany. It warns; the office decides.
public static class ChathamHouse
{
    /// Every non-attributable summary that names someone, in the agenda's order. `participants`: the display names of
    /// those who took part (members, substitutes, external participants).
    public static IReadOnlyList<AttributionWarning> Check(SummaryReport report, Meeting meeting, IEnumerable<string> participants, Language reader)
    {
        var people = participants.ToList();
        return [.. SummaryReports.ByAgenda(report, meeting)
            .Where(x => x.Summary is { Attributable: false })
            .Select(x => new AttributionWarning(x.Item.Id, Named(x.Summary!.Text, people, reader)))
            .Where(w => w.Names.Count > 0)];
    }

    /// What the text names: participants as the list gives them, then member states in the reader's language, in the
    /// Council's order; each once.
    public static IReadOnlyList<string> Named(BilingualText text, IEnumerable<string> participants, Language reader)
    {
        var folded = $"{Fold(text.En)}\n{Fold(text.Fr)}";
        var named = new List<string>();
        foreach (var name in participants.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct())
            if (NeedlesOf(name).Any(n => Contains(folded, n))) named.Add(name);
        foreach (var state in MemberStates.All)
            if (Contains(folded, Fold(state.NameEn)) || Contains(folded, Fold(state.NameFr)))
                named.Add(reader == Language.Fr ? state.NameFr : state.NameEn);
        return named;
    }

    /// A person is named by their full name, or by their family name alone ("Ms Moreau said"): its last word, when it
    /// has at least three letters (a two-letter word would be found in ordinary text).
    static IEnumerable<string> NeedlesOf(string name)
    {
        var full = Fold(name);
        yield return full;
        var words = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[^1].Count(char.IsLetter) >= 3) yield return words[^1];
    }

    /// Found as whole words: neither preceded nor followed by a letter or digit ("Malta" is not in "Maltese").
    static bool Contains(string haystack, string needle)
    {
        if (needle.Length == 0) return false;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]);
            var end = at + needle.Length;
            var after = end == haystack.Length || !char.IsLetterOrDigit(haystack[end]);
            if (before && after) return true;
        }
        return false;
    }

    /// Upper case, accents dropped, every run of spaces one space, typographic apostrophes and dashes made plain.
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var plain = c switch { '\u2019' or '\u2018' or '\u02BC' => '\'', '\u2010' or '\u2011' or '\u2013' => '-', _ => c };
            if (char.IsWhiteSpace(plain)) { if (kept.Length > 0 && kept[^1] != ' ') kept.Append(' '); }
            else kept.Append(char.ToUpperInvariant(plain));
        }
        return kept.ToString().Trim();
    }
}
