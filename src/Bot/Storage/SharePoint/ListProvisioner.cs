using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace FocalBot.Bot.Storage.SharePoint;

/// Makes the site hold the lists the stores need: creates a missing list with its columns, adds missing columns,
/// indexes and choices to an existing one, and never removes or renames anything. Running it again changes nothing.
public sealed partial class ListProvisioner(GraphServiceClient graph, string siteId, string prefix, ILogger log)
{
    /// The list's id, after making sure it exists with every column of the spec.
    public async Task<string> EnsureAsync(ListSpec spec, CancellationToken ct)
    {
        if (spec.Columns.Count(c => c.Indexed) > ListSpec.MaxIndexes)
            throw new InvalidOperationException($"{spec.Name}: SharePoint allows at most {ListSpec.MaxIndexes} indexed columns per list.");

        var name = spec.DisplayName(prefix);
        var list = await FindAsync(name, ct);
        if (list is null)
        {
            try
            {
                var created = await graph.Sites[siteId].Lists.PostAsync(new List
                {
                    DisplayName = name,
                    Description = spec.Description,
                    Columns = [.. spec.Columns.Select(c => c.ToGraph())],
                    ListProp = new ListInfo { Template = "genericList" },
                }, cancellationToken: ct);
                LogCreatedList(log, name);
                return created?.Id ?? throw new InvalidOperationException($"Graph created the list '{name}' without returning its id.");
            }
            catch (ODataError e) when (e.ResponseStatusCode == 409)
            {
                // Another instance created it between our look-up and our create: use theirs.
                list = await FindAsync(name, ct) ?? throw new InvalidOperationException($"The list '{name}' exists but cannot be found by name.", e);
            }
            catch (ODataError e) when (e.ResponseStatusCode is 401 or 403)
            {
                throw NotAllowed($"create the list '{name}'", e);
            }
        }
        await EnsureColumnsAsync(list.Id!, name, spec, ct);
        return list.Id!;
    }

    async Task<List?> FindAsync(string name, CancellationToken ct)
    {
        var found = await graph.Sites[siteId].Lists.GetAsync(r => r.QueryParameters.Filter = $"displayName eq '{name.Replace("'", "''")}'", ct);
        return found?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, name, StringComparison.OrdinalIgnoreCase));
    }

    async Task EnsureColumnsAsync(string listId, string listName, ListSpec spec, CancellationToken ct)
    {
        var existing = await ColumnsAsync(listId, ct);
        foreach (var wanted in spec.Columns)
        {
            var column = existing.FirstOrDefault(c => string.Equals(c.Name, wanted.Name, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                try { await graph.Sites[siteId].Lists[listId].Columns.PostAsync(wanted.ToGraph(), cancellationToken: ct); }
                catch (ODataError e) when (e.ResponseStatusCode is 401 or 403) { throw NotAllowed($"add the column '{wanted.Name}' to '{listName}'", e); }
                LogAddedColumn(log, wanted.Name, listName);
                continue;
            }

            if (KindOf(column) != wanted.Kind)
                throw new InvalidOperationException(
                    $"Column '{wanted.Name}' of the list '{listName}' is not {wanted.Kind}; rename that column in SharePoint so FocalBot can add its own.");

            if (Upgrade(column, wanted) is { } upgrade)
            {
                try { await graph.Sites[siteId].Lists[listId].Columns[column.Id].PatchAsync(upgrade, cancellationToken: ct); }
                catch (ODataError e) when (e.ResponseStatusCode is 401 or 403) { throw NotAllowed($"index the column '{wanted.Name}' of '{listName}'", e); }
                LogUpgradedColumn(log, wanted.Name, listName);
            }
        }
    }

    async Task<List<ColumnDefinition>> ColumnsAsync(string listId, CancellationToken ct)
    {
        var columns = new List<ColumnDefinition>();
        var page = await graph.Sites[siteId].Lists[listId].Columns.GetAsync(cancellationToken: ct);
        while (page is not null)
        {
            columns.AddRange(page.Value ?? []);
            page = page.OdataNextLink is { } next ? await graph.Sites[siteId].Lists[listId].Columns.WithUrl(next).GetAsync(cancellationToken: ct) : null;
        }
        return columns;
    }

    /// What an existing column lacks: an index the stores filter on, uniqueness a key relies on, or a newer choice.
    static ColumnDefinition? Upgrade(ColumnDefinition column, ColumnSpec wanted)
    {
        var index = wanted.Indexed && column.Indexed != true;
        var unique = wanted.Unique && column.EnforceUniqueValues != true;
        var known = column.Choice?.Choices ?? [];
        var missingChoices = wanted.Choices.Where(c => !known.Contains(c)).ToList();
        if (!index && !unique && missingChoices.Count == 0) return null;
        return new ColumnDefinition
        {
            Indexed = index || unique ? true : null,
            EnforceUniqueValues = unique ? true : null,
            Choice = missingChoices.Count > 0 ? new ChoiceColumn { Choices = [.. known, .. missingChoices] } : null,
        };
    }

    static ColumnKind? KindOf(ColumnDefinition c) =>
        c.Text is { } text ? (text.AllowMultipleLines == true ? ColumnKind.MultilineText : ColumnKind.Text)
        : c.DateTime is not null ? ColumnKind.DateTime
        : c.Boolean is not null ? ColumnKind.Boolean
        : c.Choice is not null ? ColumnKind.Choice
        : null;

    static InvalidOperationException NotAllowed(string what, Exception e) => new(
        $"FocalBot may not {what} on the SharePoint site (Graph answered 403). With Sites.Selected, grant the app the 'owner' role " +
        "on the site for the first start, then lower it to 'write'; or create the lists and columns listed in the README by hand.", e);

    [LoggerMessage(LogLevel.Information, "Created SharePoint list {List}")]
    static partial void LogCreatedList(ILogger logger, string list);

    [LoggerMessage(LogLevel.Information, "Added column {Column} to SharePoint list {List}")]
    static partial void LogAddedColumn(ILogger logger, string column, string list);

    [LoggerMessage(LogLevel.Information, "Indexed column {Column} of SharePoint list {List}")]
    static partial void LogUpgradedColumn(ILogger logger, string column, string list);
}
