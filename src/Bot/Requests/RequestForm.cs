using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The compose card's fields as typed, so a form with problems comes back exactly as the author left it.
public sealed record RequestForm
{
    public const string IdKey = "id";
    public const string VersionKey = "version";
    public const string SlotsKey = "slots";
    public const string TitleKey = "title";
    public const string TitleTranslationKey = "titleTr";
    public const string BackgroundKey = "background";
    public const string BackgroundTranslationKey = "backgroundTr";
    public const string LanguageKey = "language";
    public const string DeadlineKey = "deadline";
    public const string EveryoneKey = "everyone";
    public const string StatesKey = "states";
    public const string GroupKey = "group";
    /// The group choice "no group" (a choice needs a value).
    public const string NoGroup = "none";
    public const string KindKey = "kind";
    public const string AnonymousKey = "anonymous";
    public const string RecipientsKey = "recipients";

    public static string QuestionKey(int n) => string.Create(CultureInfo.InvariantCulture, $"q{n}");

    public static string QuestionTranslationKey(int n) => string.Create(CultureInfo.InvariantCulture, $"q{n}tr");

    /// Question fields a new form shows; "Add a question" gives one more, up to the limit.
    public const int FirstSlots = 3;

    /// A card never offers more question fields than the limit, but a forged one may carry more: they are read (up to
    /// this) so the validator refuses them by name instead of dropping them silently.
    const int HardestLimit = 100;

    public required string Id { get; init; }
    public string? Version { get; init; }
    public string Title { get; init; } = "";
    public string TitleTranslation { get; init; } = "";
    public string Background { get; init; } = "";
    public string BackgroundTranslation { get; init; } = "";
    public Language Language { get; init; } = Language.En;
    public IReadOnlyList<(string Text, string Translation)> Questions { get; init; } = [];
    public int Slots { get; init; } = FirstSlots;
    public string Deadline { get; init; } = "";
    public bool Everyone { get; init; } = true;
    public IReadOnlyList<string> States { get; init; } = [];
    /// A thematic group chosen as the audience (its id), or "" for states or everyone.
    public string GroupId { get; init; } = "";
    public RequestKind Kind { get; init; } = RequestKind.AdHoc;
    public bool Anonymous { get; init; }
    /// Who receives the compilation, as the card sent it (a CompilationRecipients name); "" when the card has no such
    /// input (a focal point's proposal), which is the default.
    public string Recipients { get; init; } = "";

    public static RequestForm New(Language language, DateOnly deadline) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Language = language,
        Deadline = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static RequestForm Of(InformationRequest r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        Title = r.Title,
        TitleTranslation = r.TitleTranslation ?? "",
        Background = r.Background,
        BackgroundTranslation = r.BackgroundTranslation ?? "",
        Language = r.Language,
        Questions = [.. r.Questions.Select(q => (q.Text, q.Translation ?? ""))],
        Slots = Math.Max(FirstSlots, r.Questions.Count),
        Deadline = r.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Everyone = r.Audience.Everyone,
        States = r.Audience.GroupId is null ? [.. r.Audience.StateCodes.Select(c => c.Value)] : [],
        GroupId = r.Audience.GroupId ?? "",
        Kind = r.Kind,
        Anonymous = r.Anonymous,
        Recipients = r.Recipients.ToString(),
    };

    /// Reads the card's inputs. Trailing empty questions are dropped; an empty one before a written one is kept, so the
    /// validator names it ("Question 2 is empty") instead of the numbers shifting under the author.
    public static RequestForm From(JsonObject data, int maxSlots)
    {
        string S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        var slots = int.TryParse(S(SlotsKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, Math.Max(maxSlots, HardestLimit)) : FirstSlots;
        var questions = Enumerable.Range(1, slots).Select(i => (S(QuestionKey(i)), S(QuestionTranslationKey(i)))).ToList();
        while (questions.Count > 0 && string.IsNullOrWhiteSpace(questions[^1].Item1) && string.IsNullOrWhiteSpace(questions[^1].Item2))
            questions.RemoveAt(questions.Count - 1);

        return new RequestForm
        {
            Id = S(IdKey) is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N"),
            Version = S(VersionKey) is { Length: > 0 } version ? version : null,
            Title = S(TitleKey),
            TitleTranslation = S(TitleTranslationKey),
            Background = S(BackgroundKey),
            BackgroundTranslation = S(BackgroundTranslationKey),
            Language = Languages.Parse(S(LanguageKey)) ?? Language.En,
            Questions = questions,
            Slots = slots,
            Deadline = S(DeadlineKey),
            Everyone = S(EveryoneKey) != "false",
            States = [.. S(StatesKey).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            GroupId = S(GroupKey).Trim() is var group && group != NoGroup ? group : "",
            Kind = Enum.TryParse<RequestKind>(S(KindKey), out var kind) ? kind : RequestKind.AdHoc,
            Anonymous = S(AnonymousKey) == "true",
            Recipients = S(RecipientsKey).Trim(),
        };
    }

    public DateOnly? ParsedDeadline =>
        DateOnly.TryParseExact(Deadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// The request the form describes (texts trimmed at the ends only), or null without a readable deadline.
    public InformationRequest? ToRequest() => ParsedDeadline is not { } deadline ? null : new InformationRequest
    {
        Id = Id,
        Version = Version,
        Title = Title.Trim(),
        TitleTranslation = Optional(TitleTranslation),
        Background = Background.Trim(),
        BackgroundTranslation = Optional(BackgroundTranslation),
        Language = Language,
        Questions = [.. Questions.Select(q => new Question(q.Text.Trim(), Optional(q.Translation)))],
        Deadline = deadline,
        // A group is resolved to its members when the office previews (RequestComposer), so the preview counts them.
        Audience = GroupId.Length > 0 ? new Audience(false, []) { GroupId = GroupId }
            : Everyone ? Audience.All : new Audience(false, [.. States.Select(StateCode.ParseOptional).OfType<StateCode>()]),
        Kind = Kind,
        Anonymous = Anonymous,
        Recipients = RecipientsOf(Recipients),
    };

    /// A choice's name, or the default when there is none; anything else stays an undefined value, which the
    /// validator refuses (RequestProblem.RecipientsUnknown) rather than widening who receives the compilation.
    static CompilationRecipients RecipientsOf(string text) =>
        text.Length == 0 ? CompilationRecipients.Audience
        : Enum.GetNames<CompilationRecipients>().Contains(text, StringComparer.Ordinal) ? Enum.Parse<CompilationRecipients>(text)
        : (CompilationRecipients)(-1);

    static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
