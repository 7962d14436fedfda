using FocalBot.Bot.Exports;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Exports;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Requests;

public sealed class CompilationFilesTests
{
    [Fact]
    public async Task Compile_save_and_link_for_a_member_end_to_end()
    {
        using var app = new BotApp();
        var exports = app.Service<IExportStore>();
        var request = ACompilation.Request();

        var saved = new List<ExportedFile>();
        foreach (var file in CompilationFiles.Write(request, ACompilation.Answers(), ACompilation.Requester, ACompilation.CompiledOn, Language.Fr))
            saved.Add(await exports.SaveAsync(CompilationFiles.Folder(request.Number!.Value), file, default));
        var links = saved.Select(f => exports.LinkFor(f, AMember.Elise()).Url).ToList();

        Assert.Equal(["Compilation 2026-07 (FR).docx", "Compilation 2026-07 (FR).xlsx"], saved.Select(f => f.Name));
        var client = app.CreateClient();
        var docx = await client.GetByteArrayAsync(links[0].PathAndQuery);
        Assert.Equal("Accueil des enfants non accompagnés", OpenXmlFiles.Paragraphs(docx)[0].Text);
        var xlsx = await client.GetByteArrayAsync(links[1].PathAndQuery);
        Assert.Equal("État membre", OpenXmlFiles.Sheets(xlsx)["Réponses"][0][0]);
    }

    [Fact]
    public void A_requests_files_share_one_folder_named_by_its_number() =>
        Assert.Equal("Requests/2026-07", CompilationFiles.Folder(ACompilation.Number));
}
