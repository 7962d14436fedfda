using System.Reflection;

namespace FocalBot.EndToEnd.Playground;

/// The repository the tests run from, and the build the test command made before running them.
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// The configuration and framework this assembly was built with; the bot was built alongside (project reference).
    public static string Configuration { get; } = Metadata("Configuration");

    public static string TargetFramework { get; } = Metadata("TargetFramework");

    static string Metadata(string key) =>
        typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FocalBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("FocalBot.sln not found above the test binaries.");
    }
}
