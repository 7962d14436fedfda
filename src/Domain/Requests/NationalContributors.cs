using System.Text.RegularExpressions;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

public enum ContributorKind { Ministry, Agency, CivilSociety, InternationalOrganisation, Other }

/// An organisation a focal point consulted for their state's answer, as they named it.
public sealed record NationalContributor(string Organisation, ContributorKind Kind);

/// A state's contributors as the compilation lists them.
public sealed record StateContributors(StateCode State, IReadOnlyList<NationalContributor> Organisations);

/// Why the contributors were not changed; nothing changed.
public enum ContributorRefusal
{
    NotAllowed,
    StateNotAsked,
    NotOpen,
    Closed,
    OrganisationMissing,
    OrganisationTooLong,
    AlreadyListed,
    TooMany,
}

/// The national contributors of a state's answer (working methods 3.4 and 4.7): the organisations its focal points
/// consulted, and whether the state agrees to be named with them. Its focal points record them while the request is
/// open. They are not answer text: changing them moves no version, so nobody's open answer form is refused for it.
public static partial class NationalContributors
{
    public const int OrganisationMaxLength = 200;
    public const int MaxContributors = 30;

    public static Outcome<StateAnswer, ContributorRefusal> Add(InformationRequest request, StateAnswer? current, StateCode state, Member actor,
        string? organisation, ContributorKind kind)
    {
        if (Check(request, state, actor) is { } refused) return Refuse(refused);
        var name = organisation?.Trim() ?? "";
        if (name.Length == 0) return Refuse(ContributorRefusal.OrganisationMissing);
        if (name.Length > OrganisationMaxLength) return Refuse(ContributorRefusal.OrganisationTooLong);
        var answer = current ?? StateAnswer.New(request.Number ?? default, state);
        if (answer.Contributors.Any(c => SameName(c.Organisation, name))) return Refuse(ContributorRefusal.AlreadyListed);
        if (answer.Contributors.Count >= MaxContributors) return Refuse(ContributorRefusal.TooMany);
        return Accept(answer with { Contributors = [.. answer.Contributors, new NationalContributor(name, kind)] });
    }

    /// Removes the organisation; one already removed (a second click, a colleague) changes nothing and is no problem.
    public static Outcome<StateAnswer, ContributorRefusal> Remove(InformationRequest request, StateAnswer? current, StateCode state, Member actor,
        string organisation)
    {
        if (Check(request, state, actor) is { } refused) return Refuse(refused);
        var answer = current ?? StateAnswer.New(request.Number ?? default, state);
        var kept = answer.Contributors.Where(c => !SameName(c.Organisation, organisation)).ToList();
        return Accept(kept.Count == answer.Contributors.Count ? answer : answer with { Contributors = kept });
    }

    /// Whether the state agrees to be named with its contributors in the compilation.
    public static Outcome<StateAnswer, ContributorRefusal> Name(InformationRequest request, StateAnswer? current, StateCode state, Member actor, bool named)
    {
        if (Check(request, state, actor) is { } refused) return Refuse(refused);
        var answer = current ?? StateAnswer.New(request.Number ?? default, state);
        return Accept(answer.NamedWithContributors == named ? answer : answer with { NamedWithContributors = named });
    }

    /// The contributors the compilation lists, in the council's order of states: only for submitted answers whose
    /// state agreed to be named with them, and never for an anonymous request, where they would name the state.
    public static IReadOnlyList<StateContributors> InCompilation(InformationRequest request, IEnumerable<StateAnswer> answers)
    {
        if (request.Anonymous) return [];
        var listed = answers.Where(a => a is { Status: AnswerStatus.Submitted, NamedWithContributors: true, Contributors.Count: > 0 })
            .GroupBy(a => a.StateCode).ToDictionary(g => g.Key, g => g.Last().Contributors);
        return [.. request.Audience.States().Where(listed.ContainsKey).Select(s => new StateContributors(s, listed[s]))];
    }

    /// "Ministère de l’Intérieur" and "ministère  de l'intérieur" are one organisation: case, spacing and apostrophes aside.
    static bool SameName(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.OrdinalIgnoreCase);

    static string Key(string name) => Spaces().Replace(name.Trim(), " ").Replace('’', '\'');

    static ContributorRefusal? Check(InformationRequest request, StateCode state, Member actor) => Answering.Check(request, state, actor) switch
    {
        null => null,
        AnswerRefusal.StateNotAsked => ContributorRefusal.StateNotAsked,
        AnswerRefusal.Closed => ContributorRefusal.Closed,
        AnswerRefusal.NotOpen => ContributorRefusal.NotOpen,
        _ => ContributorRefusal.NotAllowed,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    static Outcome<StateAnswer, ContributorRefusal> Accept(StateAnswer a) => Outcome<StateAnswer, ContributorRefusal>.Accept(a);

    static Outcome<StateAnswer, ContributorRefusal> Refuse(ContributorRefusal r) => Outcome<StateAnswer, ContributorRefusal>.Refuse(r);
}
