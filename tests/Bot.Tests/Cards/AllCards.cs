using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.DetailsCheck;
using FocalBot.Bot.Help;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.MemberDirectory;
using FocalBot.Bot.Members;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Deliveries;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Cards;

/// One card the bot can send, filled with sample data, in one language.
public sealed record CardSample(string Name, Language Language, JsonObject Card);

/// Every card the bot can send, with sample data, in both languages: rendered by Microsoft's
/// renderer, and walked to check each card verb has a route. It names every feature, so it lives with the tests:
/// in src/Bot/Cards it tied the shared card helpers to each feature and back.
public static class AllCards
{
    static readonly Member SampleMember = new()
    {
        Id = "sample-elise", DisplayName = "Élise Moreau", Role = MemberRole.FocalPoint, StateCode = "FR", Organisation = "Ministère de l’Intérieur",
        Title = "Cheffe de bureau", Email = "elise.moreau@interieur.example", Phone = "+33 1 23 45 67 89", PreferredLanguage = Language.Fr,
        AadObjectId = "c1d3f9a2-4b57-4e0f-9a1d-2f6b8e3c7a45", TenantId = "6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10", IsLead = true,
    };

    public static IEnumerable<CardSample> Samples() => Samples(SampleText.AsTyped);

    /// The samples with what members typed given by `typed`.
    public static IEnumerable<CardSample> Samples(SampleText typed)
    {
        var routes = Features.Routes();
        var member = typed.Member(SampleMember);
        foreach (var language in Enum.GetValues<Language>())
        {
            yield return new("help.welcome", language, HelpCards.Welcome(language));
            yield return new("help.help", language, HelpCards.Help(routes.Described, language));
            yield return new("detailscheck.check", language, DetailsCheckCards.Check(member, language));
            yield return new("detailscheck.confirmed", language, DetailsCheckCards.Confirmed(member, new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.Zero), language));

            // The demo network as sample data, four to a page so the page buttons show.
            var network = typed.Members(DemoNetwork.Members);
            var elise = network.Single(m => m.Id == "demo-elise") with { Phone = typed.Text("+33 1 40 07 60 60"), Version = "3" };
            yield return new("directory.list", language, DirectoryCards.Directory(DirectoryListing.Build(network, "", 0, language, pageSize: 4), language));
            yield return new("directory.search", language, DirectoryCards.Directory(DirectoryListing.Build(network, "moreau", 0, language), language));
            yield return new("directory.empty", language, DirectoryCards.Directory(DirectoryListing.Build(network, typed.Text("xyz"), 0, language), language));
            yield return new("directory.contact", language, DirectoryCards.Contact(elise, mayEdit: true, language, new DirectoryCards.Where(1, "fr")));
            yield return new("directory.saved", language, DirectoryCards.Contact(elise, mayEdit: true, language, saved: true));
            yield return new("directory.contact-groups", language, DirectoryCards.Contact(elise, mayEdit: false, language,
                groups: [typed.Text(language == Language.Fr ? "Intégration des enfants migrants" : "Integration of migrant children"), typed.Text(language == Language.Fr ? "Retour et réadmission" : "Return and readmission")]));
            yield return new("directory.edit", language, DirectoryCards.EditForm(elise, elise.Version, DetailsForm.Of(elise), [], null, language));
            yield return new("directory.edit-problems", language, DirectoryCards.EditForm(elise, elise.Version,
                DetailsForm.Of(elise) with { Name = "", Email = "elise.moreau@", Phone = "call me" },
                [DetailProblem.NameMissing, DetailProblem.EmailInvalid, DetailProblem.PhoneInvalid], DirectoryTexts.FixProblems, language));
            yield return new("directory.edit-conflict", language, DirectoryCards.EditForm(elise, "4", DetailsForm.Of(elise), [], DirectoryTexts.ChangedMeanwhile, language));
            foreach (var (name, card) in MemberSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in RequestSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Requests.AttachSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Requests.CirculationSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Requests.ArchiveSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in MeetingSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in DeliverySamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Decisions.DecisionSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Rapporteurs.RapporteurSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Groups.GroupSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Outcomes.OutcomeSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Outcomes.ReportCommentSamples.Cards(language, typed)) yield return new(name, language, card);
            foreach (var (name, card) in Requests.ReleaseSamples.Cards(language, typed)) yield return new(name, language, card);
        }
    }
}
