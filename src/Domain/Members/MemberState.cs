namespace FocalBot.Domain.Members;

/// A member state of the Council of Europe: ISO 3166-1 alpha-2 code and its English and French names.
public sealed record MemberState(string Code, string NameEn, string NameFr);

public static class MemberStates
{
    public static IReadOnlyList<MemberState> All { get; } =
    [
        new("AL", "Albania", "Albanie"), new("AD", "Andorra", "Andorre"), new("AM", "Armenia", "Arménie"),
        new("AT", "Austria", "Autriche"), new("AZ", "Azerbaijan", "Azerbaïdjan"), new("BE", "Belgium", "Belgique"),
        new("BA", "Bosnia and Herzegovina", "Bosnie-Herzégovine"), new("BG", "Bulgaria", "Bulgarie"), new("HR", "Croatia", "Croatie"),
        new("CY", "Cyprus", "Chypre"), new("CZ", "Czech Republic", "République tchèque"), new("DK", "Denmark", "Danemark"),
        new("EE", "Estonia", "Estonie"), new("FI", "Finland", "Finlande"), new("FR", "France", "France"),
        new("GE", "Georgia", "Géorgie"), new("DE", "Germany", "Allemagne"), new("GR", "Greece", "Grèce"),
        new("HU", "Hungary", "Hongrie"), new("IS", "Iceland", "Islande"), new("IE", "Ireland", "Irlande"),
        new("IT", "Italy", "Italie"), new("LV", "Latvia", "Lettonie"), new("LI", "Liechtenstein", "Liechtenstein"),
        new("LT", "Lithuania", "Lituanie"), new("LU", "Luxembourg", "Luxembourg"), new("MT", "Malta", "Malte"),
        new("MD", "Republic of Moldova", "République de Moldova"), new("MC", "Monaco", "Monaco"), new("ME", "Montenegro", "Monténégro"),
        new("NL", "Netherlands", "Pays-Bas"), new("MK", "North Macedonia", "Macédoine du Nord"), new("NO", "Norway", "Norvège"),
        new("PL", "Poland", "Pologne"), new("PT", "Portugal", "Portugal"), new("RO", "Romania", "Roumanie"),
        new("SM", "San Marino", "Saint-Marin"), new("RS", "Serbia", "Serbie"), new("SK", "Slovak Republic", "République slovaque"),
        new("SI", "Slovenia", "Slovénie"), new("ES", "Spain", "Espagne"), new("SE", "Sweden", "Suède"),
        new("CH", "Switzerland", "Suisse"), new("TR", "Türkiye", "Türkiye"), new("UA", "Ukraine", "Ukraine"),
        new("GB", "United Kingdom", "Royaume-Uni"),
    ];

    static readonly Dictionary<string, MemberState> ByCode = All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    public static MemberState? Find(string? code) => code is not null && ByCode.TryGetValue(code.Trim(), out var state) ? state : null;
}
