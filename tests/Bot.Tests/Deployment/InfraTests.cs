using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Deployment;

public sealed class InfraTests(InfraTests.BuiltTemplate built) : IClassFixture<InfraTests.BuiltTemplate>, IDisposable
{
    readonly string _temp = Directory.CreateTempSubdirectory("focalbot-infra-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Main_template_builds_without_warnings()
    {
        Assert.True(built.Result.ExitCode == 0, built.Result.Stderr);
        Assert.DoesNotContain("Warning", built.Result.Stdout + built.Result.Stderr);
    }

    [Fact]
    public void Template_deploys_the_identity_web_app_bot_and_its_teams_channel()
    {
        var types = built.Resources.Select(r => (string)r["type"]!).ToHashSet();

        Assert.Subset(types, new HashSet<string>
        {
            "Microsoft.ManagedIdentity/userAssignedIdentities",
            "Microsoft.Web/serverfarms",
            "Microsoft.Web/sites",
            "Microsoft.BotService/botServices",
            "Microsoft.BotService/botServices/channels",
            "Microsoft.OperationalInsights/workspaces",
            "Microsoft.Insights/components",
        });
    }

    [Fact]
    public void Template_deploys_nothing_the_bot_does_not_use()
    {
        // The job lease lives in the bot's own store (SharePoint or SQLite): no storage account, no lease container.
        Assert.DoesNotContain(built.Resources, r => ((string)r["type"]!).StartsWith("Microsoft.Storage/", StringComparison.Ordinal));
        Assert.DoesNotContain("job-leases", built.Json);
        Assert.DoesNotContain(built.Template["outputs"]!.AsObject(), o => o.Key.Contains("lease", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Web_app_admits_only_the_network_tenant_and_can_be_given_the_network_channel()
    {
        var module = built.TemplateDeclaring("Microsoft.Web/sites");
        var settings = module.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // One app setting per tenant, and never an empty list: by default the tenant the bot is deployed in.
        Assert.Contains("format('Access__AllowedTenants__{0}'", settings);
        Assert.Equal(1, (int)module["parameters"]!["allowedTenants"]!["minLength"]!);
        Assert.Contains("[if(empty(parameters('allowedTenants')), createObject('value', createArray(reference(", built.Json);
        Assert.Equal("array", (string)built.Template["parameters"]!["allowedTenants"]!["type"]!);

        // The channel is set only when given, so the bot's own choice (the team it is installed in) stays the default.
        Assert.Contains("'Network__ChannelId'", settings);
        Assert.Equal("", (string)built.Template["parameters"]!["networkChannelId"]!["defaultValue"]!);
    }

    [Fact]
    public void Bot_signs_in_as_the_user_assigned_identity_and_posts_to_the_web_app()
    {
        var bot = built.Single("Microsoft.BotService/botServices")["properties"]!;
        var channel = built.Single("Microsoft.BotService/botServices/channels")["properties"]!;

        Assert.Equal("UserAssignedMSI", (string)bot["msaAppType"]!);
        foreach (var field in new[] { "msaAppId", "msaAppTenantId", "msaAppMSIResourceId", "endpoint" })
            Assert.False(string.IsNullOrEmpty((string?)bot[field]), $"bot {field} is not set");
        Assert.Contains("https://{0}/api/messages", built.Json);
        Assert.Equal("MsTeamsChannel", (string)channel["channelName"]!);
        Assert.True((bool)channel["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_https_only_always_on_with_a_health_check()
    {
        var site = built.Single("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;
        var plan = built.Single("Microsoft.Web/serverfarms");

        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("UserAssigned", (string)site["identity"]!["type"]!);
        Assert.Equal("DOTNETCORE|10.0", (string)config["linuxFxVersion"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string)config["healthCheckPath"]!);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void Web_app_gets_the_bot_identity_and_storage_settings()
    {
        // App settings are an ARM expression in the web app module: look for their names there.
        var module = built.TemplateDeclaring("Microsoft.Web/sites").ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        foreach (var setting in new[] { "Bot__AppId", "Bot__TenantId", "Bot__ManagedIdentityClientId", "Bot__PublicUrl", "Storage__Kind", "Storage__SharePoint__SiteId", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
            Assert.Contains($"'{setting}'", module);
        var storageKind = built.Template["parameters"]!["storageKind"]!;
        Assert.Equal("SharePoint", (string)storageKind["defaultValue"]!);
        Assert.Contains(built.Template["parameters"]!.AsObject(), p => p.Key == "sharePointSiteId");
    }

    [Fact]
    public void Web_app_links_start_from_its_own_https_host_the_one_the_messaging_endpoint_uses()
    {
        var module = built.TemplateDeclaring("Microsoft.Web/sites");
        var settings = module.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains("createObject('name', 'Bot__PublicUrl', 'value', variables('publicUrl'))", settings);
        Assert.Equal("[format('https://{0}.azurewebsites.net', parameters('webAppName'))]", (string?)module["variables"]?["publicUrl"]);
        // The site is named by that parameter, so its default host name is the one in the address.
        Assert.Equal("[parameters('webAppName')]", (string?)built.Single("Microsoft.Web/sites")["name"]);
    }

    [Fact]
    public void Template_outputs_the_bot_app_id_for_the_package()
    {
        var outputs = built.Template["outputs"]!.AsObject();

        Assert.Contains(outputs, o => o.Key == "botAppId");
        Assert.Contains(outputs, o => o.Key == "webAppName");
        Assert.Contains(outputs, o => o.Key == "messagingEndpoint");
    }

    [Fact]
    public async Task Parameters_file_builds_without_warnings()
    {
        var result = await Bicep.RunAsync("build-params", Repo.PathTo("infra", "main.bicepparam"), "--outfile", Path.Combine(_temp, "main.parameters.json"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("Warning", result.Stdout + result.Stderr);
        Assert.True(File.Exists(Path.Combine(_temp, "main.parameters.json")));
    }

    [Fact]
    public async Task A_syntax_error_fails_the_build()
    {
        CopyDirectory(Repo.PathTo("infra"), _temp);
        var main = Path.Combine(_temp, "main.bicep");
        File.AppendAllText(main, "\nresource broken 'Microsoft.Web/sites@2024-04-01' = {\n  name: \n");

        var result = await Bicep.RunAsync("build", main, "--stdout");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Error", result.Stdout + result.Stderr);
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    /// infra/main.bicep built once for the class: the ARM JSON and every resource in it,
    /// including those of the nested module deployments.
    public sealed class BuiltTemplate : IAsyncLifetime
    {
        public ProcessResult Result { get; private set; } = null!;
        public string Json { get; private set; } = "";
        public JsonNode Template { get; private set; } = null!;
        public List<JsonNode> Resources { get; } = [];
        readonly Dictionary<JsonNode, JsonNode> _declaredIn = [];

        public JsonNode Single(string type) => Assert.Single(Resources, r => (string)r["type"]! == type);

        public JsonNode TemplateDeclaring(string type) => _declaredIn[Single(type)];

        public async Task InitializeAsync()
        {
            Result = await Bicep.RunAsync("build", Repo.PathTo("infra", "main.bicep"), "--stdout");
            if (Result.ExitCode != 0) return;
            Json = Result.Stdout;
            Template = JsonNode.Parse(Json)!;
            Collect(Template);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        void Collect(JsonNode template)
        {
            // "resources" is an array, or an object keyed by symbolic name in language version 2.0.
            var resources = template["resources"] switch
            {
                JsonArray a => a.Select(r => r!),
                JsonObject o => o.Select(p => p.Value!),
                _ => [],
            };
            foreach (var resource in resources)
            {
                Resources.Add(resource);
                _declaredIn[resource] = template;
                if ((string)resource["type"]! == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is { } nested)
                    Collect(nested);
            }
        }
    }
}

/// The bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64, tools/bicep).
internal static class Bicep
{
    static readonly Lazy<string> Executable = new(Find);

    public static Task<ProcessResult> RunAsync(params string[] args) => Command.RunAsync(Executable.Value, Repo.Root, null, args);

    static string Find()
    {
        var package = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackagePath")?.Value;
        if (string.IsNullOrEmpty(package))
            throw new InvalidOperationException("BicepPackagePath is not set: the test project must reference Azure.Bicep.CommandLine.linux-x64 with GeneratePathProperty.");
        var bicep = Path.Combine(package, "tools", "bicep");
        if (!File.Exists(bicep)) throw new FileNotFoundException("bicep is not in the restored package", bicep);

        // NuGet does not always keep the execute bit when it extracts a package.
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("The bicep package referenced is the linux-x64 one.");
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(bicep);
        if ((mode & UnixFileMode.UserExecute) == 0) File.SetUnixFileMode(bicep, mode | execute);
        return bicep;
    }
}
