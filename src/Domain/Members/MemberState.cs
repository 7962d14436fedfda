using static FocalBot.Domain.Members.FrenchArticle;

namespace FocalBot.Domain.Members;

/// The article French puts before a state's name: "la France", "le Portugal", "l’Allemagne", "les Pays-Bas", or
/// none ("Monaco", "Chypre").
public enum FrenchArticle { None, Le, La, Elided, Les }

/// A member state of the Council of Europe: ISO 3166-1 alpha-2 code, its English and French names, the article its
/// French name takes in a sentence, and whether English puts "the" before it ("the Netherlands").
public sealed record MemberState(StateCode Code, string NameEn, string NameFr, FrenchArticle ArticleFr = FrenchArticle.None, bool TheEn = false)
{
    /// "the Netherlands", "the United Kingdom", "France": the English name as a sentence uses it.
    public string NameEnInSentence => TheEn ? "the " + NameEn : NameEn;

    /// "la France", "l’Allemagne", "les Pays-Bas", "Monaco": the French name as a sentence uses it.
    public string NameFrWithArticle => ArticleFr switch
    {
        FrenchArticle.Le => "le " + NameFr,
        FrenchArticle.La => "la " + NameFr,
        FrenchArticle.Elided => "l’" + NameFr,
        FrenchArticle.Les => "les " + NameFr,
        _ => NameFr,
    };

    /// "de la France", "du Portugal", "de l’Allemagne", "des Pays-Bas", "de Monaco": the French name after "de"
    /// ("la réponse de la France"), with "de le" and "de les" contracted.
    public string NameFrAfterDe => ArticleFr switch
    {
        FrenchArticle.Le => "du " + NameFr,
        FrenchArticle.Les => "des " + NameFr,
        _ => "de " + NameFrWithArticle,
    };
}

public static class MemberStates
{
    public static IReadOnlyList<MemberState> All { get; } =
    [
        new("AL", "Albania", "Albanie", Elided), new("AD", "Andorra", "Andorre", Elided), new("AM", "Armenia", "Arménie", Elided),
        new("AT", "Austria", "Autriche", Elided), new("AZ", "Azerbaijan", "Azerbaïdjan", Elided), new("BE", "Belgium", "Belgique", La),
        new("BA", "Bosnia and Herzegovina", "Bosnie-Herzégovine", La), new("BG", "Bulgaria", "Bulgarie", La), new("HR", "Croatia", "Croatie", La),
        new("CY", "Cyprus", "Chypre"), new("CZ", "Czech Republic", "République tchèque", La, TheEn: true), new("DK", "Denmark", "Danemark", Le),
        new("EE", "Estonia", "Estonie", Elided), new("FI", "Finland", "Finlande", La), new("FR", "France", "France", La),
        new("GE", "Georgia", "Géorgie", La), new("DE", "Germany", "Allemagne", Elided), new("GR", "Greece", "Grèce", La),
        new("HU", "Hungary", "Hongrie", La), new("IS", "Iceland", "Islande", Elided), new("IE", "Ireland", "Irlande", Elided),
        new("IT", "Italy", "Italie", Elided), new("LV", "Latvia", "Lettonie", La), new("LI", "Liechtenstein", "Liechtenstein", Le),
        new("LT", "Lithuania", "Lituanie", La), new("LU", "Luxembourg", "Luxembourg", Le), new("MT", "Malta", "Malte"),
        new("MD", "Republic of Moldova", "République de Moldova", La, TheEn: true), new("MC", "Monaco", "Monaco"), new("ME", "Montenegro", "Monténégro", Le),
        new("NL", "Netherlands", "Pays-Bas", Les, TheEn: true), new("MK", "North Macedonia", "Macédoine du Nord", La), new("NO", "Norway", "Norvège", La),
        new("PL", "Poland", "Pologne", La), new("PT", "Portugal", "Portugal", Le), new("RO", "Romania", "Roumanie", La),
        new("SM", "San Marino", "Saint-Marin"), new("RS", "Serbia", "Serbie", La), new("SK", "Slovak Republic", "République slovaque", La, TheEn: true),
        new("SI", "Slovenia", "Slovénie", La), new("ES", "Spain", "Espagne", Elided), new("SE", "Sweden", "Suède", La),
        new("CH", "Switzerland", "Suisse", La), new("TR", "Türkiye", "Türkiye", La), new("UA", "Ukraine", "Ukraine", Elided),
        new("GB", "United Kingdom", "Royaume-Uni", Le, TheEn: true),
    ];

    static readonly Dictionary<StateCode, MemberState> ByCode = All.ToDictionary(s => s.Code);

    public static MemberState? Find(StateCode? code) => code is not null && ByCode.TryGetValue(code, out var state) ? state : null;

    /// The member state whose code a person or a file wrote, in any case and with spaces around.
    public static MemberState? Find(string? text) => StateCode.TryParse(text, out var code) ? Find(code) : null;

    /// The state's name in the reader's language ("France", "Allemagne"); an unknown code as it is, none as "".
    public static string NameIn(StateCode? code, Shared.Language language) =>
        Find(code) is { } state ? (language == Shared.Language.Fr ? state.NameFr : state.NameEn) : code?.Value ?? "";
}
