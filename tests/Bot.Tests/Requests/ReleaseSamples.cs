using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Requests;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// The cards of releasing a compilation, filled with sample data, for AllCards: who receives it, answers for the office
/// only, the release on the office's status, and a member's links.
public static class ReleaseSamples
{
    static readonly DateOnly Today = new(2026, 11, 23);
    static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var request = RequestSamples.Request with { Recipients = CompilationRecipients.Responders };
        var answer = StateAnswer.New(request.Number!.Value, "FR") with
        {
            Answers =
            [
                QuestionAnswer.Written(1, typed.Text("312, dont 40 en outre-mer.")),
                QuestionAnswer.Written(2, typed.Text("L’OFPRA, au cas par cas\u00a0: **à ne pas diffuser**")) with { OfficeOnly = true },
                QuestionAnswer.NotApplicable(3) with { OfficeOnly = true },
            ],
            Language = Language.Fr, Status = AnswerStatus.Submitted, Version = 3, SubmittedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
        };
        var form = RequestForm.Of(request with { Number = null, Status = RequestStatus.Draft });

        yield return ("requests.release.compose-responders", ComposeCards.Compose(form, [RequestTexts.RecipientsUnknown.In(language)], false, RequestSettings.Default,
            request.Deadline, [], language));
        yield return ("requests.release.answer-office-only", AnswerCards.Answer(request, "FR", answer, AnswerForm.Of(answer, language), typed.Text("Élise Moreau"),
            [RequestTexts.OfficeOnlyUnansweredAt.Format(language, 2)], RequestTexts.AnswerSubmitted.In(language), 0, Today, Paris, RequestSettings.Default, language));
        var released = request with { ReleasedOn = new DateOnly(2026, 12, 15) };
        yield return ("requests.release.received-with-compilation", RequestCards.Received(released, typed.Text("Sophie Laurent"), answer, Paris, language, mayOpenCompilation: true));
        var compiled = new CompiledRequest(released, 31, 46, new ExportedFile("w1", "Compilation 2026-07 (network) (EN).docx", "application/octet-stream", 1, null),
            new ExportedFile("x1", "Compilation 2026-07 (network) (EN).xlsx", "application/octet-stream", 1, null)) { View = CompilationView.Network };
        var links = ("https://focalbot.example/exports/abc?sig=1", "https://focalbot.example/exports/def?sig=2", (DateOnly?)new DateOnly(2026, 12, 16));
        yield return ("requests.release.released", ReleaseCards.Links(compiled, links, released: true, language));
        yield return ("requests.release.links-sharepoint", ReleaseCards.Links(compiled, links with { Item3 = null }, released: false, language));
        var everyone = typed.Members(FocalBot.Bot.Members.DemoNetwork.Members);
        var progress = RequestProgress.Of(released, [answer], [], [], everyone);
        var channel = new FocalBot.Bot.Scheduling.ChannelPost(FocalBot.Bot.Scheduling.ChannelPostState.Posted);
        var at = new DateTimeOffset(2026, 12, 15, 9, 30, 0, TimeSpan.Zero);
        yield return ("requests.release.status-releasable", FollowUpCards.Status(progress with { Request = request }, channel, Paris, at, ["29:office"], language,
            release: new ReleaseProgress(null, [])));
        yield return ("requests.release.status-too-early", FollowUpCards.Status(progress with { Request = request }, channel, Paris, at, [], language,
            release: new ReleaseProgress(ReleaseRefusal.TooEarly, [])));
        Delivery Row(string id, DeliveryStatus status) => new() { Campaign = "request-released/2026/07", MemberId = id, Status = status, Path = DeliveryPath.Chat };
        yield return ("requests.release.status-released", FollowUpCards.Status(progress, channel, Paris, at, [], language,
            release: new ReleaseProgress(ReleaseRefusal.AlreadyReleased, [Row("demo-elise", DeliveryStatus.Sent), Row("demo-jonas", DeliveryStatus.Pending)])));
        yield return ("requests.release.status-kept-by-office", FollowUpCards.Status(progress with { Request = request with { Recipients = CompilationRecipients.Office } },
            channel, Paris, at, [], language));
        yield return ("requests.release.answer-kept-by-office", AnswerCards.Answer(request with { Recipients = CompilationRecipients.Office }, "FR", answer,
            AnswerForm.Of(answer, language), null, [], null, 0, Today, Paris, RequestSettings.Default, language));
    }
}
