using FocalBot.Bot.Files;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Requests;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Bot.Tests.Members;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Files;

/// One offer for a file sent to the bot, with every feature's places for its sender: the office's lists requests and
/// meeting agendas, a focal point's their state's answers only; a place of a feature the sender may not use is refused.
public sealed class FileOfferTests : IDisposable
{
    readonly FileServer _files = new();
    readonly BotApp _app;

    public FileOfferTests() => _app = AttachApp.New(_files);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_offices_offer_lists_requests_then_meeting_agenda_items_and_waits_in_uploads()
    {
        var request = await _app.SendAsync();
        var meeting = await _app.DraftAsync();

        await _app.SendFilesAsync(_files, Payload.SophieAad, ("note.pdf", SampleFiles.Pdf));

        var values = AttachApp.Choices(_app.Offers().Single()).Select(c => c.Value).ToList();
        Assert.Equal([$"request:{request.Id}:0", .. meeting.CurrentAgenda.Items.Select(i => $"meeting:{meeting.Id}:{i.Id}")], values);
        Assert.StartsWith("Uploads/", Assert.Single(_app.StoredFiles()));   // offered for two features: it waits in Uploads
    }

    [Fact]
    public async Task A_focal_points_offer_lists_no_meeting_and_a_forged_meeting_place_attaches_nothing()
    {
        var request = await _app.SendAsync();
        var meeting = await _app.DraftAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));
        var offer = _app.Offers().Single();

        var forged = await _app.AttachAsync(offer, $"meeting:{meeting.Id}:{meeting.CurrentAgenda.Items[0].Id}", Payload.EliseAad);

        Assert.All(AttachApp.Choices(offer), c => Assert.StartsWith($"request:{request.Id}:", c.Value));
        Assert.Contains(FileTexts.ChooseTarget.Fr, forged.CardText());
        Assert.DoesNotContain("meeting:", forged.CardJson());
        Assert.Equal(meeting.Version, (await _app.MeetingAsync()).Version);
        Assert.Empty((await _app.MeetingAsync()).CurrentAgenda.Items.SelectMany(i => i.Documents));
    }

    [Fact]
    public async Task A_place_naming_no_feature_asks_again_and_attaches_nothing()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));

        var nowhere = await _app.AttachAsync(_app.Offers().Single(), $"group:{request.Id}:0", Payload.EliseAad);

        Assert.Contains(FileTexts.ChooseTarget.Fr, nowhere.CardText());
        Assert.Null(await _app.AnswerOfAsync(request, "FR"));
    }

    [Fact]
    public async Task An_offer_sent_before_places_had_prefixes_still_attaches_to_its_request()
    {
        var request = await _app.SendAsync();
        await _app.SendFilesAsync(_files, Payload.EliseAad, ("loi.pdf", SampleFiles.Pdf));

        var earlier = await _app.AttachAsync(_app.Offers().Single(), $"{request.Id}:0", Payload.EliseAad);

        Assert.DoesNotContain(FileTexts.ChooseTarget.Fr, earlier.CardText());
        Assert.Equal(["loi.pdf"], (await _app.AnswerOfAsync(request, "FR"))!.Annexes.Select(a => a.Name));
    }

    [Theory]
    [InlineData(MemberRole.Office)]
    [InlineData(MemberRole.FocalPoint)]
    [InlineData(MemberRole.Expert)]
    public void Who_may_send_files_is_who_some_feature_takes_them_from(MemberRole role)
    {
        var member = AMember.Elise() with { Role = role, StateCode = role == MemberRole.FocalPoint ? StateCode.ParseOptional("FR") : null };
        var features = _app.Service<IEnumerable<IFileDestinations>>().ToList();

        Assert.Equal(["request", "meeting"], features.Select(f => f.Prefix));
        Assert.Equal(FileRoutes.MaySend(member), features.Any(f => f.Serves(member)));
        Assert.Equal(role == MemberRole.Office, features.Single(f => f.Prefix == MeetingFiles.ValuePrefix).Serves(member));
        Assert.Equal(role != MemberRole.Expert, features.Single(f => f.Prefix == RequestFiles.ValuePrefix).Serves(member));
    }
}
