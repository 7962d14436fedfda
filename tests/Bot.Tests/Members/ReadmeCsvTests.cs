using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Members;

/// The README documents the import file; its example must import as it says.
public sealed class ReadmeCsvTests
{
    [Fact]
    public void The_readme_example_names_every_column_and_imports_cleanly()
    {
        var readme = File.ReadAllText(Repo.PathTo("README.md"));
        var section = readme[readme.IndexOf("### The CSV file", StringComparison.Ordinal)..];
        var start = section.IndexOf("```\n", StringComparison.Ordinal) + 4;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var file = MemberCsv.Parse(example);

        Assert.Equal(string.Join(",", MemberCsv.Columns), example.Split('\n')[0]);
        Assert.True(file.IsReadable, string.Join(", ", file.Issues));
        Assert.Equal(2, file.Rows.Count);
        Assert.All(file.Rows, r => Assert.Empty(r.Issues));
        Assert.Equal(("Weber, Jonas", "DE"), (file.Rows[1].Name, file.Rows[1].State));
    }
}
