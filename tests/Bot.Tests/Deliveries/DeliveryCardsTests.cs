using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Deliveries;

/// What Teams answered, told to the office in words.
public sealed class DeliveryCardsTests
{
    /// The codes the sender writes on Uncertain rows, and on NoChat and Failed rows.
    public static TheoryData<string> SendersCodes() =>
    [
        "HTTP 500", "HTTP 502", "HTTP 504", "Timeout", "NoAnswer",
        "NoIdentity", "NotInTeam", "RosterUnavailable", "NotInstalled", "MemberNotActive", "Withdrawn", "ConversationBlockedByUser",
        "NoEmail", "MailboxNotAllowed", "GraphUnavailable",
    ];

    [Theory]
    [MemberData(nameof(SendersCodes))]
    public void Each_code_the_sender_writes_reads_in_English_and_French(string code)
    {
        var en = DeliveryCards.Reason(code, uncertain: true, Language.En);
        var fr = DeliveryCards.Reason(code, uncertain: true, Language.Fr);

        Assert.DoesNotContain(code, en);
        Assert.NotEqual(en, fr);
        Assert.Empty(Cards.FrenchTypography.PlainSpacesBeforeDoublePunctuation(fr));
    }

    [Fact]
    public void An_unknown_code_is_shown_as_Teams_gave_it_and_none_on_an_uncertain_row_means_the_bot_stopped()
    {
        Assert.Equal("Teams answered: BadSyntax", DeliveryCards.Reason("BadSyntax", uncertain: false, Language.En));
        Assert.Equal("Réponse de Teams\u00a0: BadSyntax", DeliveryCards.Reason("BadSyntax", uncertain: false, Language.Fr));
        Assert.Equal(DeliveryTexts.ReasonStopped.Fr, DeliveryCards.Reason(null, uncertain: true, Language.Fr));
    }

    [Fact]
    public void Every_reason_has_both_languages_and_French_typography()
    {
        foreach (var (code, text) in DeliveryTexts.Reasons)
        {
            Assert.False(string.IsNullOrWhiteSpace(text.En), code);
            Assert.False(string.IsNullOrWhiteSpace(text.Fr), code);
            Assert.DoesNotMatch(@" [:;?!]|[\p{L}\)»][;?!:]", text.Fr);
        }
    }

    [Fact]
    public void Every_reason_a_post_was_not_posted_reads_in_both_languages_after_not_posted()
    {
        Assert.Equal(NetworkChannel.NotPostedCodes.Order(), DeliveryTexts.NotPostedReasons.Keys.Order());
        foreach (var code in NetworkChannel.NotPostedCodes)
        {
            var post = new ChannelPost(ChannelPostState.NotPosted, code);
            var (en, fr) = (DeliveryCards.ChannelValue(post, TimeZoneInfo.Utc, Language.En), DeliveryCards.ChannelValue(post, TimeZoneInfo.Utc, Language.Fr));

            Assert.StartsWith("not posted: ", en);
            Assert.StartsWith("non publiée\u00a0: ", fr);
            Assert.DoesNotContain(code, en + fr);
            Assert.DoesNotMatch(@" [:;?!]|[\p{L}\)»][;?!:]", fr);
            Assert.StartsWith("It is not posted in the network's channel: ", DeliveryCards.ChannelLine(post, Language.En));
        }
    }

    [Fact]
    public void Each_path_reads_as_how_the_recipient_was_reached()
    {
        Assert.Equal(["in their chat", "in a new chat", "app installed, then in a new chat", "mentioned in the channel", "e-mail notice sent"],
            Enum.GetValues<DeliveryPath>().Select(p => DeliveryCards.Path(p, Language.En)));
        Assert.All(Enum.GetValues<DeliveryPath>(), p => Assert.NotEqual(DeliveryCards.Path(p, Language.En), DeliveryCards.Path(p, Language.Fr)));
    }
}
