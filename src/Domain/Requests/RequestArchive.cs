using System.Globalization;
using System.Text;
using FocalBot.Domain.Members;

namespace FocalBot.Domain.Requests;

/// Which past requests a search asks for: words (all of them must appear, in either language, accents and case aside),
/// the year it was sent, the thematic group it was addressed to, open or closed. Empty parts do not filter.
public sealed record ArchiveQuery(string Words = "", int? Year = null, string? GroupId = null, RequestStatus? Status = null)
{
    /// The words of a typed command ("archive frontex 2025"): a four-digit year from 2000 on is taken as the year.
    public static ArchiveQuery Parse(string text)
    {
        var words = new List<string>();
        int? year = null;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (year is null && word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 2000) year = y;
            else words.Add(word);
        }
        return new ArchiveQuery(string.Join(' ', words), year);
    }

    public bool IsEmpty => Words.Length == 0 && Year is null && GroupId is null && Status is null;
}

/// The archive of the network's requests: every request sent (open or closed), searchable by the words of its title,
/// background and questions in both languages. Each member sees the requests they may see (every member sees what was
/// sent to the network); what they may open in it (compilation, their state's answer) is decided by CompilationAccess
/// and Answering.
public static class RequestArchive
{
    /// The requests that match, newest first.
    public static IReadOnlyList<InformationRequest> Search(IEnumerable<InformationRequest> requests, ArchiveQuery query)
    {
        var words = Words(query.Words);
        return requests
            .Where(r => r is { Number: not null, Status: RequestStatus.Sent or RequestStatus.Closed })
            .Where(r => query.Year is not { } y || r.Number!.Value.Year == y)
            .Where(r => query.GroupId is null || r.Audience.GroupId == query.GroupId)
            .Where(r => query.Status is not { } s || r.Status == s)
            .Where(r => words.Count == 0 || Matches(r, words))
            .OrderByDescending(r => r.Number!.Value)
            .ToList();
    }

    /// The years requests were sent in, newest first: the choices of the search form.
    public static IReadOnlyList<int> Years(IEnumerable<InformationRequest> requests) =>
        requests.Where(r => r.Number is not null).Select(r => r.Number!.Value.Year).Distinct().OrderDescending().ToList();

    static bool Matches(InformationRequest request, IReadOnlyList<string> words)
    {
        var text = Fold(string.Join('\n', Searchable(request)));
        return words.All(w => text.Contains(w, StringComparison.Ordinal));
    }

    static IEnumerable<string?> Searchable(InformationRequest r)
    {
        yield return r.Number!.Value.ToString();
        yield return r.Title;
        yield return r.TitleTranslation;
        yield return r.Background;
        yield return r.BackgroundTranslation;
        foreach (var q in r.Questions)
        {
            yield return q.Text;
            yield return q.Translation;
        }
    }

    static List<string> Words(string text) =>
        [.. Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct()];

    /// Lower case without accents, typographic apostrophes as plain ones and ligatures spelt out: "Éducation" finds
    /// "education", "l’État" finds "l'etat", "œuvre" finds "oeuvre".
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c is '’' or '‘' or 'ʼ' ? '\'' : char.ToLowerInvariant(c));
        }
        return folded.Replace("œ", "oe").Replace("æ", "ae").ToString();
    }
}
