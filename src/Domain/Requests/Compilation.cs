using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// What one cell of the compilation holds; the writers word the nil kinds in the document's language, and name the
/// states whose cells are NoReply once rather than in every cell. Withheld: in the network's version, an answer the
/// state gave to the office only (nothing of it is kept in the cell).
public enum CellKind { Text, NoInformation, NotApplicable, ToFollow, NoReply, Withheld }

public sealed record CompiledCell(QuestionNumber Question, CellKind Kind, string? Text = null, DateOnly? FollowsBy = null)
{
    /// In the office's version: the state gave this answer to the office only, so the writers mark it.
    public bool OfficeOnly { get; init; }
}

/// One state's row: named by its code, or by a letter when the request is anonymous (Code is then null, so a writer
/// cannot leak it by mistake).
public sealed record CompiledState(StateCode? Code, string? Letter, bool Replied, bool Late, Language? Language, IReadOnlyList<CompiledCell> Cells)
{
    static readonly Text Anonymous = new("State {0}", "État {0}");

    public string Label(Language language) =>
        Letter is not null ? Anonymous.Format(language, Letter) : MemberStates.NameIn(Code, language);

    /// The documents attached to the state's submitted answer, in the order they were added.
    public IReadOnlyList<Annex> Annexes { get; init; } = [];
}

/// The answers of a request laid out state × question, for the Word and Excel writers. Only submitted answers count:
/// a draft is not a reply yet.
public sealed record Compilation(RequestNumber Request, IReadOnlyList<Question> Questions, IReadOnlyList<CompiledState> States)
{
    public int Responding => States.Count(s => s.Replied);

    /// The office's version, or the network's (CompilationVisibility says what it leaves out).
    public CompilationView View { get; init; } = CompilationView.Office;

    /// The national contributors of the states that agreed to be named with them (none for an anonymous request).
    public IReadOnlyList<StateContributors> Contributors { get; init; } = [];

    /// The office's version.
    public static Compilation Of(InformationRequest request, IEnumerable<StateAnswer> answers) => Of(request, answers, CompilationView.Office);

    public static Compilation Of(InformationRequest request, IEnumerable<StateAnswer> answers, CompilationView view)
    {
        var number = request.Number ?? default;
        var submitted = answers.Where(a => a.Status == AnswerStatus.Submitted)
            .GroupBy(a => a.StateCode).ToDictionary(g => g.Key, g => g.Last());

        var states = request.Audience.States();
        // Anonymous rows must not follow the alphabet, or "State A" would be Albania every time; a hash of request and
        // state gives an order that is stable for one request, so a recompiled document keeps its letters.
        if (request.Anonymous) states = states.OrderBy(s => Fnv($"{number}/{s}")).ThenBy(s => s).ToList();

        var rows = states.Select((code, i) =>
        {
            submitted.TryGetValue(code, out var answer);
            var cells = request.QuestionNumbers.Select(q => Cell(q, answer?.For(q), view)).ToList();
            return new CompiledState(request.Anonymous ? null : code, request.Anonymous ? Letter(i) : null,
                answer is not null, answer?.Late ?? false, answer?.Language, cells) { Annexes = AnnexesIn(view, answer) };
        }).ToList();
        return new Compilation(number, request.Questions, rows) { View = view, Contributors = NationalContributors.InCompilation(request, submitted.Values) };
    }

    /// The state's documents the version lists: the network's leaves out those of answers given to the office only.
    static IReadOnlyList<Annex> AnnexesIn(CompilationView view, StateAnswer? answer) =>
        answer is null ? []
        : view == CompilationView.Office ? answer.Annexes
        : [.. answer.Annexes.Where(a => !AnnexAccess.ForTheOfficeOnly(answer, a))];

    static CompiledCell Cell(QuestionNumber q, QuestionAnswer? a, CompilationView view) =>
        CompilationVisibility.Shows(view, a) ? Cell(q, a) with { OfficeOnly = a?.OfficeOnly ?? false } : new(q, CellKind.Withheld);

    static CompiledCell Cell(QuestionNumber q, QuestionAnswer? a) => a switch
    {
        null => new(q, CellKind.NoReply),
        { Nil: NilAnswer.NoInformation } => new(q, CellKind.NoInformation),
        { Nil: NilAnswer.NotApplicable } => new(q, CellKind.NotApplicable),
        { Nil: NilAnswer.ToFollow } => new(q, CellKind.ToFollow, FollowsBy: a.FollowsBy),
        _ => new(q, CellKind.Text, a.Text),
    };

    /// A, B… Z, AA, AB…: 46 member states outgrow the alphabet.
    internal static string Letter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + (char)('A' + index % 26);

    // FNV-1a: string.GetHashCode changes with every process, so it would reshuffle the letters on each run.
    static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
