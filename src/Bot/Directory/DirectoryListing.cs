using System.Globalization;
using System.Text;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.MemberDirectory;

/// Where a member is listed: the office first, then one group per member state, then the invited experts.
public enum GroupKind { Office, State, NoState, Experts }

/// One heading of the directory and its members, in the order shown.
public sealed record DirectoryGroup(GroupKind Kind, StateCode? StateCode, IReadOnlyList<Member> Members);

/// One page of the directory as a viewer sees it: the search, the groups on this page, and where the page sits.
public sealed record DirectoryPage(string Query, int Total, int Page, int PageCount, IReadOnlyList<DirectoryGroup> Groups)
{
    public bool HasPrevious => Page > 0;
    public bool HasNext => Page < PageCount - 1;
}

/// The directory's order and search: active members only, grouped and sorted by the viewer's language, found by name,
/// organisation, state code or state name in either language, whatever the case and accents.
public static class DirectoryListing
{
    /// Members per card: 20 lines stay under Teams' message size budget even with the longest names and organisations
    /// the details rules allow (DirectoryListingTests checks it).
    public const int PageSize = 20;

    public static DirectoryPage Build(IEnumerable<Member> everyone, string? query, int page, Language language, int pageSize = PageSize)
    {
        var search = (query ?? "").Trim();
        var terms = Terms(search);
        var found = everyone.Where(m => m.IsActive && Matches(m, terms)).ToList();
        var ordered = Grouped(found, language).SelectMany(g => g.Members.Select(m => (Group: g, Member: m))).ToList();

        var pageCount = Math.Max(1, (ordered.Count + pageSize - 1) / pageSize);
        var current = Math.Clamp(page, 0, pageCount - 1);
        var groups = ordered.Skip(current * pageSize).Take(pageSize)
            .GroupBy(x => x.Group)
            .Select(g => g.Key with { Members = g.Select(x => x.Member).ToList() })
            .ToList();
        return new DirectoryPage(search, found.Count, current, pageCount, groups);
    }

    /// Office, then states by their name in the viewer's language, then members without a state, then experts.
    /// Within a state the lead comes first; otherwise by name.
    public static IReadOnlyList<DirectoryGroup> Grouped(IEnumerable<Member> members, Language language)
    {
        var names = Comparer(language);
        var list = members.ToList();
        var groups = new List<DirectoryGroup>();

        var office = list.Where(m => m.Role == MemberRole.Office).OrderBy(m => m.DisplayName, names).ToList();
        if (office.Count > 0) groups.Add(new DirectoryGroup(GroupKind.Office, null, office));

        var focalPoints = list.Where(m => m.Role == MemberRole.FocalPoint).ToList();
        groups.AddRange(focalPoints
            .Where(m => m.StateCode is not null)
            .GroupBy(m => m.StateCode!)
            .OrderBy(g => MemberStates.NameIn(g.Key, language), names)
            .Select(g => new DirectoryGroup(GroupKind.State, g.Key,
                g.OrderByDescending(m => m.IsLead).ThenBy(m => m.DisplayName, names).ToList())));

        var stateless = focalPoints.Where(m => m.StateCode is null).OrderBy(m => m.DisplayName, names).ToList();
        if (stateless.Count > 0) groups.Add(new DirectoryGroup(GroupKind.NoState, null, stateless));

        var experts = list.Where(m => m.Role == MemberRole.Expert).OrderBy(m => m.DisplayName, names).ToList();
        if (experts.Count > 0) groups.Add(new DirectoryGroup(GroupKind.Experts, null, experts));
        return groups;
    }

    /// The state's name in the language, or its code when it is not a Council of Europe member state.

    /// Every word of the search must be found: in the name, organisation or state names (anywhere). A state code
    /// ("de", "it") finds that state's members only, or it would also find every "de" and "it" inside words.
    public static bool Matches(Member member, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0) return true;
        var state = MemberStates.Find(member.StateCode);
        var haystack = Fold(string.Join(" | ", member.DisplayName, member.Organisation, state?.NameEn, state?.NameFr));
        return terms.All(t => MemberStates.Find(t) is { } named ? named.Code == member.StateCode : haystack.Contains(t, StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> Terms(string? query) =>
        Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// Letters that are not a base letter plus an accent, so Unicode decomposition leaves them as they are.
    static readonly Dictionary<char, string> Plain = new()
    {
        ['ı'] = "i", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe",
    };

    /// Lower case without accents, so "elise" finds "Élise", "turkiye" "Türkiye" and "yilmaz" "Yılmaz"; typographic
    /// apostrophes and dashes become plain ones, as people type them.
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    continue;
                case UnicodeCategory.DashPunctuation:
                    folded.Append('-');
                    break;
                default:
                    var lower = char.ToLowerInvariant(c);
                    if (Plain.TryGetValue(lower, out var plain)) folded.Append(plain);
                    else folded.Append(lower is '’' or '‘' ? '\'' : char.IsWhiteSpace(lower) ? ' ' : lower);
                    break;
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    static StringComparer Comparer(Language language) =>
        StringComparer.Create(Text.Culture(language), CompareOptions.IgnoreCase);
}
