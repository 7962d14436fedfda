using System.Text.Json.Nodes;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The archive: `archive` / `archives`, searching past requests as each member may see them.
public sealed class ArchiveRoutesTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    static InformationRequest Past(int sequence, string title, string? translation = null, RequestStatus status = RequestStatus.Closed, int year = 2025) => new()
    {
        Id = $"r-{year}-{sequence}",
        Number = new RequestNumber(year, sequence),
        Title = title,
        TitleTranslation = translation,
        Questions = [new Question("How many?", "Combien\u00a0?")],
        Language = Language.En,
        Deadline = new DateOnly(year, 3, 20),
        Audience = Audience.Of("FR", "DE", "IT"),
        Status = status,
        SentOn = new DateOnly(year, 3, 2),
    };

    async Task StoreAsync(params InformationRequest[] requests)
    {
        foreach (var r in requests) Assert.IsType<FocalBot.Domain.Shared.SaveResult.Saved>(await _app.Requests().SaveAsync(r, default));
    }

    async Task<string> TypeAsync(string text, string aad = Payload.EliseAad)
    {
        await _app.PostAsync(Payload.PersonalMessage(text).From(aad));
        return _app.Connector.Sends[^1].Shown;
    }

    [Fact]
    public async Task A_French_focal_point_finds_a_request_by_a_French_word_without_accents_and_sees_her_state_s_answer()
    {
        await StoreAsync(Past(3, "Reception of unaccompanied children", "Accueil des enfants non accompagnés"), Past(4, "Voluntary return"));
        await _app.Requests().SaveAnswerAsync(StateAnswer.New(new RequestNumber(2025, 3), "FR") with
        {
            Answers = [QuestionAnswer.Written(1, "312")], Status = AnswerStatus.Submitted, SubmittedAt = new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero),
        }, default);

        var card = await TypeAsync("archives ACCOMPAGNES");

        Assert.Contains("Archives des demandes d’information", card);
        Assert.Contains("1\u00a0demande trouvée", card);
        Assert.Contains("Accueil des enfants non accompagnés", card);
        Assert.DoesNotContain("Voluntary return", card);
        Assert.Contains("1\u00a0États sur 3 ont répondu", card);
        Assert.Contains("Votre État\u00a0: soumise le 10 mars 2025", card);
        Assert.Contains("Notre réponse", card);
    }

    [Fact]
    public async Task Drafts_stay_out_and_a_search_that_matches_nothing_says_so()
    {
        await StoreAsync(Past(3, "Reception of unaccompanied children"));
        await _app.PressAsync(RequestRoutes.Preview, RequestApp.Form("r-draft", title: "Reception conditions in winter"));

        var office = await TypeAsync("archive reception", Payload.SophieAad);
        var nothing = await TypeAsync("archive winter", Payload.SophieAad);

        Assert.Contains("1 request found", office);
        Assert.DoesNotContain("winter", office);
        Assert.Contains(RequestTexts.ArchiveNothing.En, nothing);
    }

    [Fact]
    public async Task The_year_in_a_typed_search_filters_and_the_office_sees_the_answered_count()
    {
        await StoreAsync(Past(3, "Returns", year: 2025), Past(1, "Returns again", status: RequestStatus.Sent, year: 2026));

        var card = await TypeAsync("archive returns 2026", Payload.SophieAad);

        Assert.Contains("Returns again", card);
        Assert.Contains("open for answers", card);
        Assert.DoesNotContain("2025/03", card);
        Assert.Contains(RequestTexts.AnsweredCount.Format(Language.En, 0, 3), card);
        Assert.DoesNotContain("Your state", card);
    }

    [Fact]
    public async Task Pages_follow_the_search_as_made_not_what_was_typed_since()
    {
        await StoreAsync([.. Enumerable.Range(1, 7).Select(i => Past(i, $"Returns part {i}")), Past(8, "Integration")]);

        var first = await TypeAsync("archive returns", Payload.SophieAad);
        // "Next" carries the search as made and sends none of the form's inputs, so words typed since do not count.
        var next = Actions(_app.Connector.Sends[^1].Card).Single(a => (string?)a["title"] == "Next");
        var second = await _app.PressAsync(RequestRoutes.Archive, next["data"]!.AsObject().DeepClone().AsObject(), fromAad: Payload.SophieAad);

        Assert.Contains("7 requests found", first);
        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("Returns part 7", first);
        Assert.DoesNotContain("Returns part 2", first);
        Assert.Equal(RequestRoutes.Archive, (string?)next["verb"]);
        Assert.Equal("none", (string?)next["associatedInputs"]);
        Assert.Equal("returns", (string?)next["data"]![ArchiveCards.WordsKey]);
        Assert.Contains("Page 2 of 2", second.CardText());
        Assert.Contains("Returns part 1", second.CardText());
        Assert.DoesNotContain("Integration", second.CardText());
    }

    [Fact]
    public async Task The_form_filters_by_status_and_group()
    {
        var grouped = Past(2, "Returns of the group") with { Audience = Audience.All with { GroupId = "g-returns", GroupNameEn = "Returns", GroupNameFr = "Retours" } };
        await StoreAsync(Past(1, "Open returns", status: RequestStatus.Sent), grouped);

        var open = await _app.PressAsync(RequestRoutes.Archive, new JsonObject { [ArchiveCards.StatusKey] = ArchiveCards.Open }, fromAad: Payload.JonasAad);
        var group = await _app.PressAsync(RequestRoutes.Archive, new JsonObject { [ArchiveCards.GroupKey] = "g-returns" }, fromAad: Payload.EliseAad);
        var any = await _app.PressAsync(RequestRoutes.Archive, new JsonObject
        {
            [ArchiveCards.GroupKey] = ArchiveCards.Any, [ArchiveCards.StatusKey] = ArchiveCards.Any, [ArchiveCards.YearKey] = ArchiveCards.Any,
        }, fromAad: Payload.EliseAad);

        Assert.Contains("Open returns", open.CardText());
        Assert.DoesNotContain("Returns of the group", open.CardText());
        Assert.Contains("Returns of the group", group.CardText());
        Assert.DoesNotContain("Open returns", group.CardText());
        Assert.Contains("Groupe thématique\u00a0: Retours", group.CardText());
        Assert.Contains("2\u00a0demandes trouvées", any.CardText());
    }

    [Fact]
    public async Task Titles_typed_by_people_stay_literal()
    {
        await StoreAsync(Past(1, "**Bold** [link](https://evil.example) <at>Jonas</at>"));

        await TypeAsync("archive bold", Payload.SophieAad);

        var card = _app.Connector.Sends[^1].Card!.ToJsonString();
        Assert.Contains("\"type\":\"TextRun\",\"text\":\"**Bold** [link](https://evil.example) \\u003Cat\\u003EJonas\\u003C/at\\u003E\"", card);
    }

    [Fact]
    public async Task An_empty_archive_says_nothing_was_sent_yet()
    {
        var card = await TypeAsync("archives");

        Assert.Contains("Aucune demande n’a encore été envoyée au réseau.", card);
    }

    [Fact]
    public async Task The_compilation_is_offered_once_released_to_its_recipients_and_always_to_the_office()
    {
        await StoreAsync(Past(1, "Released returns") with { ReleasedOn = new DateOnly(2025, 3, 25) }, Past(2, "Kept returns"));

        var jonas = await _app.PressAsync(RequestRoutes.Archive, new JsonObject { [ArchiveCards.WordsKey] = "returns" }, fromAad: Payload.JonasAad);
        var office = await _app.PressAsync(RequestRoutes.Archive, new JsonObject { [ArchiveCards.WordsKey] = "returns" }, fromAad: Payload.SophieAad);

        Assert.Equal(["r-2025-1"], CompilationButtons(jonas));
        Assert.Equal(["r-2025-2", "r-2025-1"], CompilationButtons(office));
    }

    /// The requests whose "Get the compilation" button the card shows, in its order.
    static List<string?> CompilationButtons(Pressed pressed) => [.. Actions(JsonNode.Parse(pressed.CardJson()))
        .Where(n => (string?)n["verb"] == RequestRoutes.GetCompilation).Select(n => (string?)n["data"]?[RequestForm.IdKey])];

    static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o => (o["verb"] is not null ? [o] : Enumerable.Empty<JsonObject>()).Concat(o.SelectMany(p => Actions(p.Value))),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };
}
