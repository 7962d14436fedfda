using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The cards of national circulation with sample data, for the render, typography and inert-text tests (AllCards).
public static class CirculationSamples
{
    static readonly QuestionNumber Q1 = new(1), Q2 = new(2), Q3 = new(3);

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var request = RequestSamples.Request with
        {
            Title = typed.Text(RequestSamples.Request.Title), TitleTranslation = typed.Text(RequestSamples.Request.TitleTranslation),
            Questions = [.. RequestSamples.Request.Questions.Select(q => new Question(typed.Text(q.Text), typed.Text(q.Translation)))],
        };
        var deadline = new DateOnly(2026, 12, 4);
        yield return ("requests.circulate-form", CirculationCards.Form(request, language, null, [], language));
        yield return ("requests.circulate-form-problem", CirculationCards.Form(request, Language.En, new DateOnly(2026, 12, 20),
            [RequestTexts.Describe(CirculationRefusal.NationalDeadlineNotEarlier, request, language)], language));
        yield return ("requests.copy-ready", CirculationCards.CopyReady(request, Language.Fr, deadline, "https://focalbot.example/exports/ghi?sig=3",
            new DateOnly(2026, 11, 24), language));
        yield return ("requests.copy-ready-sharepoint", CirculationCards.CopyReady(request, Language.En, null,
            "https://coe.sharepoint.com/sites/network/Compilations/Requests/2026-07/National%20copies/x.docx", null, language));

        var answer = StateAnswer.New(request.Number!.Value, "FR") with
        {
            Answers = [QuestionAnswer.Written(1, typed.Text("312, dont 40 en outre-mer.\nSource\u00a0: ministère de l’Intérieur.")), QuestionAnswer.ToFollow(2, new DateOnly(2026, 12, 20)),
                QuestionAnswer.Written(3, typed.Text(string.Concat(Enumerable.Repeat("Oui, dans la plupart des départements, sauf en outre-mer. ", 16))))],
            Language = Language.Fr, Version = 4,
            FromCopy =
            [
                new CopyText(Q1, typed.Text("315 selon la DGEF, dont 41 en outre-mer.\nChiffres provisoires.")),
                new CopyText(Q2, typed.Text("Le conseil départemental, sur évaluation sociale.")),
                new CopyText(Q3, typed.Text(string.Concat(Enumerable.Repeat("Oui, sous 72 heures dans tous les départements. ", 14)))),
            ],
        };
        yield return ("requests.copy-choose", CirculationCards.Choose(request, "FR", answer, RequestTexts.Filled(2, language), null, language));
        yield return ("requests.copy-choose-changed", CirculationCards.Choose(request, "PT", answer with { FromCopy = answer.FromCopy.Take(1).ToList() }, null,
            RequestTexts.CopyChangedMeanwhile.In(language), language));

        var contributors = answer with
        {
            Contributors =
            [
                new NationalContributor(typed.Text("Ministère de l’Intérieur (DGEF)"), ContributorKind.Ministry),
                new NationalContributor(typed.Text("Office français de l’immigration et de l’intégration"), ContributorKind.Agency),
                new NationalContributor(typed.Text("France terre d’asile"), ContributorKind.CivilSociety),
                new NationalContributor(typed.Text("HCR, bureau de Paris"), ContributorKind.InternationalOrganisation),
            ],
            NamedWithContributors = true,
        };
        yield return ("requests.contributors-empty", ContributorCards.Contributors(request, "NL", null, null, [], null, language));
        yield return ("requests.contributors", ContributorCards.Contributors(request, "FR", contributors, RequestTexts.ContributorsSaved.In(language), [], null, language));
        yield return ("requests.contributors-problem", ContributorCards.Contributors(request with { Anonymous = true }, "DE", contributors,
            null, [RequestTexts.Describe(ContributorRefusal.AlreadyListed, language)],
            new ContributorForm(typed.Text("France terre d’asile"), ContributorKind.Other, false), language));
    }
}
