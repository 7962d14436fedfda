using System.Globalization;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Storage.SharePoint;

/// Silence procedures in one list, one item per procedure whose content is one JSON document (ProcedureJson), so every
/// save is one write. A version is the item's eTag: an update sends it as If-Match, and a fresh write id lets a write the
/// SDK resent after a lost answer recognise its own first attempt.
public sealed class SharePointProcedureStore(SharePointLists lists) : IProcedureStore
{
    const string ProcedureId = "ProcedureId", Kind = "Kind", ProposedOn = "ProposedOn", Status = "Status", WriteId = KeyedItems.WriteId;

    /// Fifty objections of 1,000 characters (every focal point of the 46 member states objecting at length) are about
    /// 56,000 characters of JSON as plain text, 306,000 if every character were half an emoji (each half is written
    /// \uXXXX, six characters). Eight columns hold 480,000: such a round with a plain-text earlier round of fifty, or
    /// eight plain-text rounds.
    static readonly ListBody Body = new(8);

    internal static readonly ListSpec List = new("Silence procedures", "FocalBot: the network's decisions by silence procedure, objections included. Title is the day proposed and the kind.",
    [
        ColumnSpec.Text(ProcedureId, "Procedure id", 64).Key(),
        ColumnSpec.Choice<ProposalKind>(Kind, "Proposal"),
        // Calendar days as yyyy-MM-dd text: how a dateOnly column round-trips across time zones is not documented.
        ColumnSpec.Text(ProposedOn, "Proposed on", 10),
        ColumnSpec.Choice<SilenceStatus>(Status, "Status"),
        .. Body.Specs(),
        ColumnSpec.Text(WriteId, "Last write", 36),
    ]);

    public async Task<SilenceProcedure?> GetAsync(string id, CancellationToken ct) =>
        await (await lists.ItemsAsync(List, ct)).ByKeyAsync(ProcedureId, id, ct) is { } row ? Read(row) : null;

    /// A network decides a few things a year: all are read, and ordered here (Graph does not sort on fields). Newest
    /// proposal first (one asked again moves up); of two the same day, the one added last.
    public async Task<IReadOnlyList<SilenceProcedure>> ListAsync(CancellationToken ct) =>
        [.. (await (await lists.ItemsAsync(List, ct)).QueryAsync(null, int.MaxValue, ct))
            .Select(r => (Row: r, Procedure: Read(r)))
            .OrderByDescending(x => x.Procedure.ProposedOn).ThenByDescending(x => x.Row.Sequence)
            .Select(x => x.Procedure)];

    public async Task<SaveResult> SaveAsync(SilenceProcedure procedure, CancellationToken ct)
    {
        var fields = new Dictionary<string, object?>
        {
            ["Title"] = $"{Day(procedure.ProposedOn)} {procedure.Kind}", [ProcedureId] = procedure.Id, [Kind] = procedure.Kind.ToString(),
            [ProposedOn] = Day(procedure.ProposedOn), [Status] = procedure.Status.ToString(), [WriteId] = Guid.NewGuid().ToString(),
        };
        Body.Add(fields, ProcedureJson.Write(procedure), "procedure");
        return await (await lists.ItemsAsync(List, ct)).SaveKeyedAsync(ProcedureId, procedure.Id, procedure.Version, fields, SaveResult.Duplicated, ct);
    }

    static SilenceProcedure Read(ListRow row) => ProcedureJson.Read(Body.Read(row), row.ETag);

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
