using System.Globalization;
using System.Text;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Members;

/// What is wrong with a members CSV file or one of its rows; the bot turns each into a sentence.
public enum CsvProblem
{
    // The whole file: nothing is imported.
    Empty,
    HeaderMissing,
    ColumnUnknown,
    ColumnMissing,
    ColumnTwice,
    TooManyRows,
    QuoteNotClosed,

    // One row: that row is refused, the others go on.
    FieldCount,
    RoleUnknown,
    LeadUnknown,
    LanguageUnknown,
    IdentityIncomplete,
}

/// One problem, with the value it is about when that helps (a column name, a cell, a count).
public sealed record CsvIssue(CsvProblem Problem, string? Value = null);

/// One data row. Null means the column is absent or the cell empty: the directory's value is kept.
public sealed record MemberCsvRow(
    int Row,
    string? Name,
    MemberRole? Role,
    StateCode? State,
    bool? Lead,
    string? Organisation,
    string? Title,
    string? Email,
    string? Phone,
    Language? Language,
    string? AadObjectId,
    string? TenantId,
    IReadOnlyList<CsvIssue> Issues);

/// A parsed file: its problems (any of them stops the whole import) and its rows.
public sealed record MemberCsvFile(IReadOnlyList<CsvIssue> Issues, IReadOnlyList<MemberCsvRow> Rows)
{
    public bool IsReadable => Issues.Count == 0;
}

/// The members CSV the office imports: UTF-8 (a BOM is fine), comma- or semicolon-separated (whichever the header uses),
/// fields quoted with " when they hold the separator, a quote or a line break. The first row names the columns, in any
/// order and case; name and role are required, and email or aadObjectId to find people again.
public static class MemberCsv
{
    /// The columns, as the header names them.
    public static readonly IReadOnlyList<string> Columns =
        ["name", "role", "state", "lead", "organisation", "title", "email", "phone", "language", "aadObjectId", "tenantId"];

    public const int MaxRows = 500;

    static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["organization"] = "organisation", ["mail"] = "email", ["entraobjectid"] = "aadobjectid", ["objectid"] = "aadobjectid",
    };

    public static MemberCsvFile Parse(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) return Refused(new CsvIssue(CsvProblem.Empty));

        var delimiter = Delimiter(text);
        var (records, unclosed) = Records(text, delimiter);
        if (unclosed is { } row) return Refused(new CsvIssue(CsvProblem.QuoteNotClosed, row.ToString(CultureInfo.InvariantCulture)));

        var first = records.FindIndex(r => r.Fields.Any(f => f.Length > 0));
        if (first < 0) return Refused(new CsvIssue(CsvProblem.Empty));
        var headerFields = records[first].Fields;
        records = records[(first + 1)..];
        var header = headerFields.Select(Key).ToList();
        var known = Columns.Select(c => c.ToLowerInvariant()).ToHashSet();
        if (!header.Any(known.Contains)) return Refused(new CsvIssue(CsvProblem.HeaderMissing));

        var issues = new List<CsvIssue>();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0 && records.All(r => i >= r.Fields.Count || r.Fields[i].Length == 0)) continue;   // a trailing separator
            if (!known.Contains(header[i])) issues.Add(new CsvIssue(CsvProblem.ColumnUnknown, headerFields[i]));
            else if (header.IndexOf(header[i]) != i) issues.Add(new CsvIssue(CsvProblem.ColumnTwice, headerFields[i]));
        }
        foreach (var required in new[] { "name", "role" })
            if (!header.Contains(required)) issues.Add(new CsvIssue(CsvProblem.ColumnMissing, required));
        if (!header.Contains("email") && !header.Contains("aadobjectid")) issues.Add(new CsvIssue(CsvProblem.ColumnMissing, "email"));

        var data = records.Where(r => r.Fields.Any(f => f.Length > 0)).ToList();
        if (data.Count > MaxRows) issues.Add(new CsvIssue(CsvProblem.TooManyRows, MaxRows.ToString(CultureInfo.InvariantCulture)));
        if (issues.Count > 0) return Refused([.. issues]);

        var columns = header.Select((name, index) => (name, index)).Where(c => c.name.Length > 0).ToDictionary(c => c.name, c => c.index);
        return new MemberCsvFile([], data.Select(r => Row(r.Row, r.Fields, columns, header.Count)).ToList());
    }

    static MemberCsvFile Refused(params CsvIssue[] issues) => new(issues, []);

    static MemberCsvRow Row(int row, IReadOnlyList<string> fields, Dictionary<string, int> columns, int width)
    {
        var issues = new List<CsvIssue>();
        // Spreadsheets drop trailing empty cells; more cells than columns, though, means a shifted row.
        var filled = fields.Count;
        while (filled > width && fields[filled - 1].Length == 0) filled--;
        if (filled > width) issues.Add(new CsvIssue(CsvProblem.FieldCount, $"{fields.Count}/{width}"));

        string? Cell(string column) =>
            columns.TryGetValue(column, out var i) && i < fields.Count && fields[i].Length > 0 ? fields[i] : null;

        var roleText = Cell("role");
        MemberRole? role = roleText is null ? null : ParseRole(roleText);
        if (roleText is not null && role is null) issues.Add(new CsvIssue(CsvProblem.RoleUnknown, roleText));

        var leadText = Cell("lead");
        bool? lead = leadText is null ? null : ParseYesNo(leadText);
        if (leadText is not null && lead is null) issues.Add(new CsvIssue(CsvProblem.LeadUnknown, leadText));

        var languageText = Cell("language");
        Language? language = languageText is null ? null : ParseLanguage(languageText);
        if (languageText is not null && language is null) issues.Add(new CsvIssue(CsvProblem.LanguageUnknown, languageText));

        var stateText = Cell("state");
        var state = stateText is null ? null : FindState(stateText)?.Code ?? StateCode.ParseOptional(stateText);

        var aad = Cell("aadobjectid");
        var tenant = Cell("tenantid");
        if (aad is null && tenant is not null) issues.Add(new CsvIssue(CsvProblem.IdentityIncomplete));

        return new MemberCsvRow(row, Cell("name"), role, state, lead, Cell("organisation"), Cell("title"), Cell("email"), Cell("phone"),
            language, aad, tenant, issues);
    }

    /// Role names in English or French, as people type them: "focal point", "Point de contact", "office", "secrétariat"…
    public static MemberRole? ParseRole(string text) => Fold(text) switch
    {
        "focalpoint" or "fp" or "pointdecontact" or "pointfocal" => MemberRole.FocalPoint,
        "office" or "srsgoffice" or "secretariat" or "bureau" => MemberRole.Office,
        "expert" or "experte" or "invitedexpert" or "expertinvite" or "experteinvitee" => MemberRole.Expert,
        _ => null,
    };

    static bool? ParseYesNo(string text) => Fold(text) switch
    {
        "yes" or "y" or "true" or "1" or "x" or "oui" or "o" or "vrai" or "lead" => true,
        "no" or "n" or "false" or "0" or "non" or "faux" => false,
        _ => null,
    };

    static Language? ParseLanguage(string text) => Fold(text) switch
    {
        "en" or "english" or "anglais" => Language.En,
        "fr" or "french" or "francais" => Language.Fr,
        _ => null,
    };

    /// A member state by ISO code or by its English or French name, without case or accents.
    public static MemberState? FindState(string text) =>
        MemberStates.Find(text) ?? MemberStates.All.FirstOrDefault(s => Fold(s.NameEn) == Fold(text) || Fold(s.NameFr) == Fold(text));

    static string Key(string header)
    {
        var key = Fold(header);
        return Aliases.GetValueOrDefault(key, key);
    }

    /// Lower case, no accents, no spaces, dashes, underscores or dots: "E-mail" → "email", "Secrétariat" → "secretariat".
    static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not (' ' or '-' or '_' or '.' or '\u00A0' or '\'' or '’'))
                folded.Append(c);
        return folded.ToString();
    }

    /// The separator the header row uses: semicolons (as French spreadsheets write CSV) or commas.
    static char Delimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// RFC 4180 records: quoted fields may hold the separator, "" for a quote, and line breaks. Each record keeps the
    /// number of its first line as a spreadsheet counts rows (a record with a line break in it still counts once).
    static (List<(int Row, List<string> Fields)> Records, int? UnclosedAt) Records(string text, char delimiter)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var row = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.ToString().Trim().Length == 0) { field.Clear(); quoted = true; }
            else if (c == delimiter) { fields.Add(field.ToString().Trim()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString().Trim());
                field.Clear();
                records.Add((row++, fields));
                fields = [];
            }
            else field.Append(c);
        }
        if (quoted) return (records, row);
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().Trim());
            records.Add((row, fields));
        }
        return (records, null);
    }
}
