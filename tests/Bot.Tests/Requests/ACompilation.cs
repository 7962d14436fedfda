using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// A sent request to France, Germany, Italy and Spain, with French translations of all but the last question, and
/// answers of every kind: France in French with a "to follow", Germany late with nil answers, Italy only a draft (no
/// reply), Spain in English with Markdown, HTML and a tab.
static class ACompilation
{
    public static readonly RequestNumber Number = new(2026, 7);
    public static readonly DateOnly SentOn = new(2026, 3, 2);
    public static readonly DateOnly Deadline = new(2026, 3, 20);
    public static readonly DateOnly CompiledOn = new(2026, 3, 23);
    public const string Requester = "Sophie Laurent";

    public static readonly string[] States = ["FR", "DE", "IT", "ES"];

    public static InformationRequest Request(bool anonymous = false) => new()
    {
        Number = Number,
        Title = "Reception of unaccompanied children",
        TitleTranslation = "Accueil des enfants non accompagnés",
        Background = "The SRSG is preparing the annual report.\nFigures for 2025 are enough.",
        BackgroundTranslation = "Le RSSG prépare le rapport annuel.\nLes chiffres de 2025 suffisent.",
        Questions =
        [
            new Question("How many arrived in 2025?", "Combien sont arrivés en 2025\u00a0?"),
            new Question("Which authority is responsible?", "Quelle autorité est compétente\u00a0?"),
            new Question("Any *good practice* to share?"),
        ],
        Language = Language.En,
        Deadline = Deadline,
        Audience = Audience.Of([.. States.Select(StateCode.Parse)]),
        Status = RequestStatus.Sent,
        SentOn = SentOn,
        Anonymous = anonymous,
    };

    public const string FranceQ1 = "Environ 300.\nSurtout dans le Pas-de-Calais.";
    public const string SpainQ1 = "Column\tvalue\r\nSecond line";
    public const string SpainQ3 = "**Bold** and <b>tags</b> and [a link](https://example.org) & <script>alert(1)</script>";

    public static IReadOnlyList<StateAnswer> Answers() =>
    [
        Submitted("FR", Language.Fr, QuestionAnswer.Written(1, FranceQ1), QuestionAnswer.ToFollow(2, new DateOnly(2026, 4, 1)), QuestionAnswer.Written(3, "# Titre\n- point")),
        Submitted("DE", Language.En, QuestionAnswer.NoInformation(1), QuestionAnswer.NotApplicable(2), QuestionAnswer.Written(3, "None yet.")) with { Late = true },
        StateAnswer.New(Number, "IT") with { Answers = [QuestionAnswer.Written(1, "Draft only")], Language = Language.En },
        Submitted("ES", Language.En, QuestionAnswer.Written(1, SpainQ1), QuestionAnswer.ToFollow(2, null), QuestionAnswer.Written(3, SpainQ3)),
    ];

    public static Compilation Of(InformationRequest request) => Compilation.Of(request, Answers());

    /// The largest compilation the office can make: every member state answering twenty long questions at length.
    public static InformationRequest Largest() => Request() with
    {
        Audience = Audience.All,
        Questions = [.. Enumerable.Range(1, 20).Select(i => new Question($"Question {i} " + new string('q', 480)))],
    };

    public static IReadOnlyList<StateAnswer> LargestAnswers() => Domain.Members.MemberStates.All.Select(s => StateAnswer.New(Number, s.Code) with
    {
        Status = AnswerStatus.Submitted,
        Answers = [.. Enumerable.Range(1, 20).Select(q => QuestionAnswer.Written(q, $"{s.Code} answer {q}\n" + string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", 175))))],
    }).ToList();

    static StateAnswer Submitted(string state, Language language, params QuestionAnswer[] answers) =>
        StateAnswer.New(Number, state) with { Answers = answers, Status = AnswerStatus.Submitted, Language = language };
}
