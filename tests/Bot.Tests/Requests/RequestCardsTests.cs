using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The request cards as a coordinator or a focal point reads them, built from RequestSamples' request.
public sealed class RequestCardsTests
{
    static readonly InformationRequest Request = RequestSamples.Request;
    static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    static readonly DateOnly Today = new(2026, 11, 23);

    static IEnumerable<string> Verbs(JsonNode card) =>
        Regex.Matches(card.ToJsonString(), "\"verb\":\"([^\"]+)\"").Select(m => m.Groups[1].Value);

    /// France answered, Germany is drafting, Italy has a focal point who has not answered; the 43 others have none.
    static RequestProgress Progress() => new(Request,
        [.. MemberStates.All.Select(s => s.Code.Value switch
        {
            "FR" => new StateProgress("FR", 3, 3, AnswerStatus.Submitted, false, true, Reach.Chat),
            "DE" => new StateProgress("DE", 1, 3, AnswerStatus.Draft, false, false, Reach.Chat),
            "IT" => new StateProgress("IT", 0, 3, null, false, false, Reach.Waiting),
            _ => new StateProgress(s.Code, 0, 3, null, false, false, Reach.NoFocalPoint),
        })],
        []);

    static JsonObject Status(Language language, DateTimeOffset? at = null) =>
        FollowUpCards.Status(Progress(), ChannelPost.None, Paris, at ?? new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero), [], language);

    [Fact]
    public void The_status_lists_the_states_that_matter_and_sums_up_those_without_a_focal_point_in_one_line()
    {
        var english = CardText.Lines(Status(Language.En));
        var french = CardText.Lines(Status(Language.Fr));

        var byState = english[english.IndexOf(RequestTexts.ByState.En) + 1];
        Assert.Equal(["- France: ✅ answered 3/3 · receipt acknowledged", "- Germany: draft 1/3", "- Italy: no answer"], byState.Split('\r'));
        var summary = Assert.Single(english, t => t.StartsWith("⚠️ 43 states without a focal point: ", StringComparison.Ordinal));
        Assert.StartsWith("⚠️ 43 states without a focal point: Albania, Andorra, Armenia,", summary);
        Assert.DoesNotContain("\r", summary);
        Assert.DoesNotContain("France", summary);
        Assert.DoesNotContain(english, t => t.Contains("Albania: "));

        var parFrance = french[french.IndexOf(RequestTexts.ByState.Fr) + 1];
        Assert.Equal(["- Allemagne\u00a0: brouillon 1/3", "- France\u00a0: ✅ répondu 3/3 · réception accusée", "- Italie\u00a0: pas de réponse"], parFrance.Split('\r'));
        Assert.Single(french, t => t.StartsWith("⚠️ 43\u00a0États sans point de contact\u00a0: Albanie, Andorre, Arménie,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_without_a_focal_point_that_answered_all_the_same_is_listed()
    {
        var progress = Progress();
        var states = progress.States.Select(s => s.Code == "MT" ? s with { Status = AnswerStatus.Submitted, Answered = 3 } : s).ToList();

        var texts = CardText.Lines(FollowUpCards.Status(progress with { States = states }, ChannelPost.None, Paris, DateTimeOffset.UnixEpoch, [], Language.En));

        Assert.Contains("- Malta: ✅ answered 3/3 · ⚠️ no focal point", texts[texts.IndexOf(RequestTexts.ByState.En) + 1].Split('\r'));
        Assert.Single(texts, t => t.StartsWith("⚠️ 42 states without a focal point: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_status_says_when_it_was_updated_in_the_networks_time_and_French_times_never_wrap()
    {
        var at = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);   // 10:30 in Strasbourg

        Assert.Contains("Updated 25 November 2026, 10:30", CardText.Lines(Status(Language.En, at)));
        Assert.Contains("Mis à jour le 25 novembre 2026 à 10\u00a0h\u00a030", CardText.Lines(Status(Language.Fr, at)));
        var channel = CardText.Lines(FollowUpCards.Status(Progress(), new ChannelPost(ChannelPostState.Uncertain, "HTTP 504", at), Paris, at, [], Language.Fr));
        Assert.Contains(channel, t => t.StartsWith("incertaine depuis le 25 novembre 2026 à 10\u00a0h\u00a030", StringComparison.Ordinal));
    }

    [Fact]
    public void A_focal_points_list_writes_their_states_status_in_lower_case_after_the_colon()
    {
        var elise = AMember.Elise();

        var french = CardText.Lines(ComposeCards.List([Request], new Dictionary<string, StateAnswer>(), new Dictionary<string, int>(), elise, Paris, Language.Fr));
        var english = CardText.Lines(ComposeCards.List([Request], new Dictionary<string, StateAnswer>(), new Dictionary<string, int>(), elise, Paris, Language.En));

        Assert.Contains(french, t => t.Contains("votre État\u00a0: pas commencée"));
        Assert.Contains(english, t => t.Contains("your state: not started"));
    }

    [Fact]
    public void Dates_of_receipt_and_submission_are_the_networks_days()
    {
        var late = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero);   // already 26 November in Strasbourg
        var answer = StateAnswer.New(Request.Number!.Value, "FR") with { AcknowledgedAt = late, Status = AnswerStatus.Submitted, SubmittedAt = late };

        var list = CardText.Lines(ComposeCards.List([Request], new Dictionary<string, StateAnswer> { [Request.Id] = answer }, new Dictionary<string, int>(), AMember.Elise(), Paris, Language.Fr));
        var received = CardText.Lines(RequestCards.Received(Request, "Sophie Laurent", answer, Paris, Language.Fr));

        Assert.Contains(list, t => t.Contains("votre État\u00a0: soumise le 26 novembre 2026"));
        Assert.Contains("Votre État a accusé réception le 26 novembre 2026.", received);
    }

    static JsonObject Answer(Language language, StateAnswer? answer = null) =>
        AnswerCards.Answer(Request, "FR", answer, AnswerForm.Of(answer, language), null, [], null, 0, Today, Paris, RequestSettings.Default, language);

    [Fact]
    public void The_answers_status_is_a_status_not_a_state_in_French()
    {
        var facts = Answer(Language.Fr)["body"]!.AsArray().First(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray();

        Assert.Contains(facts, f => (string?)f!["title"] == "Statut" && (string?)f["value"] == "Pas commencée");
        Assert.DoesNotContain(facts, f => (string?)f!["title"] == "État");
    }

    [Theory]
    [InlineData(Language.En, "Kind of answer")]
    [InlineData(Language.Fr, "Type de réponse")]
    public void The_nil_choice_says_what_it_chooses(Language language, string label) =>
        Assert.Contains($"\"id\":\"{AnswerForm.NilKey(1)}\",\"label\":\"{label}\"", Regex.Unescape(Answer(language).ToJsonString()));

    [Theory]
    [InlineData(Language.En, "If the answer is to follow: by which date")]
    [InlineData(Language.Fr, "Si la réponse est à suivre\u00a0: d’ici quelle date")]
    public void The_follow_up_date_says_what_it_asks(Language language, string label) =>
        Assert.Contains($"\"id\":\"{AnswerForm.ByKey(1)}\",\"label\":\"{label}\"", Regex.Unescape(Answer(language).ToJsonString()));

    [Theory]
    [InlineData(Language.En, "Your answer to question 1 (up to 5,000 characters)")]
    [InlineData(Language.Fr, "Votre réponse à la question 1 (5\u00a0000\u00a0caractères au plus)")]
    public void The_answer_box_says_how_long_an_answer_may_be(Language language, string label)
    {
        var box = Answer(language)["body"]!.AsArray().SelectMany(b => b!["items"]?.AsArray() ?? []).First(i => (string?)i!["id"] == AnswerForm.TextKey(1))!;

        // French groups thousands with a no-break space, narrow (U+202F) or not as the culture data has it.
        Assert.Equal(label, ((string)box["label"]!).Replace('\u202f', '\u00a0'));
        Assert.Equal(RequestSettings.Default.AnswerMaxLength, (int)box["maxLength"]!);
    }

    [Fact]
    public void Once_the_state_acknowledged_or_answered_the_request_no_longer_offers_to_acknowledge()
    {
        var none = StateAnswer.New(Request.Number!.Value, "FR");
        var acknowledged = none with { AcknowledgedAt = new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero) };
        var submitted = none with { Status = AnswerStatus.Submitted, SubmittedAt = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero) };

        Assert.Contains(RequestRoutes.Acknowledge, Verbs(RequestCards.Received(Request, "Sophie Laurent", null, Paris, Language.Fr)));
        Assert.Contains(RequestRoutes.Acknowledge, Verbs(RequestCards.Received(Request, "Sophie Laurent", none, Paris, Language.Fr)));
        Assert.DoesNotContain(RequestRoutes.Acknowledge, Verbs(RequestCards.Received(Request, "Sophie Laurent", acknowledged, Paris, Language.Fr)));
        Assert.DoesNotContain(RequestRoutes.Acknowledge, Verbs(RequestCards.Received(Request, "Sophie Laurent", submitted, Paris, Language.Fr)));
        Assert.Contains(RequestRoutes.Answer, Verbs(RequestCards.Received(Request, "Sophie Laurent", submitted, Paris, Language.Fr)));
    }

    [Theory]
    [InlineData("FR", "Réponse de la France à la demande 2026/07", "la réponse de la France n’a pas encore été soumise")]
    [InlineData("PT", "Réponse du Portugal à la demande 2026/07", "la réponse du Portugal n’a pas encore été soumise")]
    [InlineData("DE", "Réponse de l’Allemagne à la demande 2026/07", "la réponse de l’Allemagne n’a pas encore été soumise")]
    [InlineData("NL", "Réponse des Pays-Bas à la demande 2026/07", "la réponse des Pays-Bas n’a pas encore été soumise")]
    [InlineData("MC", "Réponse de Monaco à la demande 2026/07", "la réponse de Monaco n’a pas encore été soumise")]
    public void French_cards_name_the_state_with_its_article(string code, string title, string reminder)
    {
        var answer = AnswerCards.Answer(Request, code, null, AnswerForm.Of(null, Language.Fr), null, [], null, 0, Today, Paris, RequestSettings.Default, Language.Fr);

        Assert.Equal(title, CardText.Lines(answer)[0]);
        Assert.Contains(CardText.Lines(RequestCards.Reminder(Request, code, false, Language.Fr)), t => t.StartsWith(char.ToUpperInvariant(reminder[0]) + reminder[1..], StringComparison.Ordinal));
        Assert.Contains(CardText.Lines(RequestCards.Reminder(Request, code, true, Language.Fr)), t => t.StartsWith("Dernier rappel\u00a0: " + reminder, StringComparison.Ordinal));
    }

    [Fact]
    public void Not_reached_counts_the_states_whose_focal_points_could_not_be_reached_not_those_without_any()
    {
        // Belgium has a focal point no way reached; 43 states have none.
        var progress = Progress() with { States = [.. Progress().States.Select(s => s.Code == "BE" ? s with { Reach = Reach.NotReached } : s)] };
        var english = CardText.Lines(FollowUpCards.Status(progress, ChannelPost.None, Paris, new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero), [], Language.En));

        Assert.Equal("1", english[english.IndexOf(RequestTexts.NotReached.En) + 1]);
        Assert.Contains(english, t => t.StartsWith("⚠️ 42 states without a focal point: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Language.En, "Draft · due 14 Dec 2026")]
    [InlineData(Language.Fr, "Brouillon · échéance le 14 déc. 2026")]
    public void A_request_not_sent_yet_is_listed_by_where_it_stands_not_by_a_missing_number(Language language, string row)
    {
        var draft = Request with { Id = "d1", Number = null, Status = RequestStatus.Draft, Deadline = new DateOnly(2026, 12, 14) };
        var office = AMember.Sophie();

        var texts = CardText.Lines(ComposeCards.List([draft], new Dictionary<string, StateAnswer>(), new Dictionary<string, int>(), office, Paris, language));

        Assert.Contains(row, texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("—", StringComparison.Ordinal));
    }
}
