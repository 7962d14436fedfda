using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// One request found in the archive, with what the reader may see of it: how many states answered, their own state's
/// answer (a focal point of a state asked), and whether they may open its compilation.
public sealed record ArchiveEntry(InformationRequest Request, int Answered, int Asked, StateAnswer? OwnAnswer, bool OwnStateAsked, bool MayOpenCompilation);

/// A page of results, and the choices of the search form (the years and thematic groups requests were sent in).
public sealed record ArchivePage(ArchiveQuery Query, int Page, int PageCount, int Total, IReadOnlyList<ArchiveEntry> Entries,
    IReadOnlyList<int> Years, IReadOnlyList<(string Id, string NameEn, string NameFr)> Groups, bool ArchiveEmpty);

/// The archive card: the search form, then a page of results. The query travels in the page buttons' data with the
/// same keys as the form's inputs, so "Next" shows the next page of what was searched, not of what was typed since.
public static class ArchiveCards
{
    public const string WordsKey = "archiveWords";
    public const string YearKey = "archiveYear";
    public const string GroupKey = "archiveGroup";
    public const string StatusKey = "archiveStatus";
    public const string PageKey = "archivePage";
    public const string Open = "sent";
    public const string Closed = "closed";
    /// The value of each choice's "any": a choice's value may not be empty.
    public const string Any = "any";

    public static JsonObject Archive(ArchivePage page, TimeZoneInfo zone, Language language)
    {
        var body = new List<JsonNode?> { Card.Title(RequestTexts.ArchiveTitle.In(language)) };
        body.AddRange(Form(page, language));
        if (page.ArchiveEmpty) body.Add(Card.TextBlock(RequestTexts.ArchiveEmpty.In(language), spacing: "Medium"));
        else if (page.Total == 0) body.Add(Card.TextBlock(RequestTexts.ArchiveNothing.In(language), weight: "Bolder", color: "Attention", spacing: "Medium"));
        else body.Add(Card.TextBlock((page.Total == 1 ? RequestTexts.ArchiveFoundOne : RequestTexts.ArchiveFound).Format(language, page.Total),
            subtle: true, spacing: "Medium"));

        body.AddRange(page.Entries.Select(e => Entry(e, zone, language)));

        if (page.PageCount > 1)
        {
            body.Add(Card.TextBlock(RequestTexts.ArchivePageOf.Format(language, page.Page + 1, page.PageCount), subtle: true));
            body.Add(Card.ActionSet(
            [
                page.Page > 0 ? Card.Execute(RequestTexts.ArchivePrevious.In(language), RequestRoutes.Archive, Data(page.Query, page.Page - 1), withInputs: false) : null,
                page.Page + 1 < page.PageCount ? Card.Execute(RequestTexts.ArchiveNext.In(language), RequestRoutes.Archive, Data(page.Query, page.Page + 1), withInputs: false) : null,
            ], spacing: "Small"));
        }
        body.Add(Card.TextBlock(RequestTexts.ArchiveConfidential.In(language), subtle: true, size: "Small"));
        return Card.New(body);
    }

    static IEnumerable<JsonNode?> Form(ArchivePage page, Language language)
    {
        var query = page.Query;
        yield return Card.InputText(WordsKey, RequestTexts.ArchiveWordsLabel.In(language), query.Words, maxLength: 200,
            placeholder: RequestTexts.ArchiveWordsPlaceholder.In(language));
        yield return Card.ChoiceSet(YearKey, RequestTexts.ArchiveYearLabel.In(language),
            [(RequestTexts.ArchiveAnyYear.In(language), Any), .. page.Years.Select(y => (Year(y), Year(y)))],
            query.Year is { } year ? Year(year) : Any);
        if (page.Groups.Count > 0)
            yield return Card.ChoiceSet(GroupKey, RequestTexts.ArchiveGroupLabel.In(language),
                [(RequestTexts.ArchiveAny.In(language), Any), .. page.Groups.Select(g => (language == Language.Fr ? g.NameFr : g.NameEn, g.Id))], query.GroupId ?? Any);
        yield return Card.ChoiceSet(StatusKey, RequestTexts.ArchiveStatusLabel.In(language),
            [(RequestTexts.ArchiveAny.In(language), Any), (RequestTexts.ArchiveOpen.In(language), Open), (RequestTexts.ArchiveClosed.In(language), Closed)],
            StatusValue(query.Status));
        yield return Card.ActionSet(
        [
            Card.Execute(RequestTexts.ArchiveSearchButton.In(language), RequestRoutes.Archive),
            query.IsEmpty ? null : Card.Execute(RequestTexts.ArchiveClearButton.In(language), RequestRoutes.Archive, Data(new ArchiveQuery(), 0), withInputs: false),
        ], spacing: "Small");
    }

    static JsonObject Entry(ArchiveEntry entry, TimeZoneInfo zone, Language language)
    {
        var r = entry.Request;
        var dates = RequestTexts.ArchiveDates.Format(language, r.SentOn ?? r.Deadline, r.Deadline);
        if (r.Status == RequestStatus.Sent) dates += $" · {RequestTexts.ArchiveStillOpen.In(language)}";
        var ids = RequestCards.Ids(r);
        return Card.Container(
        [
            Card.TextBlock(RequestTexts.RequestHeading.Format(language, r.Number!.Value), subtle: true),
            Card.Literal(RequestCards.TitleIn(r, language), weight: "Bolder", spacing: "None"),
            Card.TextBlock(dates, subtle: true, spacing: "None"),
            r.Audience.GroupId is not null
                ? Card.TextBlock(RequestTexts.ArchiveGroupFact.Format(language, Card.Plain(language == Language.Fr ? r.Audience.GroupNameFr ?? "" : r.Audience.GroupNameEn ?? "")),
                    subtle: true, spacing: "None")
                : null,
            Card.TextBlock(RequestTexts.AnsweredCount.Format(language, entry.Answered, entry.Asked), spacing: "None"),
            entry.OwnStateAsked ? Card.TextBlock(OwnAnswer(entry.OwnAnswer, zone, language), spacing: "None") : null,
            Card.ActionSet(
            [
                Card.Execute(RequestTexts.ArchiveOpenButton.In(language), RequestRoutes.Open, ids, withInputs: false),
                entry.OwnStateAsked && entry.OwnAnswer is not null
                    ? Card.Execute(RequestTexts.ArchiveOwnAnswerButton.In(language), RequestRoutes.Answer, ids, withInputs: false)
                    : null,
                entry.MayOpenCompilation ? ReleaseCards.GetCompilationButton(r, language) : null,
            ], spacing: "Small"),
        ], separator: true, spacing: "Medium");
    }

    /// "Your state: submitted on 3 March 2026", capitalised as the line's start.
    static string OwnAnswer(StateAnswer? own, TimeZoneInfo zone, Language language)
    {
        var status = own switch
        {
            { Status: AnswerStatus.Submitted, SubmittedAt: { } at } => RequestTexts.StatusSubmitted.Format(language, DateOnly.FromDateTime(RequestCards.Local(at, zone))),
            { Answers.Count: > 0 } => RequestTexts.StatusDraft.In(language),
            _ => RequestTexts.StatusNone.In(language),
        };
        var line = RequestTexts.YourState.Format(language, RequestCards.LowerFirst(status, language));
        return char.ToUpper(line[0], Text.Culture(language)) + line[1..];
    }

    /// The page buttons' data: the query as searched, and the page to show.
    internal static JsonObject Data(ArchiveQuery query, int page) => new()
    {
        [WordsKey] = query.Words,
        [YearKey] = query.Year is { } y ? Year(y) : Any,
        [GroupKey] = query.GroupId ?? Any,
        [StatusKey] = StatusValue(query.Status),
        [PageKey] = page.ToString(CultureInfo.InvariantCulture),
    };

    static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    static string StatusValue(RequestStatus? status) => status switch
    {
        RequestStatus.Sent => Open,
        RequestStatus.Closed => Closed,
        _ => Any,
    };
}
