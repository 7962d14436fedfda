using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FocalBot.Bot.Tests.Support;

namespace FocalBot.Bot.Tests.Deployment;

public sealed class ManifestTests : IDisposable
{
    const string BotIdPlaceholder = "00000000-0000-0000-0000-000000000000";
    static readonly string ManifestDir = Repo.PathTo("manifest");
    static readonly string ValidatorDir = Repo.PathTo("tests", "Manifest");

    readonly string _temp = Directory.CreateTempSubdirectory("focalbot-manifest-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Manifest_and_its_localization_files_validate_offline()
    {
        var result = await ValidateAsync(Path.Combine(ManifestDir, "manifest.json"));

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("valid", result.Stdout);
    }

    [Fact]
    public async Task Manifest_with_a_short_name_over_30_characters_is_rejected()
    {
        var manifest = CopyManifestTo(_temp);
        Edit(manifest, m => m["name"]!["short"] = "FocalBot of the Focal Points Network");

        var result = await ValidateAsync(manifest);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/name/short must NOT have more than 30 characters", result.Stderr);
    }

    [Fact]
    public async Task French_file_with_a_key_the_schema_does_not_know_is_rejected()
    {
        var manifest = CopyManifestTo(_temp);
        Edit(Path.Combine(_temp, "fr.json"), fr => fr["developer.name"] = "Conseil de l’Europe");

        var result = await ValidateAsync(manifest);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("fr.json", result.Stderr);
        Assert.Contains("developer.name", result.Stderr);
    }

    [Fact]
    public void Colour_icon_is_an_opaque_192_pixel_square()
    {
        var manifest = ReadJson(Path.Combine(ManifestDir, "manifest.json"));
        var icon = Png.Read(Path.Combine(ManifestDir, (string)manifest["icons"]!["color"]!));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        Assert.True(icon.Pixels().Select(p => (p.R, p.G, p.B)).Distinct().Count() > 2, "the colour icon should be in colour");
    }

    [Fact]
    public void Outline_icon_is_white_on_a_transparent_32_pixel_square()
    {
        var manifest = ReadJson(Path.Combine(ManifestDir, "manifest.json"));
        var icon = Png.Read(Path.Combine(ManifestDir, (string)manifest["icons"]!["outline"]!));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel, $"PNG colour type {icon.ColorType} has no alpha channel");
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    /// Teams shows at most this many commands in a bot's menu. The v1.24 schema the manifest uses allows 12 per list, but
    /// the bot menu's documentation and every schema before 1.24 say 10: a menu within 10 shows whole on every client.
    const int MaxCommandsPerMenu = 10;

    static JsonNode Bot() => ReadJson(Path.Combine(ManifestDir, "manifest.json"))["bots"]!.AsArray().Single()!;

    static List<(string[] Scopes, List<string> Titles)> Menus() =>
        [.. Bot()["commandLists"]!.AsArray().Select(l => (
            l!["scopes"]!.AsArray().Select(s => (string)s!).ToArray(),
            l["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList()))];

    [Fact]
    public void Every_routed_command_is_in_a_menu_and_every_menu_holds_at_most_ten_routed_commands()
    {
        var bot = Bot();
        string[] scopes = ["personal", "team", "groupChat"];
        var routed = Features.Routes().Described.Select(c => c.Name.En).ToList();

        Assert.Equal(scopes, bot["scopes"]!.AsArray().Select(s => (string)s!));
        // One menu per scope: Teams wants a separate list for each, and a scope in two lists would show one of them.
        Assert.Equal(scopes.Order(), Menus().SelectMany(m => m.Scopes).Order());
        foreach (var (menuScopes, titles) in Menus())
        {
            Assert.True(titles.Count <= MaxCommandsPerMenu, $"the {string.Join("/", menuScopes)} menu has {titles.Count} commands");
            // Only routed commands, so no menu entry ends in "not understood"; in the help card's order.
            Assert.Equal(routed.Where(titles.Contains), titles);
        }
        Assert.Equal(routed.Order(), Menus().SelectMany(m => m.Titles).Distinct().Order());
        Assert.All(bot["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray()), c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
        Assert.Equal(BotIdPlaceholder, (string)bot["botId"]!);
    }

    [Fact]
    public void The_personal_menu_offers_every_command_answered_only_there_and_the_other_menus_none()
    {
        var routes = Features.Routes();
        var guards = routes.Guards.Where(g => g.Kind == "command").ToDictionary(g => g.Name, g => g.Guard, StringComparer.OrdinalIgnoreCase);
        var personalOnly = routes.Described.Select(c => c.Name.En).Where(c => guards[c].PersonalOnly).ToList();
        Assert.NotEmpty(personalOnly);

        foreach (var (scopes, titles) in Menus())
            if (scopes.Contains("personal")) Assert.Subset(titles.ToHashSet(), personalOnly.ToHashSet());
            else Assert.Empty(titles.Intersect(personalOnly));
    }

    [Fact]
    public void Web_application_info_names_the_bots_own_Entra_app()
    {
        // Graph's TeamsAppInstallation.ReadWriteSelfForUser.All lets an app install itself only when its manifest's
        // webApplicationInfo names that app: the bot's identity, the one holding the permission.
        var manifest = ReadJson(Path.Combine(ManifestDir, "manifest.json"));
        var info = manifest["webApplicationInfo"]!;

        Assert.Equal((string)manifest["bots"]![0]!["botId"]!, (string)info["id"]!);
        Assert.Equal($"api://botid-{BotIdPlaceholder}", (string)info["resource"]!);
    }

    [Fact]
    public void French_file_translates_every_localizable_string_of_the_manifest()
    {
        var (manifest, english, french) = ReadLocalization();
        var localizable = LocalizableStrings(manifest);

        Assert.Contains("name.short", localizable.Keys);
        Assert.Contains("bots[0].commandLists[0].commands[0].description", localizable.Keys);
        Assert.Contains("bots[0].commandLists[1].commands[0].title", localizable.Keys);
        foreach (var (key, text) in localizable)
        {
            Assert.True(english.ContainsKey(key), $"en.json lacks {key}");
            Assert.Equal(text, english[key]);
            Assert.True(french.ContainsKey(key), $"fr.json lacks {key}");
            Assert.False(string.IsNullOrWhiteSpace(french[key]), $"fr.json has an empty {key}");
        }
        Assert.Equal(localizable.Keys.Order(), french.Keys.Order());
        Assert.NotEqual(english["description.full"], french["description.full"]);
        // French users pick the French words from the menus: each is the French of the command in its place, which the
        // bot routes.
        var frenchOf = Features.Routes().Described.ToDictionary(c => c.Name.En, c => c.Name.Fr);
        foreach (var (key, title) in localizable.Where(kv => kv.Key.Contains("].commands[", StringComparison.Ordinal) && kv.Key.EndsWith("].title", StringComparison.Ordinal)))
            Assert.Equal(frenchOf[title], french[key]);
        Assert.Equal(Menus().Sum(m => m.Titles.Count), french.Keys.Count(k => k.Contains("].commands[", StringComparison.Ordinal) && k.EndsWith("].title", StringComparison.Ordinal)));
    }

    [Fact]
    public void French_strings_put_a_no_break_space_before_high_punctuation()
    {
        var (_, _, french) = ReadLocalization();

        Assert.Contains(french.Values, s => s.Contains('\u00A0'));
        foreach (var (key, text) in french)
        {
            // Every : ; ? ! follows a no-break space (U+00A0, or the narrow U+202F), never a plain
            // space or a letter; a URL's "://" is not punctuation.
            foreach (Match m in Regex.Matches(text, "[:;?!]"))
            {
                if (text.AsSpan(m.Index).StartsWith("://")) continue;
                var before = m.Index > 0 ? text[m.Index - 1] : '\0';
                Assert.True(before is '\u00A0' or '\u202F', $"fr.json {key}: '{text[Math.Max(0, m.Index - 10)..(m.Index + 1)]}' needs a no-break space before '{m.Value}'");
            }
        }
    }

    [Fact]
    public async Task Pack_puts_every_file_at_the_zip_root_with_the_bot_id_set()
    {
        var botAppId = Guid.NewGuid().ToString();
        var package = Path.Combine(_temp, "focalbot.zip");

        var result = await PackAsync(botAppId, package);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var unpacked = Path.Combine(_temp, "unpacked");
        ZipFile.ExtractToDirectory(package, unpacked);
        using (var zip = ZipFile.OpenRead(package))
            Assert.Equal(["color.png", "en.json", "fr.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var packed = ReadJson(Path.Combine(unpacked, "manifest.json"));
        Assert.Equal(botAppId, (string)packed["bots"]![0]!["botId"]!);
        Assert.Equal(botAppId, (string)packed["webApplicationInfo"]!["id"]!);
        Assert.Equal($"api://botid-{botAppId}", (string)packed["webApplicationInfo"]!["resource"]!);
        Assert.Equal(File.ReadAllBytes(Path.Combine(ManifestDir, "color.png")), File.ReadAllBytes(Path.Combine(unpacked, "color.png")));
        var validation = await ValidateAsync(Path.Combine(unpacked, "manifest.json"));
        Assert.True(validation.ExitCode == 0, validation.Stdout + validation.Stderr);
    }

    [Fact]
    public async Task Pack_refuses_a_bot_id_that_is_not_a_guid()
    {
        var package = Path.Combine(_temp, "focalbot.zip");

        var result = await PackAsync("focalbot", package);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("GUID", result.Stderr);
        Assert.False(File.Exists(package));
    }

    static Task<ProcessResult> ValidateAsync(string manifest)
    {
        Assert.True(Directory.Exists(Path.Combine(ValidatorDir, "node_modules")),
            "tests/Manifest/node_modules is missing: run `npm ci --no-audit --no-fund` in tests/Manifest");
        return Node.RunAsync(ValidatorDir, "validate.mjs", manifest);
    }

    static Task<ProcessResult> PackAsync(string botAppId, string package) =>
        Command.RunAsync("bash", Repo.Root, new Dictionary<string, string> { ["BOT_APP_ID"] = botAppId, ["PACKAGE_PATH"] = package },
            Path.Combine(ManifestDir, "pack.sh"));

    static string CopyManifestTo(string dir)
    {
        foreach (var file in Directory.GetFiles(ManifestDir).Where(f => f.EndsWith(".json") || f.EndsWith(".png")))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return Path.Combine(dir, "manifest.json");
    }

    static JsonNode ReadJson(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    static void Edit(string path, Action<JsonNode> change)
    {
        var json = ReadJson(path);
        change(json);
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    static (JsonNode Manifest, Dictionary<string, string> English, Dictionary<string, string> French) ReadLocalization()
    {
        var manifest = ReadJson(Path.Combine(ManifestDir, "manifest.json"));
        var info = manifest["localizationInfo"]!;
        Assert.Equal("en", (string)info["defaultLanguageTag"]!);
        var fr = info["additionalLanguages"]!.AsArray().Single(l => (string)l!["languageTag"]! == "fr")!;
        return (manifest, Strings(info["defaultLanguageFile"]!), Strings(fr["file"]!));

        static Dictionary<string, string> Strings(JsonNode file) =>
            ReadJson(Path.Combine(ManifestDir, (string)file!)).AsObject()
                .Where(p => p.Key != "$schema")
                .ToDictionary(p => p.Key, p => (string)p.Value!);
    }

    // The manifest's strings that its version's localization schema lets a language file
    // override, keyed as the schema names them ("name.short", "bots[0].commandLists[0].commands[1].title").
    static Dictionary<string, string> LocalizableStrings(JsonNode manifest)
    {
        var version = (string)manifest["manifestVersion"]!;
        var schemaFile = Path.Combine(ValidatorDir, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams",
            $"v{version}", "MicrosoftTeams.Localization.schema.json");
        Assert.True(File.Exists(schemaFile), $"{schemaFile} is missing: run `npm ci` in tests/Manifest");
        var schema = ReadJson(schemaFile);
        var names = schema["properties"]!.AsObject().Select(p => p.Key).Where(k => k is not ("$schema" or "localizationKeys")).ToHashSet();
        var patterns = schema["patternProperties"]!.AsObject().Select(p => new Regex(p.Key)).ToList();

        var strings = new Dictionary<string, string>();
        Flatten(manifest, "", strings);
        return strings.Where(s => names.Contains(s.Key) || patterns.Any(p => p.IsMatch(s.Key))).ToDictionary();
    }

    static void Flatten(JsonNode? node, string path, Dictionary<string, string> into)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o) Flatten(value, path.Length == 0 ? key : $"{path}.{key}", into);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Flatten(a[i], $"{path}[{i}]", into);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                into[path] = (string)v!;
                break;
        }
    }
}
