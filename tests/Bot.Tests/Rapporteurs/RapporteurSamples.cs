using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Members;
using FocalBot.Bot.Rapporteurs;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Rapporteurs;

/// The rapporteurs' cards with sample data, for the render, typography, inert-text and verb tests (AllCards).
public static class RapporteurSamples
{
    static readonly DateOnly Today = new(2027, 1, 11);

    public static RapporteurCall Call(SampleText typed, CallStatus status = CallStatus.Open) => new()
    {
        Id = "c1", Theme = typed.Text("Return and readmission"), ThemeTranslation = typed.Text("Retour et réadmission"),
        Terms = typed.Text("Map the network's practice on voluntary return and report to the plenary."),
        TermsTranslation = typed.Text("Recenser la pratique du réseau en matière de retour volontaire et faire rapport à la plénière."),
        Language = Language.En, Posts = 2, MandateMonths = 12, ClosingDate = new DateOnly(2027, 1, 8), Status = status, ProcedureId = "p1",
        CreatedBy = "demo-sophie", CreatedOn = new DateOnly(2026, 11, 23), Version = "1",
    };

    static Nomination Nomination(string nominee, string nominator, NominationStatus status, SampleText typed) => new()
    {
        CallId = "c1", NomineeId = nominee, NominatorId = nominator, Motivation = typed.Text("Twelve years on return policy at the ministry."),
        NominatedOn = new DateOnly(2026, 12, 21), Status = status, Version = "1",
    };

    static Mandate Mandate(string member, string state, MandateStatus status = MandateStatus.Active, SampleText? typed = null) => new()
    {
        Id = $"c1/{member}", CallId = "c1", MemberId = member, StateCode = state, Theme = typed?.Text("Return and readmission") ?? "Return and readmission",
        ThemeTranslation = typed?.Text("Retour et réadmission") ?? "Retour et réadmission", Language = Language.En,
        Start = new DateOnly(2026, 1, 12), End = status == MandateStatus.Active ? new DateOnly(2028, 1, 11) : new DateOnly(2026, 12, 31),
        Status = status, EndedOn = status == MandateStatus.Active ? null : new DateOnly(2026, 12, 31), Version = "2",
    };

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var everyone = typed.Members(DemoNetwork.Members);
        var byId = everyone.ToDictionary(m => m.Id);
        var (office, elise, jonas) = (byId["demo-sophie"], byId["demo-elise"], byId["demo-jonas"]);
        var open = Call(typed) with { ClosingDate = new DateOnly(2027, 2, 1) };
        var nominations = new[]
        {
            Nomination("demo-elise", "demo-elise", NominationStatus.Accepted, typed),
            Nomination("demo-giulia", "demo-jonas", NominationStatus.AwaitingConsent, typed),
            Nomination("demo-luc", "demo-elise", NominationStatus.Declined, typed),
        };
        var current = Mandate("demo-jonas", "DE", typed: typed);
        var roster = new Roster([open, Call(typed) with { Id = "c2", Status = CallStatus.Proposed }], [current, Mandate("demo-luc", "BE", MandateStatus.SteppedDown, typed)],
            [nominations[0], nominations[1]], byId, Today);
        var form = CallForm.New(language, new DateOnly(2026, 12, 14)) with { Theme = typed.Text("Return and readmission") };
        var draft = new Meeting
        {
            Id = "mt1", Kind = MeetingKind.Plenary, Title = typed.Bilingual(BilingualText.Of("Spring plenary", "Plénière de printemps")),
            OpeningDay = new DateOnly(2027, 4, 20), ClosingDay = new DateOnly(2027, 4, 21), TimeZoneId = "Europe/Paris",
            Audience = MeetingAudience.AllFocalPoints, AgendaVersions = [AgendaVersion.Draft([])],
        };

        yield return ("rapporteurs.roster-office", RapporteurCards.Roster(roster, office, language, RapporteurTexts.ProposedDone.Format(language, new DateOnly(2026, 12, 7))));
        yield return ("rapporteurs.roster-focal-point", RapporteurCards.Roster(roster, elise, language));
        yield return ("rapporteurs.roster-rapporteur", RapporteurCards.Roster(roster with { Calls = [], Yours = [] }, jonas, language));
        yield return ("rapporteurs.roster-empty", RapporteurCards.Roster(new Roster([], [], [], byId, Today), elise, language));
        yield return ("rapporteurs.call-form", RapporteurCards.CallForm(form, [], new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 7), language));
        yield return ("rapporteurs.call-form-problems", RapporteurCards.CallForm(form with { Terms = "", Posts = "0" },
            [RapporteurTexts.Describe(CallProblem.TermsMissing, language), RapporteurTexts.Describe(CallProblem.PostsOutOfRange, language)],
            new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 7), language));
        yield return ("rapporteurs.call", RapporteurCards.Call(open, language, mayNominate: true, Today));
        yield return ("rapporteurs.nominate", NominationCards.Form(open, elise, everyone, language));
        yield return ("rapporteurs.nominate-problem", NominationCards.Form(open, elise, everyone, language, "demo-giulia", "",
            RapporteurTexts.Describe(NominationRefusal.MotivationMissing, language)));
        yield return ("rapporteurs.consent", NominationCards.Consent(open, nominations[1], jonas.DisplayName, language));
        yield return ("rapporteurs.consent-answered", NominationCards.Answered(open, nominations[1] with { Status = NominationStatus.Accepted }, language));
        yield return ("rapporteurs.nominations-open", NominationCards.Appointing(open, nominations, byId, Today, language));
        yield return ("rapporteurs.appointing", NominationCards.Appointing(Call(typed), nominations, byId, Today, language,
            problem: RapporteurTexts.ChooseSomeone.In(language)));
        yield return ("rapporteurs.appointed-office", NominationCards.Appointing(Call(typed, CallStatus.Closed) with { ClosedOn = Today },
            [nominations[0] with { Status = NominationStatus.Appointed }], byId, Today, language, RapporteurTexts.AppointedDone.In(language)));
        yield return ("rapporteurs.appointed", NominationCards.Appointed(Call(typed, CallStatus.Closed), current, language));
        yield return ("rapporteurs.not-appointed", NominationCards.NotAppointed(Call(typed, CallStatus.Closed), language));
        yield return ("rapporteurs.mandate-office", MandateCards.Mandate(current, jonas.DisplayName, office, language));
        yield return ("rapporteurs.mandate-problem", MandateCards.Mandate(current, jonas.DisplayName, office, language,
            RapporteurTexts.Describe(MandateRefusal.RenewalOutOfRange, language)));
        yield return ("rapporteurs.mandate-step-down", MandateCards.Mandate(current, jonas.DisplayName, jonas, language));
        yield return ("rapporteurs.mandate-ending", MandateCards.EndingSoon(current, jonas.DisplayName, language));
        yield return ("rapporteurs.agenda", MandateCards.Agenda(current, jonas.DisplayName, [draft], language, RapporteurTexts.AgendaAdded.In(language)));
        yield return ("rapporteurs.agenda-none", MandateCards.Agenda(current, jonas.DisplayName, [], language));
        // The channel's posts are bilingual: the same card in both samples.
        yield return ("rapporteurs.channel-call", MandateCards.CallPost(open));
        yield return ("rapporteurs.channel-appointed", MandateCards.AppointedPost(Call(typed, CallStatus.Closed), [jonas.DisplayName, elise.DisplayName]));
        yield return ("rapporteurs.channel-nobody", MandateCards.AppointedPost(Call(typed, CallStatus.Closed), []));
    }
}
