using System.Globalization;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Graph.Models.ODataErrors;

namespace FocalBot.Bot.Storage.SharePoint;

/// Requests, their numbers and the states' answers in three lists. A request or an answer is one item whose content is
/// one JSON document (RequestJson), so a save is one write; the columns beside it are the ones the lookups filter on.
/// A version is the item's eTag: an update sends it as If-Match, and a fresh write id lets a write the SDK resent after
/// a lost answer recognise its own first attempt.
public sealed class SharePointRequestStore(SharePointLists lists) : IRequestStore
{
    const string RequestId = "RequestId", NumberKey = "NumberKey", Status = "Status", Year = "Year",
        AnswerKey = "AnswerKey", Request = "Request", State = "State", WriteId = KeyedItems.WriteId;

    /// The largest request (200-character title, 1,500-character background, twenty 500-character questions, each with
    /// its translation) is 23,400 characters, about 142,000 in JSON if all were emoji (six for each half of one): four columns.
    static readonly ListBody RequestBody = new(4);

    /// Twenty 5,000-character answers are 100,000 characters: about 101,500 in JSON as plain text (two columns), up to
    /// 601,500 if they were all emoji. A national copy's texts set aside for confirmation (StateAnswer.FromCopy) can be
    /// as much again, and thirty 200-character national contributors add up to 36,000: twenty-two columns hold any
    /// answer the default limits allow.
    static readonly ListBody AnswerBody = new(22);

    internal static readonly ListSpec Requests = new("Requests", "FocalBot: information requests, one item each. Title is the request number once sent.",
    [
        ColumnSpec.Text(RequestId, "Request id", 64).Key(),
        // Never blank, so SharePoint's uniqueness (undocumented for several empty values) holds for drafts too.
        ColumnSpec.Text(NumberKey, "Number", 80).Key(),
        ColumnSpec.Choice<RequestStatus>(Status, "Status").Filtered(),
        .. RequestBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Numbers = new("Request numbers", "FocalBot: the numbers taken, one per request; unique, so never given twice.",
    [
        ColumnSpec.Text(NumberKey, "Number", 16).Key(),
        ColumnSpec.Text(RequestId, "Request id", 64).Key(),
        ColumnSpec.Text(Year, "Year", 4).Filtered(),
    ]);

    internal static readonly ListSpec Answers = new("Request answers", "FocalBot: one answer per request and member state. Title is number|state.",
    [
        // number|state: SharePoint lets one create succeed, so a state's first answer is never stored twice.
        ColumnSpec.Text(AnswerKey, "Request and state", 32).Key(),
        ColumnSpec.Text(Request, "Request number", 16).Filtered(),
        ColumnSpec.Text(State, "Member state", 8),
        .. AnswerBody.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<InformationRequest?> GetAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(Requests, ct)).ByKeyAsync(RequestId, id, ct) is { } row ? ReadRequest(row) : null;

    public async Task<InformationRequest?> FindAsync(RequestNumber number, CancellationToken ct) =>
        await (await lists.ItemsAsync(Requests, ct)).ByKeyAsync(NumberKey, number.ToString(), ct) is { } row ? ReadRequest(row) : null;

    /// A network raises a few dozen requests a year: all are read, newest first by item id (Graph does not sort on fields).
    public async Task<IReadOnlyList<InformationRequest>> ListAsync(CancellationToken ct) =>
        [.. (await (await lists.ItemsAsync(Requests, ct)).QueryAsync(null, int.MaxValue, ct)).OrderByDescending(r => r.Sequence).Select(ReadRequest)];

    public async Task<SaveResult> SaveAsync(InformationRequest request, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = request.Number?.ToString() ?? request.Id, [RequestId] = request.Id, [NumberKey] = NumberOf(request),
            [Status] = request.Status.ToString(), [WriteId] = Guid.NewGuid().ToString(),
        };
        RequestBody.Add(fields, RequestJson.Write(request), "request");
        // A taken id or number is a Duplicate, whether the request is new or is being given a number another one holds.
        return await (await lists.ItemsAsync(Requests, ct)).SaveKeyedAsync(RequestId, request.Id, request.Version, fields, SaveResult.Duplicated, ct);
    }

    public async Task<RequestNumber> ReserveNumberAsync(string requestId, int year, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(Numbers, ct);
        var yearText = year.ToString(CultureInfo.InvariantCulture);
        // The unique number column decides between reservations racing for the same number: the loser reads again and
        // tries the next one. Each round someone wins, so the attempts bound how many may reserve at the same moment.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await NumberHeldByAsync(items, requestId, ct) is { } mine) return mine;

            var highest = (await items.WhereAsync(Year, yearText, ct))
                .Select(r => RequestNumber.TryParse(r.Text(NumberKey), out var n) && n.Year == year ? n.Sequence : 0).DefaultIfEmpty(0).Max();
            var next = new RequestNumber(year, highest + 1);
            var fields = new Dictionary<string, object?> { ["Title"] = next.ToString(), [NumberKey] = next.ToString(), [RequestId] = requestId, [Year] = yearText };
            try
            {
                if ((await items.CreateAsync(fields, ct)).Status == WriteStatus.Done) return next;
            }
            catch (ODataError)
            {
                // Graph does not document its answer to a unique-value clash (409 "nameAlreadyExists" is what ListItems
                // knows; SharePoint's own API has answered 500, worded in the site's language). The list tells instead:
                // our reservation landed, or another request holds the number, or it is a real failure.
                if (await NumberHeldByAsync(items, requestId, ct) is { } landed) return landed;
                if (await items.ByKeyAsync(NumberKey, next.ToString(), ct) is null) throw;
            }
        }
        throw new InvalidOperationException("Could not take a request number: too many reservations at once.");
    }

    public async Task<StateAnswer?> GetAnswerAsync(RequestNumber request, StateCode stateCode, CancellationToken ct) =>
        await (await lists.ItemsAsync(Answers, ct)).ByKeyAsync(AnswerKey, Key(request, stateCode), ct) is { } row ? ReadAnswer(row) : null;

    public async Task<IReadOnlyList<StateAnswer>> ListAnswersAsync(RequestNumber request, CancellationToken ct) =>
        [.. (await (await lists.ItemsAsync(Answers, ct)).WhereAsync(Request, request.ToString(), ct))
            .Where(r => r.Text(Request) == request.ToString()).Select(ReadAnswer).OrderBy(a => a.StateCode)];

    public async Task<SaveResult> SaveAnswerAsync(StateAnswer answer, CancellationToken ct)
    {
        var key = Key(answer.Request, answer.StateCode);
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = key, [AnswerKey] = key, [Request] = answer.Request.ToString(), [State] = answer.StateCode.Value, [WriteId] = Guid.NewGuid().ToString(),
        };
        AnswerBody.Add(fields, RequestJson.Write(answer), "answer");
        // The state's answer stored already (a colleague saved first): Conflict, so the caller reads theirs.
        return await (await lists.ItemsAsync(Answers, ct)).SaveKeyedAsync(AnswerKey, key, answer.StoreVersion, fields, SaveResult.Conflicted, ct);
    }



    /// SharePoint compares text case-insensitively: only the exact key counts.

    static async Task<RequestNumber?> NumberHeldByAsync(ListItems numbers, string requestId, CancellationToken ct) =>
        await numbers.ByKeyAsync(RequestId, requestId, ct) is { } row && RequestNumber.TryParse(row.Text(NumberKey), out var number) ? number : null;

    /// The number once given; before that the id, marked so it can never read as a number ("2026/07" has no colon).
    static string NumberOf(InformationRequest request) => request.Number?.ToString() ?? $"id:{request.Id}";

    static InformationRequest ReadRequest(ListRow row) => RequestJson.ReadRequest(RequestBody.Read(row), row.ETag);

    static StateAnswer ReadAnswer(ListRow row) => RequestJson.ReadAnswer(AnswerBody.Read(row), row.ETag);

    static string Key(RequestNumber request, StateCode state) => $"{request}|{state}";
}
