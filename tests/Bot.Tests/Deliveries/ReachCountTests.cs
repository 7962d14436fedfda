using FocalBot.Bot.Deliveries;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Deliveries;

public class ReachCountTests
{
    static Delivery Row(string member, DeliveryStatus status, DeliveryPath? path = null) =>
        new() { Campaign = "request-chase/2026/01/2026-11-23", MemberId = member, Status = status, Path = path };

    static Delivery Mention(string member, DeliveryStatus status = DeliveryStatus.Sent) =>
        new() { Campaign = "request-reminder-mention/request-chase/2026/01/2026-11-23", MemberId = member, Status = status };

    [Fact]
    public void Each_row_counts_once_by_what_happened_to_it()
    {
        var count = ReachCount.Of(
        [
            Row("a", DeliveryStatus.Sent, DeliveryPath.Chat), Row("b", DeliveryStatus.Sent, DeliveryPath.Chat), Row("c", DeliveryStatus.Sent),
            Row("d", DeliveryStatus.Sent, DeliveryPath.NewChat), Row("e", DeliveryStatus.Sent, DeliveryPath.InstalledApp),
            Row("f", DeliveryStatus.Sent, DeliveryPath.Email),
            Row("g", DeliveryStatus.NoChat), Row("h", DeliveryStatus.NoChat), Row("i", DeliveryStatus.Failed),
            Row("j", DeliveryStatus.Pending), Row("k", DeliveryStatus.Uncertain, DeliveryPath.Chat),
        ], [Mention("g"), Mention("h", DeliveryStatus.Uncertain), Mention("a")]);

        // A mention counts only when it went and the member's own message did not; an uncertain mention reached nobody yet.
        Assert.Equal(new ReachCount(InChat: 3, NewlyReached: 2, Emailed: 1, Mentioned: 1, Unreachable: 2, Waiting: 1, Uncertain: 1), count);
        Assert.Equal(11, count.Total);
    }

    [Fact]
    public void It_reads_as_the_office_says_it_leaving_out_what_did_not_happen()
    {
        var count = new ReachCount(InChat: 3, NewlyReached: 1, Emailed: 0, Mentioned: 1, Unreachable: 1, Waiting: 0, Uncertain: 0);

        Assert.Equal("3 reached in their chat, 1 newly reached, 1 mentioned in the channel, 1 unreachable", count.Describe(Language.En));
        Assert.Equal("3\u00a0joints dans leur conversation, 1\u00a0joint pour la première fois, 1\u00a0mentionné dans le canal, 1\u00a0injoignable",
            count.Describe(Language.Fr));
    }

    [Fact]
    public void French_agrees_in_number_and_nobody_is_said_as_such()
    {
        Assert.Equal("1\u00a0joint dans sa conversation, 2\u00a0incertains", new ReachCount(1, 0, 0, 0, 0, 0, 2).Describe(Language.Fr));
        Assert.Equal("2\u00a0prévenus par courriel, 4\u00a0en attente d’envoi", new ReachCount(0, 0, 2, 0, 0, 4, 0).Describe(Language.Fr));
        Assert.Equal("nobody", ReachCount.Nobody.Describe(Language.En));
        Assert.Equal("personne", ReachCount.Nobody.Describe(Language.Fr));
    }
}
