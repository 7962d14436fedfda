using FocalBot.Bot.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// A state named inside a sentence takes its article in both languages.
public sealed class StateNamesTests
{
    [Theory]
    [InlineData("NL", Language.En, "Restricted: circulated by the focal point of the Netherlands for national consultation; not for publication")]
    [InlineData("FR", Language.En, "Restricted: circulated by the focal point of France for national consultation; not for publication")]
    [InlineData("NL", Language.Fr, "Diffusion restreinte\u00a0: diffusé par le point de contact des Pays-Bas pour consultation nationale\u00a0; ne pas publier")]
    public void The_copy_s_marking_names_the_state_as_a_sentence_does(string state, Language language, string expected)
    {
        Assert.Equal(expected, RequestTexts.CopyMarking.Format(language, RequestTexts.OfState(state, language)));
    }

    [Theory]
    [InlineData("GB", Language.En, "The answer of the United Kingdom has not been submitted yet.")]
    [InlineData("PT", Language.Fr, "La réponse du Portugal n’a pas encore été soumise.")]
    public void A_reminder_names_the_state_with_its_article(string state, Language language, string expected)
    {
        Assert.StartsWith(expected, RequestTexts.ReminderBody.Format(language, RequestTexts.OfState(state, language)));
    }

    [Fact]
    public void An_unknown_code_is_named_as_it_is()
    {
        Assert.Equal("XX", RequestTexts.OfState("XX", Language.En));
        Assert.Equal("de XX", RequestTexts.OfState("XX", Language.Fr));
    }
}
