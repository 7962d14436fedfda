using System.Text.Json;
using System.Text.Encodings.Web;
using FocalBot.Bot.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// The meeting cards as the office reads them, built from MeetingSamples.
public sealed class MeetingCardsTests
{
    static string Card(string name, Language language) => System.Text.RegularExpressions.Regex.Unescape(
        MeetingSamples.Cards(language, FocalBot.Bot.Cards.SampleText.AsTyped).Single(c => c.Name == name).Card
            .ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    [Theory]
    [InlineData(Language.En, "awaiting a decision", "accepted", "Accept", "draft")]
    [InlineData(Language.Fr, "en attente de décision", "retenue", "Retenir", "brouillon")]
    public void A_suggestion_shows_where_it_stands_never_a_button_word(Language language, string pending, string accepted, string button, string draft)
    {
        var status = Card("meetings.status", language);

        Assert.Contains(" · " + pending + "\"", status);
        Assert.Contains(" · " + accepted + "\"", status);
        Assert.DoesNotContain(" · " + button.ToLowerInvariant() + "\"", status);
        Assert.DoesNotContain(" · " + draft + "\"", status);
    }

    [Fact]
    public void The_status_is_dated_in_the_networks_time_zone()
    {
        // Made at 10:00 UTC on 3 December 2026: 11:00 in Strasbourg.
        Assert.Contains(MeetingTexts.UpdatedAt.Format(Language.En, new DateTime(2026, 12, 3, 11, 0, 0)), Card("meetings.status", Language.En));
        Assert.Contains("Mis à jour le 3 décembre 2026 à 11\u00a0h\u00a000", Card("meetings.status", Language.Fr));
        Assert.DoesNotContain("UTC", Card("meetings.status", Language.Fr));
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void The_draft_the_office_convenes_from_names_the_meeting(Language language) =>
        Assert.Contains(MeetingSamples.Plenary.Title.In(language), Card("meetings.draft", language));

    [Fact]
    public void The_convocation_stops_offering_suggestions_once_their_deadline_has_passed()
    {
        var meeting = MeetingSamples.Plenary;
        var until = new DateOnly(2027, 2, 15);
        string Shown(DateOnly today) => MeetingCards.Convocation(meeting, null, new DateOnly(2027, 3, 1), until, null, null, [], Language.Fr, today).ToJsonString();

        Assert.Contains(MeetingRoutes.Suggest, Shown(until));
        var closed = Shown(until.AddDays(1));
        Assert.DoesNotContain(MeetingRoutes.Suggest, closed);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(MeetingTexts.SuggestClosed.Format(Language.Fr, until))[1..^1], closed);
    }

    [Fact]
    public void The_office_is_not_offered_to_suggest_an_item_on_its_own_revised_agenda()
    {
        Assert.Contains(MeetingRoutes.Suggest, Card("meetings.revised", Language.En));
        Assert.DoesNotContain(MeetingRoutes.Suggest, Card("meetings.revised-office", Language.En));
    }

    [Fact]
    public void The_suggestion_form_leads_back_to_the_convocation() =>
        Assert.Contains(MeetingRoutes.Open, Card("meetings.suggest", Language.En));

    [Fact]
    public void Dates_keep_french_times_whole_and_a_bilingual_line_names_the_time_zone_once()
    {
        var meeting = MeetingSamples.Plenary;

        Assert.Contains("09\u00a0h\u00a030–17\u00a0h\u00a000", MeetingCards.Dates(meeting, Language.Fr));
        var both = MeetingCards.BilingualDates(meeting);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(both, System.Text.RegularExpressions.Regex.Escape($"({meeting.TimeZoneId})")));
        Assert.EndsWith($"({meeting.TimeZoneId})", both);
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public void The_place_stands_among_the_facts(Language language)
    {
        var card = MeetingCards.Convocation(MeetingSamples.Plenary with { Place = "Agora, **Room** G03" }, null, new DateOnly(2027, 3, 1),
            new DateOnly(2027, 2, 15), null, null, [], language);

        var facts = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "FactSet").SelectMany(f => f!["facts"]!.AsArray()).ToList();
        var place = Assert.Single(facts, f => (string?)f!["title"] == MeetingTexts.PlaceFact.In(language));
        Assert.Equal("Agora, Room G03", (string?)place!["value"]);
    }
}
