using FocalBot.Domain.Members;

namespace FocalBot.Domain.Tests.Members;

public sealed class MemberStatesTests
{
    /// How a French sentence names each member state after "de": "la réponse de la France", "du Portugal",
    /// "de l’Allemagne", "des Pays-Bas", "de Monaco" (Council of Europe usage).
    public static TheoryData<string, string, string> FrenchForms => new()
    {
        { "AL", "l’Albanie", "de l’Albanie" }, { "AD", "l’Andorre", "de l’Andorre" }, { "AM", "l’Arménie", "de l’Arménie" },
        { "AT", "l’Autriche", "de l’Autriche" }, { "AZ", "l’Azerbaïdjan", "de l’Azerbaïdjan" }, { "BE", "la Belgique", "de la Belgique" },
        { "BA", "la Bosnie-Herzégovine", "de la Bosnie-Herzégovine" }, { "BG", "la Bulgarie", "de la Bulgarie" }, { "HR", "la Croatie", "de la Croatie" },
        { "CY", "Chypre", "de Chypre" }, { "CZ", "la République tchèque", "de la République tchèque" }, { "DK", "le Danemark", "du Danemark" },
        { "EE", "l’Estonie", "de l’Estonie" }, { "FI", "la Finlande", "de la Finlande" }, { "FR", "la France", "de la France" },
        { "GE", "la Géorgie", "de la Géorgie" }, { "DE", "l’Allemagne", "de l’Allemagne" }, { "GR", "la Grèce", "de la Grèce" },
        { "HU", "la Hongrie", "de la Hongrie" }, { "IS", "l’Islande", "de l’Islande" }, { "IE", "l’Irlande", "de l’Irlande" },
        { "IT", "l’Italie", "de l’Italie" }, { "LV", "la Lettonie", "de la Lettonie" }, { "LI", "le Liechtenstein", "du Liechtenstein" },
        { "LT", "la Lituanie", "de la Lituanie" }, { "LU", "le Luxembourg", "du Luxembourg" }, { "MT", "Malte", "de Malte" },
        { "MD", "la République de Moldova", "de la République de Moldova" }, { "MC", "Monaco", "de Monaco" }, { "ME", "le Monténégro", "du Monténégro" },
        { "NL", "les Pays-Bas", "des Pays-Bas" }, { "MK", "la Macédoine du Nord", "de la Macédoine du Nord" }, { "NO", "la Norvège", "de la Norvège" },
        { "PL", "la Pologne", "de la Pologne" }, { "PT", "le Portugal", "du Portugal" }, { "RO", "la Roumanie", "de la Roumanie" },
        { "SM", "Saint-Marin", "de Saint-Marin" }, { "RS", "la Serbie", "de la Serbie" }, { "SK", "la République slovaque", "de la République slovaque" },
        { "SI", "la Slovénie", "de la Slovénie" }, { "ES", "l’Espagne", "de l’Espagne" }, { "SE", "la Suède", "de la Suède" },
        { "CH", "la Suisse", "de la Suisse" }, { "TR", "la Türkiye", "de la Türkiye" }, { "UA", "l’Ukraine", "de l’Ukraine" },
        { "GB", "le Royaume-Uni", "du Royaume-Uni" },
    };

    [Theory]
    [MemberData(nameof(FrenchForms))]
    public void Each_state_has_its_French_article_and_its_form_after_de(string code, string withArticle, string afterDe)
    {
        var state = MemberStates.Find(code)!;

        Assert.Equal(withArticle, state.NameFrWithArticle);
        Assert.Equal(afterDe, state.NameFrAfterDe);
    }

    [Fact]
    public void Every_member_state_is_in_the_table() =>
        Assert.Equal(MemberStates.All.Select(s => s.Code.Value).Order(), FrenchForms.Select(row => (string)row[0]).Order());

    [Fact]
    public void English_puts_the_before_the_names_that_take_it_in_a_sentence()
    {
        string[] withThe = ["CZ", "MD", "NL", "SK", "GB"];

        Assert.Equal(withThe.Order(), MemberStates.All.Where(s => s.TheEn).Select(s => s.Code.Value).Order());
        Assert.Equal("the Netherlands", MemberStates.Find("NL")!.NameEnInSentence);
        Assert.Equal("the Republic of Moldova", MemberStates.Find("MD")!.NameEnInSentence);
        Assert.Equal("France", MemberStates.Find("FR")!.NameEnInSentence);
        Assert.Equal("Netherlands", MemberStates.NameIn("NL", FocalBot.Domain.Shared.Language.En));   // a label keeps the bare name
    }
}
