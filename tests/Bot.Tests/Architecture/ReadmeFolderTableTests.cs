using System.Text.RegularExpressions;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Architecture;

/// The README's folder table against the tree: a newcomer finds any feature by its folder name, so every folder of
/// src/ is listed once (as its own row, or as `Name/` in its parent's row) and nothing listed is missing.
public partial class ReadmeFolderTableTests
{
    sealed record Row(string Path, string What);

    [Fact]
    public void Every_folder_the_table_names_exists()
    {
        var missing = Rows().Where(r => !Directory.Exists(Repo.PathTo(r.Path)))
            .Select(r => r.Path)
            .Concat(SourceRows().SelectMany(r => Named(r.What).Where(sub => !Directory.Exists(Repo.PathTo(r.Path, sub))).Select(sub => $"{r.Path}/{sub}")))
            .ToList();

        Assert.True(missing.Count == 0, $"The README's folder table names folders that do not exist: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_source_folder_is_listed_once()
    {
        var rows = SourceRows();

        var wrong = SourceFolders().Select(folder => (folder, count: Listings(folder, rows))).Where(f => f.count != 1)
            .Select(f => $"{f.folder}: listed {f.count} times").ToList();

        Assert.True(wrong.Count == 0, "Each folder of src/ needs one row, or one `Name/` in its parent's row:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_table_is_read()
    {
        // Guards the tests above against passing on a table they failed to find.
        var rows = SourceRows();

        Assert.Contains(rows, r => r.Path == "src/Bot/Protocol");
        Assert.Contains("src/Bot/Storage/Sqlite", SourceFolders());
        Assert.Equal(1, Listings("src/Bot/Storage/Sqlite", rows));
    }

    static int Listings(string folder, IReadOnlyList<Row> rows)
    {
        var own = rows.Count(r => r.Path == folder);
        var parent = rows.Where(r => folder.StartsWith(r.Path + "/", StringComparison.Ordinal)).MaxBy(r => r.Path.Length);
        var inParent = parent is null ? 0 : Named(parent.What).Count(sub => $"{parent.Path}/{sub}" == folder);
        return own + inParent;
    }

    /// The rows of the table under "## Folders", one per path in the first cell.
    static List<Row> Rows()
    {
        var lines = File.ReadAllLines(Repo.PathTo("README.md"));
        var start = Array.IndexOf(lines, "## Folders");
        Assert.True(start >= 0, "README.md has no \"## Folders\" section");
        return [.. lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => TableRow().Match(l)).Where(m => m.Success)
            .SelectMany(m => Code().Matches(m.Groups["paths"].Value).Select(c => new Row(c.Groups[1].Value.TrimEnd('/'), m.Groups["what"].Value)))];
    }

    static List<Row> SourceRows() => [.. Rows().Where(r => r.Path == "src" || r.Path.StartsWith("src/", StringComparison.Ordinal))];

    /// Subfolders a row's description names as `Name/`.
    static IEnumerable<string> Named(string what) =>
        Code().Matches(what).Select(c => c.Groups[1].Value).Where(v => v.EndsWith('/') && !v.Contains(' ')).Select(v => v.TrimEnd('/'));

    /// Every folder under src/ that holds a file (git keeps no empty folder), build output left out.
    static List<string> SourceFolders()
    {
        var src = Repo.PathTo("src");
        return [.. System.IO.Directory.EnumerateDirectories(src, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(Repo.Root, d).Replace('\\', '/'))
            .Where(d => !d.Split('/').Any(part => part is "bin" or "obj" || part.StartsWith('.')))
            .Where(d => System.IO.Directory.EnumerateFiles(Repo.PathTo(d), "*", SearchOption.AllDirectories)
                .Any(f => !Path.GetRelativePath(Repo.PathTo(d), f).Replace('\\', '/').Split('/').Any(p => p is "bin" or "obj")))
            .Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^\|\s*(?<paths>`[^|]+?)\s*\|\s*(?<what>.+?)\s*\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
