using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Rapporteurs;

static class ACall
{
    public static readonly DateOnly Closing = new(2027, 2, 26);

    public static RapporteurCall Open(int posts = 2) => new()
    {
        Theme = "Digitalisation of asylum procedures", ThemeTranslation = "Numérisation des procédures d’asile",
        Terms = "Follow national practice and report to the plenary.", Language = Language.En, Posts = posts, MandateMonths = 24,
        ClosingDate = Closing, Status = CallStatus.Open, CreatedBy = "office", CreatedOn = new(2027, 1, 4), OpenedOn = new(2027, 1, 20),
    };
}
