using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Outcomes;

/// What a group of comments is about, in the report's order: the report as a whole (rank 0), an agenda item (1, by
/// its place on the agenda), a recommendation (2, by number), an item since taken off the agenda (3).
public sealed record CommentGroup(int Rank, int Place, string Heading, string? Excerpt);

public static partial class ReportCards
{
    public const int CommentPageSize = 10;

    /// What one page's comments may take, in characters of card JSON as System.Text.Json writes it (which escapes
    /// every letter outside ASCII as six): about 50 KB in UTF-16 of the 80 KB a card may be (teams-cards.md), the rest
    /// left for the headings and buttons. Ten comments of the longest French fit; long comments in another script
    /// take more pages, never a card Teams refuses.
    public const int CommentPageBudget = 25_000;

    /// The page a "Previous" or "Next" button shows, from 0.
    public const string CommentPageKey = "commentPage";

    /// "Read the comments (K)", on the office's draft card; nothing while no comment came in.
    public static JsonObject? ReadCommentsButton(string meetingId, int count, Language language) => count == 0 ? null
        : Card.ActionSet([Card.Execute(ReportTexts.ReadComments.Format(language, count), ReportRoutes.ReadComments,
            new JsonObject { [ReportRoutes.MeetingIdKey] = meetingId }, withInputs: false)], spacing: "Small");

    /// The draft card's lines on comments while the draft is open for them: until when, and the comments to read.
    static IEnumerable<JsonNode?> CommentsOnDraft(Meeting meeting, SummaryReport report, int count, Language language)
    {
        if (report.Status != ReportStatus.OpenForComments || report.CommentsUntil is not { } until) yield break;
        var line = ReportTexts.CommentsUntil.Format(language, until);
        yield return Card.TextBlock(count == 0 ? line + " · " + ReportTexts.Comments.Format(language, 0) : line, spacing: "Small");
        if (ReadCommentsButton(meeting.Id, count, language) is not { } button) yield break;
        yield return button;
        yield return Card.TextBlock(ReportTexts.ReadCommentsHint.In(language), subtle: true, size: "Small", spacing: "None");
    }

    /// Every comment on the report, for the office, a page at a time. Grouped by what each is about in the order of
    /// the report (the whole, then each agenda item, then each recommendation by number), the oldest first in a group:
    /// the office revises the report passage by passage, and sees together what several participants said about the
    /// passage in hand, and how the comments on it followed one another. Names and texts are shown literally.
    public static JsonObject CommentList(Meeting meeting, SummaryReport report, IReadOnlyList<ReportComment> comments, Func<string, Member?> authorOf,
        int page, TimeZoneInfo zone, Language language)
    {
        var listed = InReportOrder(comments, report, meeting, language);
        var starts = PageStarts(listed);
        page = Math.Clamp(page, 0, starts.Count - 1);
        var (first, end) = (starts[page], page + 1 < starts.Count ? starts[page + 1] : listed.Count);
        var status = report.Status switch
        {
            ReportStatus.Draft => ReportTexts.NotSentForComments.In(language),
            ReportStatus.OpenForComments when report.CommentsUntil is { } until =>
                ReportTexts.CommentsUntil.Format(language, until) + " · " + ReportTexts.Comments.Format(language, listed.Count),
            _ => ReportTexts.Comments.Format(language, listed.Count),
        };
        List<JsonNode?> body =
        [
            Card.Title(ReportTexts.CommentListTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.TextBlock(MeetingDates.Of(meeting, language), subtle: true, spacing: "None"),
            Card.TextBlock(status, spacing: "Small"),
            Card.TextBlock((listed.Count == 0 ? ReportTexts.NoComments : ReportTexts.CommentListIntro).In(language), subtle: true, size: "Small"),
            starts.Count > 1 ? Card.TextBlock(ReportTexts.CommentPage.Format(language, first + 1, end, listed.Count), weight: "Bolder", spacing: "Medium") : null,
        ];
        CommentGroup? shown = null;
        foreach (var (group, comment) in listed.Skip(first).Take(end - first))
        {
            if (group != shown) body.AddRange(Heading(group));   // again at the top of a page, so each page reads alone
            shown = group;
            body.Add(Entry(comment, authorOf(comment.MemberId), zone, language));
        }
        if (starts.Count > 1) body.Add(Card.ActionSet(
        [
            page > 0 ? Card.Execute(ReportTexts.PreviousComments.In(language), ReportRoutes.ReadComments, PageData(meeting, page - 1), withInputs: false) : null,
            page + 1 < starts.Count ? Card.Execute(ReportTexts.NextComments.In(language), ReportRoutes.ReadComments, PageData(meeting, page + 1), withInputs: false) : null,
        ], spacing: "Medium"));
        var back = report.Status == ReportStatus.Issued ? ReportTexts.BackToReport : ReportTexts.BackToDraft;
        return Card.New(body, [Card.Execute(back.In(language), ReportRoutes.Open, new JsonObject { [ReportRoutes.MeetingIdKey] = meeting.Id }, withInputs: false)]);
    }

    /// The comments under their groups, in the report's order; the oldest first in a group (the store lists them so).
    public static IReadOnlyList<(CommentGroup Group, ReportComment Comment)> InReportOrder(IReadOnlyList<ReportComment> comments, SummaryReport report,
        Meeting meeting, Language language)
    {
        var items = meeting.CurrentAgenda.Items;
        var whole = new CommentGroup(0, 0, ReportTexts.AboutWhole.In(language), null);
        var gone = new CommentGroup(3, 0, ReportTexts.NoLongerOnAgenda.In(language), null);
        var groups = new Dictionary<(int, int), CommentGroup>();
        CommentGroup Of(ReportComment c)
        {
            if (c.RecommendationNumber is { } n)
                return Cached(2, n, () => new(2, n, ReportTexts.RecommendationLabel.Format(language, n),
                    report.Recommendations.FirstOrDefault(r => r.Number == n) is { } r ? Shortened(r.Text.In(language)) : null));
            if (c.AgendaItemId is null) return whole;
            if (meeting.CurrentAgenda.NumberOf(c.AgendaItemId) is not { } place) return gone;
            return Cached(1, place, () => new(1, place, ReportTexts.ItemLabel.Format(language, place, items[place - 1].Title.In(language)), null));
        }
        CommentGroup Cached(int rank, int place, Func<CommentGroup> make) =>
            groups.TryGetValue((rank, place), out var g) ? g : groups[(rank, place)] = make();
        return [.. comments.Select(c => (Group: Of(c), Comment: c)).OrderBy(x => x.Group.Rank).ThenBy(x => x.Group.Place)];   // a stable sort
    }

    /// Where each page starts: at most CommentPageSize comments, and no more than CommentPageBudget of them (one at least).
    public static IReadOnlyList<int> PageStarts(IReadOnlyList<(CommentGroup Group, ReportComment Comment)> listed)
    {
        var starts = new List<int> { 0 };
        var (count, used) = (0, 0);
        for (var i = 0; i < listed.Count; i++)
        {
            var cost = JsonLength(listed[i].Comment.Text) + 600;   // its name, date, heading and JSON around it
            if (count == CommentPageSize || (count > 0 && used + cost > CommentPageBudget))
            {
                starts.Add(i);
                (count, used) = (0, 0);
            }
            count++;
            used += cost;
        }
        return starts;
    }

    static int JsonLength(string text) => JsonValue.Create(text).ToJsonString().Length;

    static IEnumerable<JsonNode?> Heading(CommentGroup group)
    {
        yield return Card.Literal(group.Heading, weight: "Bolder", size: "Medium", spacing: "Large");
        if (group.Excerpt is { } excerpt) yield return Card.Literal(excerpt, subtle: true, spacing: "None");
    }

    /// "From Élise Moreau (France)", when and in which language it was written, then the comment as typed.
    static JsonObject Entry(ReportComment comment, Member? author, TimeZoneInfo zone, Language language)
    {
        var state = author?.StateCode is { } code ? MemberStates.NameIn(code, language) : ReportTexts.NoState.In(language);
        var written = (comment.Language == Language.Fr ? ReportTexts.InFrenchLanguage : ReportTexts.InEnglishLanguage).In(language);
        return Card.Container(
        [
            Card.Literal(ReportTexts.CommentFrom.Format(language, author?.DisplayName ?? "?", state), weight: "Bolder"),
            Card.TextBlock(ReportTexts.CommentWritten.Format(language, TimeZoneInfo.ConvertTime(comment.At, zone).DateTime, written), subtle: true, spacing: "None"),
            Card.Literal(comment.Text, spacing: "Small"),
        ], spacing: "Medium", separator: true);
    }

    static JsonObject PageData(Meeting meeting, int page) => new()
    {
        [ReportRoutes.MeetingIdKey] = meeting.Id,
        [CommentPageKey] = page.ToString(CultureInfo.InvariantCulture),
    };
}
