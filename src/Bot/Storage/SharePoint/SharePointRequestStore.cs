using System.Globalization;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Requests, their numbers and the states' answers in three lists. Content is one JSON document per item (RequestJson),
/// so saving a request or an answer is one write; it is split over a few multi-line columns, because SharePoint keeps
/// about 64,000 characters per value and twenty 5,000-character answers are more.
public sealed class SharePointRequestStore(SharePointLists lists) : IRequestStore
{
    const string RequestId = "RequestId", Number = "Number", Status = "Status", NumberKey = "NumberKey", Year = "Year",
        AnswerKey = "AnswerKey", Request = "Request", State = "State", WriteId = "WriteId";

    static readonly ListBody Body = new(4);

    internal static readonly ListSpec Requests = new("Requests", "FocalBot: information requests, one item each. Title is the request number once sent.",
    [
        ColumnSpec.Text(RequestId, "Request id", 64).Key(),
        ColumnSpec.Text(Number, "Number", 16).Filtered(),
        ColumnSpec.Choice<RequestStatus>(Status, "Status").Filtered(),
        .. Body.Specs(),
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
        ColumnSpec.Text(AnswerKey, "Request and state", 32).Key(),
        ColumnSpec.Text(Request, "Request number", 16).Filtered(),
        ColumnSpec.Text(State, "Member state", 8),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<InformationRequest?> GetAsync(string id, CancellationToken ct) =>
        await RequestRowAsync(await lists.ItemsAsync(Requests, ct), id, ct) is { } row ? ReadRequest(row) : null;

    public async Task<InformationRequest?> FindAsync(RequestNumber number, CancellationToken ct)
    {
        var rows = await (await lists.ItemsAsync(Requests, ct)).WhereAsync(Number, number.ToString(), ct);
        return rows.Where(r => r.Text(Number) == number.ToString()).Select(ReadRequest).FirstOrDefault();
    }

    public async Task<IReadOnlyList<InformationRequest>> ListAsync(CancellationToken ct) =>
        [.. (await (await lists.ItemsAsync(Requests, ct)).QueryAsync(null, int.MaxValue, ct)).OrderByDescending(r => r.Sequence).Select(ReadRequest)];

    public async Task<SaveResult> SaveAsync(InformationRequest request, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(Requests, ct);
        var writeId = Guid.NewGuid().ToString();
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = request.Number?.ToString() ?? request.Id, [RequestId] = request.Id, [Number] = request.Number?.ToString(),
            [Status] = request.Status.ToString(), [WriteId] = writeId,
        };
        Body.Add(fields, RequestJson.Write(request), "request");

        if (request.Version is null)
        {
            if (request.Number is { } n && await FindAsync(n, ct) is not null) return SaveResult.Duplicated;
            var created = await items.CreateAsync(fields, ct);
            return created.Status == WriteStatus.Done ? new SaveResult.Saved(created.Row!.ETag) : SaveResult.Duplicated;
        }

        var current = await RequestRowAsync(items, request.Id, ct);
        if (current is null || current.ETag != request.Version) return SaveResult.Conflicted;
        if (request.Number is { } number && await FindAsync(number, ct) is { } holder && holder.Id != request.Id) return SaveResult.Duplicated;
        return await UpdateAsync(items, current, fields, writeId, () => RequestRowAsync(items, request.Id, ct), ct);
    }

    public async Task<RequestNumber> ReserveNumberAsync(string requestId, int year, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(Numbers, ct);
        // The unique number column decides between two reservations racing for the same number: the loser reads again.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var mine = (await items.WhereAsync(RequestId, requestId, ct)).FirstOrDefault(r => r.Text(RequestId) == requestId);
            if (mine is not null && RequestNumber.TryParse(mine.Text(NumberKey), out var taken)) return taken;

            var yearText = year.ToString(CultureInfo.InvariantCulture);
            var highest = (await items.WhereAsync(Year, yearText, ct))
                .Select(r => RequestNumber.TryParse(r.Text(NumberKey), out var n) ? n.Sequence : 0).DefaultIfEmpty(0).Max();
            var next = new RequestNumber(year, highest + 1);
            var created = await items.CreateAsync(new Dictionary<string, object?>
            {
                ["Title"] = next.ToString(), [NumberKey] = next.ToString(), [RequestId] = requestId, [Year] = yearText,
            }, ct);
            if (created.Status == WriteStatus.Done) return next;
        }
        throw new InvalidOperationException("Could not take a request number: too many reservations at once.");
    }

    public async Task<StateAnswer?> GetAnswerAsync(RequestNumber request, string stateCode, CancellationToken ct) =>
        await AnswerRowAsync(await lists.ItemsAsync(Answers, ct), Key(request, stateCode), ct) is { } row ? ReadAnswer(row) : null;

    public async Task<IReadOnlyList<StateAnswer>> ListAnswersAsync(RequestNumber request, CancellationToken ct) =>
        [.. (await (await lists.ItemsAsync(Answers, ct)).WhereAsync(Request, request.ToString(), ct))
            .Where(r => r.Text(Request) == request.ToString()).Select(ReadAnswer).OrderBy(a => a.StateCode, StringComparer.Ordinal)];

    public async Task<SaveResult> SaveAnswerAsync(StateAnswer answer, CancellationToken ct)
    {
        var items = await lists.ItemsAsync(Answers, ct);
        var key = Key(answer.Request, answer.StateCode);
        var writeId = Guid.NewGuid().ToString();
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = key, [AnswerKey] = key, [Request] = answer.Request.ToString(), [State] = Code(answer.StateCode), [WriteId] = writeId,
        };
        Body.Add(fields, RequestJson.Write(answer with { StateCode = Code(answer.StateCode) }), "answer");

        if (answer.StoreVersion is null)
        {
            var created = await items.CreateAsync(fields, ct);
            // The state's answer exists already: a colleague saved first. Conflict, so the caller reads theirs.
            return created.Status == WriteStatus.Done ? new SaveResult.Saved(created.Row!.ETag) : SaveResult.Conflicted;
        }
        var current = await AnswerRowAsync(items, key, ct);
        if (current is null || current.ETag != answer.StoreVersion) return SaveResult.Conflicted;
        return await UpdateAsync(items, current, fields, writeId, () => AnswerRowAsync(items, key, ct), ct);
    }

    /// An update on the eTag read. Without an eTag in Graph's answer, or after a 412 that may be our own resent write,
    /// the item is read back and only our write id counts.
    static async Task<SaveResult> UpdateAsync(ListItems items, ListRow current, Dictionary<string, object?> fields, string writeId,
        Func<Task<ListRow?>> reread, CancellationToken ct)
    {
        var updated = await items.UpdateAsync(current.Id, fields, current.ETag, ct);
        if (updated.Status == WriteStatus.Done && updated.ETag is not null) return new SaveResult.Saved(updated.ETag);
        var after = await reread();
        return after is not null && after.Text(WriteId) == writeId ? new SaveResult.Saved(after.ETag) : SaveResult.Conflicted;
    }

    static InformationRequest ReadRequest(ListRow row) => RequestJson.ReadRequest(Body.Read(row), row.ETag);

    static StateAnswer ReadAnswer(ListRow row) => RequestJson.ReadAnswer(Body.Read(row), row.ETag);

    static async Task<ListRow?> RequestRowAsync(ListItems items, string id, CancellationToken ct) =>
        (await items.WhereAsync(RequestId, id, ct)).FirstOrDefault(r => r.Text(RequestId) == id);

    static async Task<ListRow?> AnswerRowAsync(ListItems items, string key, CancellationToken ct) =>
        (await items.WhereAsync(AnswerKey, key, ct)).FirstOrDefault(r => r.Text(AnswerKey) == key);

    static string Key(RequestNumber request, string state) => $"{request}|{Code(state)}";

    static string Code(string state) => state.Trim().ToUpperInvariant();
}
