using System.Net;
using FocalBot.Bot.Files;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Files;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

/// Every file the bot does not take gets a clear message in the sender's language, and nothing is stored: a type not
/// allowed, an impostor, too large, an expired link, a host not allowed, nowhere to attach it, a channel, an expert.
public sealed class AttachRefusalTests : IDisposable
{
    readonly FileServer _files = new();
    readonly BotApp _app;

    public AttachRefusalTests() => _app = AttachApp.New(_files);

    public void Dispose() => _app.Dispose();

    /// What the bot said after the request was sent, and that nothing was stored, offered or recorded.
    async Task<string> SaidAfterAsync(Func<Task> send, BotApp? app = null)
    {
        app ??= _app;
        var before = app.Connector.Sends.Count;
        await send();
        Assert.Empty(app.StoredFiles());
        Assert.Empty(app.Offers());
        var said = app.Connector.Sends.Skip(before).Select(s => s.Shown).ToList();
        return Assert.Single(said);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("archive.zip")]
    [InlineData("page.html")]
    [InlineData("macro.docm")]
    public async Task A_type_not_allowed_is_refused_in_the_senders_language_without_being_fetched(string name)
    {
        await _app.SendAsync();

        var said = await SaidAfterAsync(() => _app.SendFilesAsync(_files, Payload.EliseAad, (name, SampleFiles.Executable)));

        Assert.Equal(FileTexts.TypeNotAllowed.Format(Language.Fr, name), said);
        Assert.Empty(_files.Requests);
    }

    [Fact]
    public async Task A_pdf_that_is_not_a_pdf_is_refused()
    {
        await _app.SendAsync();

        var said = await SaidAfterAsync(() => _app.SendFilesAsync(_files, Payload.JonasAad, ("report.pdf", SampleFiles.Docx())));

        Assert.Equal(FileTexts.NotOfItsType.Format(Language.En, "report.pdf"), said);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused()
    {
        using var app = AttachApp.New(_files).Setting("Files:MaxMegabytes", "1");
        await app.SendAsync();

        var said = await SaidAfterAsync(() => app.SendFilesAsync(_files, Payload.EliseAad, ("scan.pdf", [.. SampleFiles.Pdf, .. new byte[1024 * 1024]])), app);

        Assert.Equal(FileTexts.TooLarge.Format(Language.Fr, "scan.pdf", 1), said);
    }

    [Fact]
    public async Task An_expired_download_link_is_refused_and_the_member_is_asked_to_send_again()
    {
        await _app.SendAsync();
        _files.Serve(AttachApp.Url("loi.pdf"), SampleFiles.Pdf, status: HttpStatusCode.Unauthorized);

        var said = await SaidAfterAsync(() => _app.PostAsync(AttachApp.Files(Payload.EliseAad, channel: false, ("loi.pdf", AttachApp.Url("loi.pdf")))));

        Assert.Equal(FileTexts.Unavailable.Format(Language.Fr, "loi.pdf"), said);
    }

    [Theory]
    [InlineData("https://evil.example.com/loi.pdf")]
    [InlineData("https://coe.sharepoint.com.evil.example/loi.pdf")]
    [InlineData("http://coe.sharepoint.com/loi.pdf")]
    public async Task A_file_from_a_host_not_allowed_is_refused_without_being_fetched(string url)
    {
        await _app.SendAsync();
        _files.Serve(url, SampleFiles.Pdf);

        var said = await SaidAfterAsync(() => _app.PostAsync(AttachApp.Files(Payload.EliseAad, channel: false, ("loi.pdf", url))));

        Assert.Equal(FileTexts.HostRefused.Format(Language.Fr, "loi.pdf"), said);
        Assert.Empty(_files.Requests);
    }

    [Fact]
    public async Task A_file_sent_when_no_answer_is_open_is_not_kept()
    {
        var said = await SaidAfterAsync(() => _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf)));

        Assert.Equal(FileTexts.Nowhere.Format(Language.Fr, "loi.pdf", RequestTexts.NoAnswerOpen.Fr), said);
    }

    [Fact]
    public async Task After_the_deadline_with_late_answers_refused_no_answer_is_open()
    {
        using var app = AttachApp.New(_files).Setting("Requests:AcceptLateAnswers", "false");
        await app.SendAsync();
        app.Clock.Advance(TimeSpan.FromDays(30));

        var said = await SaidAfterAsync(() => app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf)), app);

        Assert.Equal(FileTexts.Nowhere.Format(Language.Fr, "loi.pdf", RequestTexts.NoAnswerOpen.Fr), said);
    }

    [Fact]
    public async Task A_state_not_asked_has_no_answer_open()
    {
        await _app.SendAsync(RequestApp.Form().With(RequestForm.EveryoneKey, "false").With(RequestForm.StatesKey, "DE"));

        var said = await SaidAfterAsync(() => _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf)));

        Assert.Equal(FileTexts.Nowhere.Format(Language.Fr, "loi.pdf", RequestTexts.NoAnswerOpen.Fr), said);
    }

    [Fact]
    public async Task The_office_with_no_request_nor_meeting_to_add_to_keeps_nothing()
    {
        var said = await SaidAfterAsync(() => _app.SendFilesAsync(_files, Payload.SophieAad, ("note.pdf", SampleFiles.Pdf)));

        Assert.Equal(FileTexts.Nowhere.Format(Language.En, "note.pdf", $"{RequestTexts.NoRequestForDocuments.En} {AgendaTexts.NoMeetingForFiles.En}"), said);
    }

    [Fact]
    public async Task Files_sent_in_a_channel_are_answered_once_and_never_fetched()
    {
        await _app.SendAsync();
        _files.Serve(AttachApp.Url("loi.pdf"), SampleFiles.Pdf).Serve(AttachApp.Url("photo.png"), SampleFiles.Png);

        var said = await SaidAfterAsync(() => _app.PostAsync(AttachApp.Files(Payload.EliseAad, channel: true, ("loi.pdf", AttachApp.Url("loi.pdf")), ("photo.png", AttachApp.Url("photo.png")))));

        Assert.Equal(FileTexts.FilesInPersonalChat.Fr, said);
        Assert.Empty(_files.Requests);
    }

    [Fact]
    public async Task An_expert_sending_a_document_is_told_who_sends_them()
    {
        using var app = AttachApp.New(_files).WithMembers(AMember.Elise(), AMember.Sophie(), AMember.Ana());
        await app.SendAsync();

        var said = await SaidAfterAsync(() => app.SendFilesAsync(_files, AMember.AnaAad, ("cv.pdf", SampleFiles.Pdf)), app);

        Assert.Equal(FileTexts.AttachNotAllowed.En, said);
        Assert.Empty(_files.Requests);
    }

    [Fact]
    public async Task Neither_the_file_names_nor_the_download_links_reach_the_logs()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("Note confidentielle SENTINEL-7f3a.pdf", SampleFiles.Pdf), ("SENTINEL-7f3a.exe", SampleFiles.Executable));
        await _app.AttachAsync(_app.Offers().Single(), $"request:{request.Id}:1", Payload.EliseAad);
        await _app.PressAsync(RequestRoutes.Answer, RequestApp.Ids(request), Payload.EliseAad);

        Assert.DoesNotContain(_app.Logs.Lines, l => l.Contains("SENTINEL-7f3a", StringComparison.Ordinal) || l.Contains("tempauth", StringComparison.Ordinal)
                                                    || l.Contains("elise_moreau", StringComparison.Ordinal));
        Assert.Contains(_app.Logs.Lines, l => l.Contains("attached to", StringComparison.Ordinal));   // the flow did log, by id
    }
}
