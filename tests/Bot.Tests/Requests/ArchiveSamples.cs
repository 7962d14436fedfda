using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The archive's cards with sample data, for the render and typography tests (AllCards): a page of results with the
/// page buttons, a search that finds nothing, and an archive with nothing sent yet.
public static class ArchiveSamples
{
    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var request = RequestSamples.Request with { Title = typed.Text(RequestSamples.Request.Title), TitleTranslation = typed.Text(RequestSamples.Request.TitleTranslation ?? "") };
        var closed = request with
        {
            Id = "old", Number = new RequestNumber(2025, 11), Status = RequestStatus.Closed, SentOn = new DateOnly(2025, 9, 1), Deadline = new DateOnly(2025, 9, 30),
            Audience = Audience.All with { GroupId = "g1", GroupNameEn = typed.Text("Integration of migrant children"), GroupNameFr = typed.Text("Intégration des enfants migrants") },
        };
        var submitted = StateAnswer.New(closed.Number!.Value, "FR") with
        {
            Status = AnswerStatus.Submitted, Answers = [QuestionAnswer.Written(1, "312")], SubmittedAt = new DateTimeOffset(2025, 9, 25, 10, 0, 0, TimeSpan.Zero),
        };
        var groups = new List<(string, string, string)> { ("g1", typed.Text("Integration of migrant children"), typed.Text("Intégration des enfants migrants")) };
        var entries = new List<ArchiveEntry>
        {
            new(request, 12, 46, null, true, false),
            new(closed, 31, 46, submitted, true, true),
        };
        yield return ("requests.archive", ArchiveCards.Archive(new ArchivePage(new ArchiveQuery(typed.Text("children")), 0, 3, 12, entries, [2026, 2025], groups, false), paris, language));
        yield return ("requests.archive-nothing", ArchiveCards.Archive(new ArchivePage(new ArchiveQuery(typed.Text("xyz"), 2026, null, RequestStatus.Closed), 0, 1, 0, [], [2026, 2025], [], false), paris, language));
        yield return ("requests.archive-empty", ArchiveCards.Archive(new ArchivePage(new ArchiveQuery(), 0, 1, 0, [], [], [], true), paris, language));
    }
}
