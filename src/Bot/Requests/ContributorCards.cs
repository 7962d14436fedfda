using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The national contributors of a state's answer: the organisations consulted, each with its kind and a button to
/// remove it, a line to add one, and whether the state agrees to be named with them. Organisation names are members'
/// text: shown literally.
public static class ContributorCards
{
    public const string OrganisationKey = "organisation";
    public const string KindKey = "contributorKind";
    public const string NamedKey = "named";

    public static JsonObject Contributors(InformationRequest request, StateCode state, StateAnswer? answer, string? notice, IReadOnlyList<string> problems,
        ContributorForm? typed, Language language)
    {
        var data = RequestCards.Ids(request);
        var contributors = answer?.Contributors ?? [];
        var body = new List<JsonNode?>
        {
            Card.Title(RequestTexts.ContributorsTitle.Format(language, RequestTexts.OfState(state, language))),
            Card.TextBlock(RequestTexts.RequestHeading.Format(language, request.Number), subtle: true, spacing: "None"),
            Card.Literal(RequestCards.TitleIn(request, language), weight: "Bolder"),
            Card.TextBlock(RequestTexts.ContributorsIntro.In(language), subtle: true),
            request.Anonymous ? Card.TextBlock(RequestTexts.ContributorsAnonymous.In(language), color: "Warning") : null,
            notice is null ? null : Card.TextBlock(notice, color: "Good", weight: "Bolder"),
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            contributors.Count == 0 ? Card.TextBlock(RequestTexts.NoContributors.In(language), subtle: true) : null,
        };
        body.AddRange(contributors.Select(c => Row(c, data, language)));
        body.Add(Card.Container(
        [
            Card.InputText(OrganisationKey, RequestTexts.OrganisationLabel.Format(language, NationalContributors.OrganisationMaxLength), typed?.Organisation,
                maxLength: NationalContributors.OrganisationMaxLength),
            Card.ChoiceSet(KindKey, RequestTexts.ContributorKindLabel.In(language),
                Enum.GetValues<ContributorKind>().Select(k => (RequestTexts.KindName(k, language), k.ToString())), (typed?.Kind ?? ContributorKind.Ministry).ToString()),
            Card.Toggle(NamedKey, RequestTexts.NamedToggle.In(language), typed?.Named ?? answer?.NamedWithContributors ?? false),
        ], separator: true, spacing: "Medium"));
        return Card.New(body,
        [
            Card.Execute(RequestTexts.SaveContributorsButton.In(language), RequestRoutes.SaveContributors, data, style: "positive"),
            Card.Execute(RequestTexts.BackToAnswerButton.In(language), RequestRoutes.Answer, data, withInputs: false),
        ]);
    }

    /// One organisation: its name as typed and its kind, with its own Remove button.
    static JsonObject Row(NationalContributor contributor, JsonObject data, Language language) => new()
    {
        ["type"] = "ColumnSet",
        ["separator"] = true,
        ["columns"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "Column", ["width"] = "stretch", ["verticalContentAlignment"] = "Center",
                ["items"] = new JsonArray(Card.Literal(contributor.Organisation), Card.TextBlock(RequestTexts.KindName(contributor.Kind, language), subtle: true, spacing: "None")),
            },
            new JsonObject
            {
                ["type"] = "Column", ["width"] = "auto", ["verticalContentAlignment"] = "Center",
                ["items"] = new JsonArray(Card.ActionSet(Card.Execute(RequestTexts.RemoveButton.In(language), RequestRoutes.RemoveContributor,
                    RequestCards.WithData(data, (OrganisationKey, contributor.Organisation)), withInputs: false))),
            }),
    };
}

/// The contributors card's inputs as typed: kept on the card when they are refused, so nothing typed is lost.
public sealed record ContributorForm(string Organisation, ContributorKind Kind, bool? Named)
{
    public static ContributorForm From(JsonObject data)
    {
        string S(string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        var kind = Enum.TryParse<ContributorKind>(S(ContributorCards.KindKey), out var k) && Enum.IsDefined(k) ? k : ContributorKind.Other;
        bool? named = S(ContributorCards.NamedKey) switch { "true" => true, "false" => false, _ => null };
        return new ContributorForm(S(ContributorCards.OrganisationKey), kind, named);
    }
}
