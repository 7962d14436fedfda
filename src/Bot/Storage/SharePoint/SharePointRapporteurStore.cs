using System.Globalization;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Calls for nominations, nominations and mandates in three lists, one item per record whose content is one JSON
/// document (RapporteurJson), so every save is one write. A version is the item's eTag: an update sends it as If-Match,
/// and a fresh write id lets a write the SDK resent after a lost answer recognise its own first attempt.
public sealed class SharePointRapporteurStore(SharePointLists lists) : IRapporteurStore
{
    const string CallId = "CallId", CreatedOn = "CreatedOn", Status = "Status", NominationKey = "NominationKey", NomineeId = "NomineeId",
        NominatedOn = "NominatedOn", MandateId = "MandateId", MemberId = "MemberId", Start = "Start", WriteId = KeyedItems.WriteId;

    /// The largest call: a 200-character theme and 3,000-character terms, each with its translation, 6,400 characters;
    /// about 38,800 in JSON if all were emoji (six characters for each half of one). A nomination's motivation (1,000)
    /// or a mandate's theme (2 × 200) takes far less. One column holds 60,000.
    static readonly ListBody Body = new(1);

    internal static readonly ListSpec Calls = new("Rapporteur calls", "FocalBot: calls for nominations of thematic rapporteurs, one item each. Title is the call id.",
    [
        ColumnSpec.Text(CallId, "Call id", 64).Key(),
        // Calendar days as yyyy-MM-dd text: how a dateOnly column round-trips across time zones is not documented.
        ColumnSpec.Text(CreatedOn, "Created on", 10),
        ColumnSpec.Choice<CallStatus>(Status, "Status"),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Nominations = new("Rapporteur nominations", "FocalBot: one nomination per call and nominee. Title is call/nominee.",
    [
        // call/nominee: SharePoint lets one create succeed, so two presses at once never nominate one person twice.
        ColumnSpec.Text(NominationKey, "Call and nominee", 160).Key(),
        ColumnSpec.Text(CallId, "Call id", 64).Filtered(),
        ColumnSpec.Text(NomineeId, "Nominee id", 64),
        ColumnSpec.Text(NominatedOn, "Nominated on", 10),
        ColumnSpec.Choice<NominationStatus>(Status, "Status"),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    internal static readonly ListSpec Mandates = new("Rapporteur mandates", "FocalBot: rapporteurs' mandates, current and past: the roster and its history. Title is the mandate id.",
    [
        // An appointment's mandate has its nomination's id (call/nominee), so a second press cannot appoint twice.
        ColumnSpec.Text(MandateId, "Mandate id", 160).Key(),
        ColumnSpec.Text(CallId, "Call id", 64),
        ColumnSpec.Text(MemberId, "Rapporteur id", 64),
        ColumnSpec.Text(Start, "Start", 10),
        ColumnSpec.Choice<MandateStatus>(Status, "Status"),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<RapporteurCall?> GetCallAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(Calls, ct)).ByKeyAsync(CallId, id, ct) is { } row ? ReadCall(row) : null;

    /// A few calls a year: all are read and ordered here (Graph does not sort on fields), newest first by creation day,
    /// then by the one added last.
    public async Task<IReadOnlyList<RapporteurCall>> ListCallsAsync(CancellationToken ct) =>
        [.. (await AllAsync(Calls, ct)).Select(r => (Row: r, Call: ReadCall(r)))
            .OrderByDescending(x => x.Call.CreatedOn).ThenByDescending(x => x.Row.Sequence).Select(x => x.Call)];

    public async Task<SaveResult> SaveCallAsync(RapporteurCall call, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = call.Id, [CallId] = call.Id, [CreatedOn] = Day(call.CreatedOn), [Status] = call.Status.ToString(), [WriteId] = Guid.NewGuid().ToString(),
        };
        Body.Add(fields, RapporteurJson.Write(call), "call");
        return await (await lists.ItemsAsync(Calls, ct)).SaveKeyedAsync(CallId, call.Id, call.Version, fields, SaveResult.Duplicated, ct);
    }

    public async Task<Nomination?> GetNominationAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(Nominations, ct)).ByKeyAsync(NominationKey, id, ct) is { } row ? ReadNomination(row) : null;

    /// In the order made: by the day nominated (a nominee nominated again takes the later day), then as added.
    public async Task<IReadOnlyList<Nomination>> ListNominationsAsync(string callId, CancellationToken ct) =>
        // SharePoint compares text without case: only the exact call id counts.
        [.. (await (await lists.ItemsAsync(Nominations, ct)).WhereAsync(CallId, callId, ct)).Where(r => r.Text(CallId) == callId)
            .Select(r => (Row: r, Nomination: ReadNomination(r)))
            .OrderBy(x => x.Nomination.NominatedOn).ThenBy(x => x.Row.Sequence).Select(x => x.Nomination)];

    public async Task<SaveResult> SaveNominationAsync(Nomination nomination, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = nomination.Id, [NominationKey] = nomination.Id, [CallId] = nomination.CallId, [NomineeId] = nomination.NomineeId,
            [NominatedOn] = Day(nomination.NominatedOn), [Status] = nomination.Status.ToString(), [WriteId] = Guid.NewGuid().ToString(),
        };
        Body.Add(fields, RapporteurJson.Write(nomination), "nomination");
        return await (await lists.ItemsAsync(Nominations, ct)).SaveKeyedAsync(NominationKey, nomination.Id, nomination.Version, fields, SaveResult.Duplicated, ct);
    }

    public async Task<Mandate?> GetMandateAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(Mandates, ct)).ByKeyAsync(MandateId, id, ct) is { } row ? ReadMandate(row) : null;

    /// The roster and its history, a few dozen at most: newest first by start, then by the one added last.
    public async Task<IReadOnlyList<Mandate>> ListMandatesAsync(CancellationToken ct) =>
        [.. (await AllAsync(Mandates, ct)).Select(r => (Row: r, Mandate: ReadMandate(r)))
            .OrderByDescending(x => x.Mandate.Start).ThenByDescending(x => x.Row.Sequence).Select(x => x.Mandate)];

    public async Task<SaveResult> SaveMandateAsync(Mandate mandate, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = mandate.Id, [MandateId] = mandate.Id, [CallId] = mandate.CallId, [MemberId] = mandate.MemberId,
            [Start] = Day(mandate.Start), [Status] = mandate.Status.ToString(), [WriteId] = Guid.NewGuid().ToString(),
        };
        Body.Add(fields, RapporteurJson.Write(mandate), "mandate");
        return await (await lists.ItemsAsync(Mandates, ct)).SaveKeyedAsync(MandateId, mandate.Id, mandate.Version, fields, SaveResult.Duplicated, ct);
    }

    async Task<IReadOnlyList<ListRow>> AllAsync(ListSpec spec, CancellationToken ct) =>
        await (await lists.ItemsAsync(spec, ct)).QueryAsync(null, int.MaxValue, ct);

    static RapporteurCall ReadCall(ListRow row) => RapporteurJson.ReadCall(Body.Read(row), row.ETag);

    static Nomination ReadNomination(ListRow row) => RapporteurJson.ReadNomination(Body.Read(row), row.ETag);

    static Mandate ReadMandate(ListRow row) => RapporteurJson.ReadMandate(Body.Read(row), row.ETag);

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
