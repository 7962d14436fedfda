using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FocalBot.Bot.Files;
using FocalBot.Bot.Members;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using Microsoft.Extensions.DependencyInjection;

namespace FocalBot.Bot.Tests.Members;

/// The office imports members from CSV, pasted in the card or sent as a file in the personal chat.
public sealed class MemberImportRoutesTests : IDisposable
{
    const string Csv = """
        name;role;state;lead;email;phone
        Anna Gruber;focal point;Autriche;yes;anna.gruber@bmi.example;+43 1 531 26
        Jonas Weber;focal point;DE;;jonas.weber@bmi.example;+49 30 18 681 0
        Someone;boss;;;someone@x.org;
        Élise Moreau;focal point;FR;;not-an-address;
        """;

    readonly FileServer _files = new();
    readonly BotApp _app;

    public MemberImportRoutesTests() =>
        _app = OfficeApp.New().WithServices(s => s.AddHttpClient(FileDownloader.Client).ConfigurePrimaryHttpMessageHandler(() => _files));

    public void Dispose() => _app.Dispose();

    static JsonObject Pasted(string csv, bool checkOnly = false) => new() { ["submit"] = "1", ["csv"] = csv, ["checkOnly"] = checkOnly ? "true" : "false" };

    [Fact]
    public async Task The_import_button_opens_the_form_that_documents_the_columns()
    {
        var card = (await _app.PressAsync(MemberRoutes.Import, new JsonObject())).CardJson();

        Assert.Contains(MemberImportTexts.ImportColumns.En, card);
        Assert.Contains("\"id\":\"csv\"", card);
    }

    [Fact]
    public async Task Pasted_csv_reports_each_row_applies_the_good_ones_and_audits_them()
    {
        var card = (await _app.PressAsync(MemberRoutes.Import, Pasted(Csv))).CardText();

        Assert.Contains(MemberImportTexts.ReportSummary.Format(FocalBot.Domain.Shared.Language.En, 1, 1, 0, 2), card);
        Assert.Contains("Row 2, Anna Gruber: added", card);
        Assert.Contains("Row 3, Jonas Weber: changed (phone)", card);
        Assert.Contains("Row 4, Someone: refused, unknown role \"boss\"", card);
        Assert.Contains($"Row 5, Élise Moreau: refused, {MemberTexts.DetailEmailInvalid.En}", card);
        var everyone = await _app.EveryoneAsync();
        Assert.Equal(4, everyone.Count);
        Assert.Equal("+49 30 18 681 0", everyone.Single(m => m.Id == "m-jonas").Phone);
        Assert.Equal("elise.moreau@interieur.example", everyone.Single(m => m.Id == "m-elise").Email);   // the refused row changed nothing
        var anna = everyone.Single(m => m.DisplayName == "Anna Gruber");
        Assert.Equal(("AT", true, false), (anna.StateCode, anna.IsLead, anna.HasIdentity));
        Assert.Equal([(MemberRoutes.AuditAdded, anna.Id), (MemberRoutes.AuditChanged, "m-jonas")],
            (await _app.AuditAsync()).Reverse().Select(e => (e.Action, e.SubjectId)));
    }

    [Fact]
    public async Task A_state_code_in_any_case_is_imported_as_its_code_and_an_unknown_state_is_refused_by_name()
    {
        const string csv = """
            name;role;state;email
            Anna Gruber;focal point; at ;anna.gruber@bmi.example
            Someone Else;focal point;Narnia;someone@x.org
            """;

        var card = (await _app.PressAsync(MemberRoutes.Import, Pasted(csv))).CardText();

        Assert.Contains("Row 2, Anna Gruber: added", card);
        Assert.Contains($"Row 3, Someone Else: refused, {MemberTexts.DetailStateUnknown.En}", card);
        var everyone = await _app.EveryoneAsync();
        Assert.Equal("AT", everyone.Single(m => m.DisplayName == "Anna Gruber").StateCode?.Value);
        Assert.DoesNotContain(everyone, m => m.DisplayName == "Someone Else");
    }

    [Fact]
    public async Task Importing_the_same_text_twice_changes_nothing_the_second_time()
    {
        await _app.PressAsync(MemberRoutes.Import, Pasted(Csv));
        var before = await _app.EveryoneAsync();
        var audited = (await _app.AuditAsync()).Count;

        var card = (await _app.PressAsync(MemberRoutes.Import, Pasted(Csv))).CardText();

        Assert.Contains(MemberImportTexts.ReportSummary.Format(FocalBot.Domain.Shared.Language.En, 0, 0, 2, 2), card);
        Assert.Equal(before.Select(m => m.Version), (await _app.EveryoneAsync()).Select(m => m.Version));
        Assert.Equal(audited, (await _app.AuditAsync()).Count);
    }

    [Fact]
    public async Task A_lead_in_the_import_passes_the_lead_on()
    {
        var card = (await _app.PressAsync(MemberRoutes.Import, Pasted("name,role,state,lead,email\nCamille Durand,focal point,FR,yes,camille@interieur.example\n"))).CardText();

        var everyone = await _app.EveryoneAsync();
        Assert.Equal(["Camille Durand"], everyone.Where(m => m.IsLead).Select(m => m.DisplayName));
        Assert.Contains(MemberTexts.NoLongerLead.Format(FocalBot.Domain.Shared.Language.En, "Élise Moreau"), card);
        Assert.Contains(await _app.AuditAsync(), e => e.Action == MemberRoutes.AuditLeadRemoved && e.SubjectId == "m-elise");
    }

    [Fact]
    public async Task Check_only_reports_what_would_happen_and_changes_nothing()
    {
        var card = (await _app.PressAsync(MemberRoutes.Import, Pasted(Csv, checkOnly: true))).CardText();

        Assert.Contains(MemberImportTexts.CheckedOnly.En, card);
        Assert.Contains("Row 2, Anna Gruber: added", card);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
        Assert.Empty(await _app.AuditAsync());
    }

    [Fact]
    public async Task A_file_without_header_is_refused_whole_and_an_empty_paste_asks_again()
    {
        var refused = (await _app.PressAsync(MemberRoutes.Import, Pasted("Anna Gruber,focal point,AT\n"))).CardText();
        var empty = (await _app.PressAsync(MemberRoutes.Import, Pasted("   "))).CardText();

        Assert.Contains(MemberImportTexts.FileRefused.En, refused);
        Assert.Contains(MemberImportTexts.CsvHeaderMissing.En, refused);
        Assert.Contains(MemberImportTexts.CsvRequired.En, empty);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
    }

    [Fact]
    public async Task A_csv_file_sent_from_sharepoint_is_imported_and_reported_in_the_chat()
    {
        _files.Serve(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv)).ToArray());

        await _app.PostAsync(FileMessage("https://coe-my.sharepoint.com/personal/sophie_laurent_coe_int/_layouts/15/download.aspx?UniqueId=1&tempauth=x"));

        var report = Assert.Single(_app.Connector.Sends).Shown;
        Assert.Contains("Row 2, Anna Gruber: added", report);
        Assert.Single(_files.Requests);
        Assert.Equal(4, (await _app.EveryoneAsync()).Count);
        // The download URL holds the sender's OneDrive path and a short-lived key; the file holds names.
        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("sophie_laurent", StringComparison.Ordinal) || l.Contains("tempauth", StringComparison.Ordinal)
                                                    || l.Contains("Anna Gruber", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example.com/members.csv")]
    [InlineData("https://coe.sharepoint.com.evil.example/members.csv")]
    [InlineData("http://coe.sharepoint.com/members.csv")]
    [InlineData("https://user@coe.sharepoint.com/members.csv")]
    [InlineData("file:///etc/passwd")]
    public async Task A_file_from_anywhere_else_is_refused_without_being_fetched(string url)
    {
        _files.Serve(Encoding.UTF8.GetBytes(Csv));

        await _app.PostAsync(FileMessage(url));

        Assert.Equal(MemberImportTexts.FileHostRefused.En, Assert.Single(_app.Connector.Sends).Activity.Text);
        Assert.Empty(_files.Requests);
        Assert.Equal(3, (await _app.EveryoneAsync()).Count);
    }

    [Fact]
    public async Task Loopback_files_are_read_in_development_only()
    {
        Assert.True(FileDownloader.IsAllowedSource("http://127.0.0.1:56150/files/members.csv", development: true));
        Assert.False(FileDownloader.IsAllowedSource("http://127.0.0.1:56150/files/members.csv", development: false));
        Assert.False(FileDownloader.IsAllowedSource("http://10.0.0.8/members.csv", development: true));

        using var production = OfficeApp.New().Environment("Production").Setting("Bot:AppId", Guid.NewGuid().ToString()).Setting("Bot:AppSecret", "s").Setting("Bot:TenantId", Guid.NewGuid().ToString());
        var files = production.Service<FileDownloader>();
        Assert.Equal(FileDownloader.Outcome.HostRefused, (await files.DownloadAsync("http://127.0.0.1:1/members.csv", 1024, default)).Outcome);
    }

    [Fact]
    public async Task A_file_over_the_size_cap_or_not_in_utf8_is_refused()
    {
        using var app = OfficeApp.New().Setting("Members:MaxImportKilobytes", "1")
            .WithServices(s => s.AddHttpClient(FileDownloader.Client).ConfigurePrimaryHttpMessageHandler(() => _files));
        _files.Serve(Encoding.UTF8.GetBytes("name,role,email\n" + string.Concat(Enumerable.Repeat("Someone,office,someone@x.org\n", 60))), withLength: false);
        await app.PostAsync(FileMessage("https://coe-my.sharepoint.com/big.csv"));
        _files.Serve(Encoding.Latin1.GetBytes("name,role,email\nÉlise,office,e@x.org\n"));
        await app.PostAsync(FileMessage("https://coe-my.sharepoint.com/latin1.csv"));

        Assert.Equal([MemberImportTexts.FileTooLarge.Format(FocalBot.Domain.Shared.Language.En, 1), MemberImportTexts.FileNotUtf8.En],
            app.Connector.Sends.Select(s => s.Activity.Text));
        Assert.Equal(3, (await app.EveryoneAsync()).Count);
    }

    [Fact]
    public async Task A_focal_point_sending_a_csv_file_is_refused_and_nothing_is_fetched()
    {
        _files.Serve(Encoding.UTF8.GetBytes(Csv));

        await _app.PostAsync(FileMessage("https://coe-my.sharepoint.com/members.csv", from: Payload.EliseAad));

        Assert.Equal(MemberTexts.OfficeOnly.Fr, Assert.Single(_app.Connector.Sends).Activity.Text);
        Assert.Empty(_files.Requests);
    }

    /// A personal message carrying a file, as Teams delivers it when the user attaches one in the 1:1 chat.
    static Payload FileMessage(string downloadUrl, string from = Payload.SophieAad) => Payload.PersonalMessage("").From(from)
        .Set("text", (string?)null)
        .Set("attachments", new JsonArray(new JsonObject
        {
            ["contentType"] = FileDownloadInfo.ContentType,
            ["contentUrl"] = "https://coe-my.sharepoint.com/personal/sophie_laurent_coe_int/Documents/Applications/Microsoft Teams Chat Files/members.csv",
            ["name"] = "members.csv",
            ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = "1d5a7b0e-7d3c-4f3e-9a56-0d0c8e5b2f11", ["fileType"] = "csv" },
        }));

    /// Serves one file to the bot's download client and records every request it gets.
    sealed class FileServer : HttpMessageHandler
    {
        byte[] _content = [];
        bool _withLength = true;
        readonly List<Uri> _requests = [];

        public IReadOnlyList<Uri> Requests { get { lock (_requests) return [.. _requests]; } }

        public void Serve(byte[] content, bool withLength = true) => (_content, _withLength) = (content, withLength);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            lock (_requests) _requests.Add(request.RequestUri!);
            HttpContent body = _withLength ? new ByteArrayContent(_content) : new StreamContent(new NoLengthStream(_content));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = body });
        }

        protected override void Dispose(bool disposing) { }   // the factory may recycle it; the test owns it

        /// A stream that does not tell its length, like a chunked download.
        sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
        {
            public override bool CanSeek => false;
        }
    }
}
