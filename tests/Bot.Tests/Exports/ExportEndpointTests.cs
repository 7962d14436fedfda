using System.Net;
using System.Security.Cryptography;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Exports;

/// Local files reach members only through signed links: GET /exports/{id} through the whole bot.
public sealed class ExportEndpointTests : IDisposable
{
    const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const string FileName = "Compilation 2026-07 (EN).docx";

    readonly string _folder = Path.Combine(Path.GetTempPath(), $"focalbot-exports-{Guid.NewGuid():N}");
    readonly BotApp _app;

    public ExportEndpointTests() => _app = new BotApp()
        .WithMembers(AMember.Elise(), AMember.Jonas())
        .Setting("Exports:Path", _folder)
        .Setting("Exports:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
        .Setting("Bot:PublicUrl", "https://focalbot.example.org");

    IExportStore Store => _app.Service<IExportStore>();

    async Task<ExportedFile> SavedAsync(string name = FileName, byte[]? content = null) =>
        await Store.SaveAsync("Requests/2026-07", new ExportFile(name, Docx, content ?? [0x50, 0x4B, 3, 4]), default);

    async Task<HttpResponseMessage> GetAsync(Uri link) => await _app.CreateClient().GetAsync(link.PathAndQuery);

    static Uri With(Uri link, Func<string, string> change) => new(change(link.AbsoluteUri));

    static async Task AssertBareNotFound(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task A_signed_link_gives_an_active_member_the_file_as_an_attachment()
    {
        var file = await SavedAsync();
        var link = Store.LinkFor(file, AMember.Elise()).Url;

        var response = await GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([0x50, 0x4B, 3, 4], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Docx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(FileName, response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("https://focalbot.example.org/exports/", link.AbsoluteUri);
    }

    [Fact]
    public async Task A_spreadsheet_is_served_with_its_own_content_type()
    {
        const string xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var file = await Store.SaveAsync("Requests/2026-07", new ExportFile("Compilation 2026-07 (EN).xlsx", xlsx, [1]), default);

        var response = await GetAsync(Store.LinkFor(file, AMember.Elise()).Url);

        Assert.Equal(xlsx, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_recompiled_file_is_served_through_the_earlier_link()
    {
        var link = Store.LinkFor(await SavedAsync(content: [1]), AMember.Elise()).Url;

        await SavedAsync(content: [2, 2]);

        Assert.Equal([2, 2], await (await GetAsync(link)).Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_link_stops_working_once_it_expires()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.Elise()).Url;

        _app.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link)).StatusCode);

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        await AssertBareNotFound(await GetAsync(link));
    }

    [Fact]
    public async Task A_configured_lifetime_decides_when_a_link_expires()
    {
        using var app = new BotApp().Setting("Exports:LinkLifetime", "3.00:00:00");
        var store = app.Service<IExportStore>();
        var link = store.LinkFor(await store.SaveAsync("Requests/2026-07", new ExportFile(FileName, Docx, [1]), default), AMember.Elise());

        Assert.Equal(app.Clock.GetUtcNow().AddDays(3), link.Expires);
        app.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(link.Url.PathAndQuery)).StatusCode);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(link.Url.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_link_asked_to_last_longer_works_until_then_and_not_a_second_more()
    {
        var until = _app.Clock.GetUtcNow().AddDays(90);
        var link = Store.LinkFor(await SavedAsync(), AMember.Elise(), until);

        Assert.Equal(until, link.Expires);
        _app.Clock.SetUtcNow(until.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link.Url)).StatusCode);

        _app.Clock.SetUtcNow(until);
        await AssertBareNotFound(await GetAsync(link.Url));
    }

    [Fact]
    public async Task A_link_asked_to_end_sooner_than_the_lifetime_still_lives_the_lifetime()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.Elise(), _app.Clock.GetUtcNow().AddHours(-5));

        Assert.Equal(_app.Clock.GetUtcNow().AddDays(1), link.Expires);
        _app.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link.Url)).StatusCode);
    }

    [Fact]
    public async Task A_tampered_signature_gets_a_bare_404()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.Elise()).Url;
        var signature = System.Web.HttpUtility.ParseQueryString(link.Query)["s"]!;
        var flipped = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("s=" + signature, "s=" + flipped))));
        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("s=" + signature, "s="))));
        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("s=" + signature, "s=%%%"))));
        await AssertBareNotFound(await GetAsync(new Uri(link.GetLeftPart(UriPartial.Path))));
    }

    [Fact]
    public async Task A_link_cannot_be_stretched_or_handed_to_another_member()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.Elise()).Url;
        var expires = System.Web.HttpUtility.ParseQueryString(link.Query)["e"]!;

        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("e=" + expires, "e=" + (long.Parse(expires) + 86_400)))));
        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("m=m-elise", "m=m-jonas"))));
    }

    [Fact]
    public async Task A_link_signed_for_one_file_does_not_open_another()
    {
        var first = await SavedAsync("Compilation 2026-07 (EN).docx");
        var other = await SavedAsync("Compilation 2026-07 (FR).docx");
        var link = Store.LinkFor(first, AMember.Elise()).Url;

        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace(first.Id, other.Id))));
    }

    [Fact]
    public async Task A_member_who_left_can_no_longer_use_their_link()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.Jonas()).Url;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link)).StatusCode);

        await _app.Given(AMember.Jonas() with { Status = MemberStatus.Left, LeftOn = new DateOnly(2026, 11, 23) });

        await AssertBareNotFound(await GetAsync(link));
    }

    [Fact]
    public async Task A_link_made_for_the_office_dies_when_its_member_is_no_longer_office()
    {
        var sophie = await _app.Given(AMember.Sophie());
        var link = Store.LinkFor(await SavedAsync(), sophie).Url;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(link)).StatusCode);

        await _app.Given(sophie with { Role = MemberRole.Expert });

        await AssertBareNotFound(await GetAsync(link));
        Assert.Contains(_app.Logs.Lines, l => l.Contains("Export link refused (Role)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_cannot_be_given_another_role()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.Elise()).Url;

        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("r=FocalPoint", "r=Office"))));
        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("r=FocalPoint", "r=focalpoint"))));
        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("r=FocalPoint", "r=1"))));
        await AssertBareNotFound(await GetAsync(With(link, l => l.Replace("&r=FocalPoint", ""))));
    }

    [Fact]
    public async Task A_link_for_someone_not_in_the_directory_opens_nothing()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.FocalPoint("m-nobody", "Nobody", "FR")).Url;

        await AssertBareNotFound(await GetAsync(link));
    }

    [Fact]
    public async Task A_deleted_file_gets_the_same_bare_404()
    {
        var file = await SavedAsync();
        var link = Store.LinkFor(file, AMember.Elise()).Url;

        File.Delete(Path.Combine(_folder, "Requests", "2026-07", FileName));

        await AssertBareNotFound(await GetAsync(link));
    }

    [Theory]
    [InlineData("../exports-signing.key")]
    [InlineData("../../etc/passwd")]
    [InlineData("Requests/../../outside.docx")]
    public async Task A_path_outside_the_exports_folder_is_not_served_even_with_a_valid_signature(string relative)
    {
        await SavedAsync();
        var link = _app.Service<ExportLinks>().Create(LocalExportStore.IdOf(relative), "m-elise", MemberRole.FocalPoint).Url;

        await AssertBareNotFound(await GetAsync(link));
    }

    [Theory]
    [InlineData("/exports/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/exports/%2E%2E")]
    [InlineData("/exports/")]
    public async Task A_raw_path_gets_nothing(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Neither_the_file_name_nor_the_member_name_reaches_the_logs()
    {
        var link = Store.LinkFor(await SavedAsync(), AMember.Elise()).Url;
        await GetAsync(link);
        await GetAsync(With(link, l => l.Replace("m=m-elise", "m=m-jonas")));

        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("Compilation 2026-07") || l.Contains(AMember.Elise().DisplayName));
        // ASP.NET's own request lines hold the URL (shipped at Warning, they are off); the bot's never hold the key.
        var signature = System.Web.HttpUtility.ParseQueryString(link.Query)["s"]!;
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains(signature) && !l.Contains(" Microsoft.AspNetCore."));
        Assert.Contains(_app.Logs.Lines, l => l.Contains("Export served to member m-elise"));
    }

    [Theory]
    [InlineData("Exports:SigningKey", "c2hvcnQ=")]
    [InlineData("Exports:LinkLifetime", "00:00:10")]
    [InlineData("Exports:Library", "Compilations/2026")]
    public void A_bad_export_setting_stops_the_bot_at_startup(string key, string value)
    {
        using var app = new BotApp().Setting(key, value);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key, Messages(failure) + string.Join("\n", app.Logs.Lines));
    }

    [Fact]
    public async Task On_this_machine_a_plain_http_loopback_address_is_fine()
    {
        using var app = new BotApp().Setting("Exports:Path", _folder).Setting("Bot:PublicUrl", "http://localhost:3978/bot/")
            .Setting("Exports:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var store = app.Service<IExportStore>();

        var link = store.LinkFor(await store.SaveAsync("", new ExportFile("a.docx", Docx, [1]), default), AMember.Elise()).Url;

        Assert.StartsWith("http://localhost:3978/bot/exports/", link.AbsoluteUri);
    }

    internal static string Messages(Exception e) => e is AggregateException all
        ? string.Join(" | ", all.InnerExceptions.Select(Messages))
        : e.Message + (e.InnerException is { } inner ? " | " + Messages(inner) : "");

    public void Dispose()
    {
        _app.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
