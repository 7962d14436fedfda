using System.Net;
using System.Text.Json.Nodes;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Meetings;

/// An invitee's calendar link goes out with the convocation, months ahead: it lives until the meeting has ended, plus
/// a day, whatever Exports:LinkLifetime says. The clock starts on Monday 23 November 2026, 09:00 UTC.
public sealed class CalendarLinkTests : IDisposable
{
    readonly BotApp _app = RequestApp.New();

    public void Dispose() => _app.Dispose();

    /// Monday 22 and Tuesday 23 February 2027, 9:30 to 17:00 in Strasbourg (UTC+1 in winter): it ends at 16:00 UTC.
    static Meeting InFebruary() => AMeeting.Convened() with
    {
        OpeningDay = new DateOnly(2027, 2, 22), ClosingDay = new DateOnly(2027, 2, 23), ConvenedOn = new DateOnly(2026, 11, 23),
    };

    static readonly DateTimeOffset FebruaryEnd = new(2027, 2, 23, 16, 0, 0, TimeSpan.Zero);

    /// The calendar link in the convocation Élise is sent, as the sender writes it.
    async Task<Uri> ConvocationLinkAsync(Meeting meeting)
    {
        await _app.Service<IMeetingStore>().SaveAsync(meeting, default);
        var activity = await _app.Service<ConvocationCampaign>().MessageAsync(meeting.Id, AMember.Elise(), default);
        var card = (JsonObject)activity!.Attachments![0].Content!;
        var button = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == MeetingTexts.CalendarButton.Fr);
        return new Uri((string)button!["url"]!);
    }

    async Task<HttpResponseMessage> OpenAsync(Uri link) => await _app.CreateClient().GetAsync(link.PathAndQuery);

    [Fact]
    public async Task A_convocation_sent_three_months_ahead_still_opens_the_day_before_the_meeting()
    {
        var link = await ConvocationLinkAsync(InFebruary());

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 21, 18, 0, 0, TimeSpan.Zero));
        using var response = await OpenAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Réunion plénière du réseau (22-23 février 2027).ics", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Contains("Réunion plénière du réseau", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_link_opens_until_a_day_after_the_meetings_end_and_is_refused_after()
    {
        var link = await ConvocationLinkAsync(InFebruary());

        _app.Clock.SetUtcNow(FebruaryEnd + MeetingFileStore.CalendarLinkMargin - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(link)).StatusCode);

        _app.Clock.SetUtcNow(FebruaryEnd + MeetingFileStore.CalendarLinkMargin);
        using var refused = await OpenAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Empty(await refused.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_link_made_after_the_meeting_ended_still_lives_the_usual_lifetime()
    {
        // A cancellation or move notice delivered late must not hand out a link that is dead on arrival.
        var ended = AMeeting.Convened();   // May 2026, before the clock
        var link = new Uri((await _app.Service<MeetingFileStore>().InvitationLinkAsync(ended, AMember.Elise(), default))!);

        _app.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(link)).StatusCode);

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(link)).StatusCode);
    }

    [Fact]
    public void A_calendar_link_is_asked_to_live_until_the_end_in_the_meetings_own_time_zone_plus_a_day()
    {
        // 17:00 in Istanbul (UTC+3 all year) is 14:00 UTC; 17:00 in Strasbourg in February is 16:00 UTC.
        var istanbul = InFebruary() with { TimeZoneId = "Europe/Istanbul" };

        Assert.Equal(new DateTimeOffset(2027, 2, 24, 14, 0, 0, TimeSpan.Zero), MeetingFileStore.CalendarLinkUntil(istanbul));
        Assert.Equal(FebruaryEnd.AddDays(1), MeetingFileStore.CalendarLinkUntil(InFebruary()));
    }

    [Fact]
    public async Task The_same_meetings_participant_lists_still_expire_after_the_link_lifetime()
    {
        // The longer life is the calendar file's alone: the lists the office exports are working files, like a compilation.
        var (_, _, word, _) = await _app.Service<MeetingFileStore>().ParticipantListsAsync(InFebruary(), AMember.Sophie(), Language.En, default);

        _app.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await OpenAsync(new Uri(word))).StatusCode);

        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(new Uri(word))).StatusCode);
    }
}
