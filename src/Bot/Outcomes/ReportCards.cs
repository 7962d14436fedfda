using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// What the draft card shows besides the form: a confirmation, the problems that kept the form from being saved, the
/// Chatham House check's warnings (saved all the same), and how many comments came in.
/// WithActions: the recommendations (by id) that follow-up actions were given to, which are never removed.
public sealed record DraftNotes(string? Notice = null, IReadOnlyList<string>? Problems = null, IReadOnlyList<string>? Warnings = null, int Comments = 0,
    IReadOnlySet<string>? WithActions = null);

/// The cards of a meeting's summary report: the office's draft form, the draft as a participant reads it with their
/// comment form, and a participant's comment as the office receives it. What the office and members typed is shown
/// literally (TextRun), never as Markdown.
public static partial class ReportCards
{
    public static JsonObject Draft(Meeting meeting, SummaryReport report, ReportForm form, IReadOnlyList<(string Title, string Value)> addressees,
        DraftNotes notes, OutcomeSettings settings, Language language)
    {
        List<JsonNode?> body =
        [
            Card.Title((report.Status == ReportStatus.Draft ? ReportTexts.DraftTitle : ReportTexts.OpenTitle).In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.TextBlock(MeetingDates.Of(meeting, language), subtle: true, spacing: "None"),
            .. CommentsOnDraft(meeting, report, notes.Comments, language),
            notes.Notice is null ? null : Card.TextBlock(notes.Notice, weight: "Bolder", color: "Good"),
            Card.Problems(ReportTexts.FixProblems.In(language), notes.Problems ?? []),
            notes.Warnings is { Count: > 0 } warnings ? Warn(ReportTexts.WarningsTitle.In(language), warnings) : null,
            Card.TextBlock(ReportTexts.ChathamNote.In(language), subtle: true, size: "Small"),
            Card.Subtitle(ReportTexts.BackgroundHeading.In(language)),
            .. Pair(ReportForm.BackgroundEnKey, ReportForm.BackgroundFrKey, ReportTexts.BackgroundHeading.In(language), form.Background, settings.BackgroundMaxLength, language),
            Card.Subtitle(ReportTexts.SummaryHeading.In(language)),
        ];
        var items = meeting.CurrentAgenda.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var label = ReportTexts.ItemLabel.Format(language, i + 1, item.Title.In(language));
            var (text, attributable) = form.Summaries.TryGetValue(item.Id, out var s) ? s : (BilingualText.Of(""), false);
            body.Add(Card.Literal(label, weight: "Bolder", spacing: "Medium"));
            body.AddRange(Pair(ReportForm.SummaryEnKey(item.Id), ReportForm.SummaryFrKey(item.Id), label, text, settings.SummaryMaxLength, language));
            body.Add(Card.Toggle(ReportForm.AttributableKey(item.Id), ReportTexts.Attributable.In(language), attributable));
        }
        body.Add(Card.Subtitle(ReportTexts.RecommendationsHeading.In(language)));
        body.Add(NumbersNote(report, form, notes.WithActions ?? new HashSet<string>(), language));
        foreach (var line in form.Recommendations)
        {
            var label = line.Number is { } n ? ReportTexts.RecommendationLabel.Format(language, n) : ReportTexts.NewRecommendationLabel.In(language);
            body.Add(Card.TextBlock(label, weight: "Bolder", spacing: "Medium"));
            body.AddRange(Pair(ReportForm.RecommendationEnKey(line.Id), ReportForm.RecommendationFrKey(line.Id), label, line.Text, settings.RecommendationMaxLength, language));
            body.Add(Card.ChoiceSet(ReportForm.AddresseeKey(line.Id), ReportTexts.AddresseeLabel.In(language), addressees,
                line.AddresseeChoice.Length > 0 ? line.AddresseeChoice : null, placeholder: ReportTexts.AddresseePlaceholder.In(language)));
            body.Add(RemoveButton(report, form, line, notes.WithActions ?? new HashSet<string>(), language));
        }
        var data = form.ButtonData();
        return Card.New(body,
        [
            Card.Execute(ReportTexts.Save.In(language), ReportRoutes.Save, data, style: "positive"),
            report.Status == ReportStatus.Draft && report.Version is not null ? Card.Execute(ReportTexts.Circulate.In(language), ReportRoutes.Circulate, data, withInputs: false) : null,
            // Issuing is final: this press only shows what will happen (ReportCards.ConfirmIssue).
            report.Status == ReportStatus.OpenForComments ? Card.Execute(ReportTexts.Issue.In(language), ReportRoutes.Issue, data, withInputs: false) : null,
        ]);
    }

    /// The draft as a participant reads it, in their language, with the form for a comment to the office. `commentId`
    /// is the comment's id, made when the card is drawn, so a second press of the same card saves nothing twice.
    public static JsonObject ForComment(Meeting meeting, SummaryReport report, OwnerBook book, string commentId, Language language, string? notice = null)
    {
        var body = new List<JsonNode?>
        {
            Card.Title(ReportTexts.SentTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.TextBlock(MeetingDates.Of(meeting, language), subtle: true, spacing: "None"),
            notice is null ? null : Card.TextBlock(notice, weight: "Bolder", color: "Good"),
            report.CommentsUntil is { } until ? Card.TextBlock(ReportTexts.SentIntro.Format(language, until)) : null,
        };
        body.AddRange(Read(meeting, report, book, language));
        var about = new List<(string, string)> { (ReportTexts.AboutWhole.In(language), "whole") };
        about.AddRange(report.Recommendations.OrderBy(r => r.Number).Select(r => (ReportTexts.RecommendationLabel.Format(language, r.Number), $"r{r.Number}")));
        about.AddRange(meeting.CurrentAgenda.Items.Select((item, i) => (Shortened(ReportTexts.ItemLabel.Format(language, i + 1, item.Title.In(language))), $"i:{item.Id}")));
        body.Add(Card.ChoiceSet(ReportForm.AboutKey, ReportTexts.AboutLabel.In(language), about, "whole"));
        body.Add(Card.InputText(ReportForm.CommentKey, ReportTexts.CommentLabel.In(language), multiline: true, maxLength: OutcomeSettings.Default.CommentMaxLength));
        var data = new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id, [ReportForm.CommentIdKey] = commentId };
        return Card.New(body, [Card.Execute(ReportTexts.SendComment.In(language), ReportRoutes.Comment, data, style: "positive")]);
    }

    /// A participant's comment, to the office only.
    public static JsonObject CommentNotice(Meeting meeting, ReportComment comment, Member? author, Language language)
    {
        var state = author?.StateCode is { } code ? MemberStates.NameIn(code, language) : ReportTexts.NoState.In(language);
        var about = comment.RecommendationNumber is { } n ? ReportTexts.RecommendationLabel.Format(language, n)
            : comment.AgendaItemId is { } id && meeting.CurrentAgenda.NumberOf(id) is { } number
                ? ReportTexts.ItemLabel.Format(language, number, meeting.CurrentAgenda.Items[number - 1].Title.In(language))
                : ReportTexts.AboutWhole.In(language);
        return Card.New(
        [
            Card.Title(ReportTexts.CommentNoticeTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.Literal(ReportTexts.CommentFrom.Format(language, author?.DisplayName ?? "?", state), subtle: true),
            Card.LabelledLiteral(ActionCards.Label(ReportTexts.AboutLabel, language), about),
            Card.Literal(comment.Text, spacing: "Medium"),
        ], [Card.Execute(ReportTexts.OpenReport.In(language), ReportRoutes.Open, new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id }, withInputs: false)]);
    }

    /// The report's texts in the reader's language: background, the summary of each item, the recommendations numbered
    /// with their addressees.
    static IEnumerable<JsonNode?> Read(Meeting meeting, SummaryReport report, OwnerBook book, Language language)
    {
        if (!report.Background.IsEmpty)
        {
            yield return Card.Subtitle(ReportTexts.BackgroundHeading.In(language));
            yield return Card.Literal(report.Background.In(language));
        }
        var summaries = SummaryReports.ByAgenda(report, meeting).Select((s, i) => (Number: i + 1, s.Item, s.Summary)).Where(s => s.Summary is not null).ToList();
        if (summaries.Count > 0) yield return Card.Subtitle(ReportTexts.SummaryHeading.In(language));
        foreach (var (n, item, summary) in summaries)
        {
            yield return Card.Literal(ReportTexts.ItemLabel.Format(language, n, item.Title.In(language)), weight: "Bolder", spacing: "Medium");
            yield return Card.Literal(summary!.Text.In(language), spacing: "Small");
        }
        if (report.Recommendations.Count == 0) yield break;
        yield return Card.Subtitle(ReportTexts.RecommendationsHeading.In(language));
        foreach (var r in report.Recommendations.OrderBy(r => r.Number))
        {
            yield return Card.Literal($"{r.Number}. {r.Text.In(language)}", spacing: "Small");
            yield return Card.Literal(ActionCards.Label(ReportTexts.AddresseeLabel, language) + book.Name(r.Addressee, language), subtle: true, spacing: "None");
        }
    }

    static IEnumerable<JsonNode?> Pair(string enKey, string frKey, string label, BilingualText text, int max, Language language)
    {
        yield return Card.InputText(enKey, ReportTexts.InEnglish.Format(language, label), text.En, multiline: true, maxLength: max);
        yield return Card.InputText(frKey, ReportTexts.InFrench.Format(language, label), text.Fr, multiline: true, maxLength: max);
    }

    static JsonObject Warn(string title, IReadOnlyList<string> warnings) => new()
    {
        ["type"] = "Container",
        ["style"] = "warning",
        ["items"] = new JsonArray(Card.TextBlock(title, weight: "Bolder", color: "Warning"), Card.Literal(string.Join("\n", warnings))),
    };

    static string Shortened(string text) => text.Length <= 80 ? text : text[..79].TrimEnd() + "…";
}
