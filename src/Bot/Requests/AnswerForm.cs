using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The answer card's fields as typed: per question a text, or a nil answer (with a date for "to follow").
public sealed record AnswerForm(int Version, Language Language, IReadOnlyDictionary<int, (string Text, string Nil, string By)> Fields)
{
    public const string VersionKey = "answerVersion";
    public const string LanguageKey = "answerLanguage";

    /// The nil choice that means "I answer in writing" (a choice needs a value).
    public const string Written = "Text";

    public static string TextKey(int n) => string.Create(CultureInfo.InvariantCulture, $"a{n}");

    public static string NilKey(int n) => string.Create(CultureInfo.InvariantCulture, $"nil{n}");

    public static string ByKey(int n) => string.Create(CultureInfo.InvariantCulture, $"by{n}");

    public static string OfficeOnlyKey(int n) => string.Create(CultureInfo.InvariantCulture, $"office{n}");

    /// The questions whose answer is marked for the office only (QuestionAnswer.OfficeOnly).
    public IReadOnlySet<int> OfficeOnly { get; init; } = new HashSet<int>();

    public static AnswerForm Of(StateAnswer? answer, Language language) => new(
        answer?.Version ?? 0,
        answer?.Language ?? language,
        (answer?.Answers ?? []).ToDictionary(a => a.Question.Value, a => (a.Text ?? "", a.Nil?.ToString() ?? Written,
            a.FollowsBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "")))
    {
        OfficeOnly = (answer?.Answers ?? []).Where(a => a.OfficeOnly).Select(a => a.Question.Value).ToHashSet(),
    };

    public static AnswerForm From(JsonObject data, InformationRequest request, Language fallback)
    {
        string S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        var fields = request.QuestionNumbers.ToDictionary(q => q.Value, q => (S(TextKey(q.Value)), S(NilKey(q.Value)), S(ByKey(q.Value))));
        var version = int.TryParse(S(VersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        return new AnswerForm(version, Languages.Parse(S(LanguageKey)) ?? fallback, fields)
        {
            OfficeOnly = request.QuestionNumbers.Where(q => S(OfficeOnlyKey(q.Value)) == "true").Select(q => q.Value).ToHashSet(),
        };
    }

    /// The answers the form gives: a nil choice wins over text; a question left blank is not touched, so saving a
    /// half-written draft never erases what a colleague wrote for another question. A blank question marked for the
    /// office only is given as it is, so the rules name it (AnswerRefusal.OfficeOnlyUnanswered) instead of the mark
    /// being dropped unseen.
    public IReadOnlyList<QuestionAnswer> Changes()
    {
        var changes = new List<QuestionAnswer>();
        foreach (var (n, (text, nil, by)) in Fields.OrderBy(f => f.Key))
        {
            var q = new QuestionNumber(n);
            var officeOnly = OfficeOnly.Contains(n);
            if (Enum.TryParse<NilAnswer>(nil, out var kind) && Enum.IsDefined(kind))
                changes.Add(new QuestionAnswer(q, Nil: kind, FollowsBy: kind == NilAnswer.ToFollow ? Date(by) : null) { OfficeOnly = officeOnly });
            else if (!string.IsNullOrWhiteSpace(text) || officeOnly)
                changes.Add(new QuestionAnswer(q, Text: text.Trim()) { OfficeOnly = officeOnly });
        }
        return changes;
    }

    static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
