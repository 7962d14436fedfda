using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Deliveries;

/// How one message to many reached them, counted the way the office reads it: "3 reached in their chat, 1 newly
/// reached, 1 mentioned in the channel, 1 unreachable". Counted from the delivery rows alone, so it says what happened,
/// never what was meant to.
public sealed record ReachCount(int InChat, int NewlyReached, int Emailed, int Mentioned, int Unreachable, int Waiting, int Uncertain)
{
    public static readonly ReachCount Nobody = new(0, 0, 0, 0, 0, 0, 0);

    public int Total => InChat + NewlyReached + Emailed + Mentioned + Unreachable + Waiting + Uncertain;

    /// One recipient: their row's status (null: no row yet), the way the row says they were reached, and whether an
    /// @mention in the channel reached them.
    public static ReachCount Of(IEnumerable<(DeliveryStatus? Status, DeliveryPath? Path, bool Mentioned)> recipients)
    {
        var count = Nobody;
        foreach (var (status, path, mentioned) in recipients)
            count = status switch
            {
                DeliveryStatus.Sent when path is DeliveryPath.NewChat or DeliveryPath.InstalledApp => count with { NewlyReached = count.NewlyReached + 1 },
                DeliveryStatus.Sent when path is DeliveryPath.Email => count with { Emailed = count.Emailed + 1 },
                DeliveryStatus.Sent => count with { InChat = count.InChat + 1 },
                DeliveryStatus.Uncertain => count with { Uncertain = count.Uncertain + 1 },
                _ when mentioned => count with { Mentioned = count.Mentioned + 1 },
                DeliveryStatus.NoChat or DeliveryStatus.Failed => count with { Unreachable = count.Unreachable + 1 },
                _ => count with { Waiting = count.Waiting + 1 },
            };
        return count;
    }

    /// The rows of one campaign, and of the campaign that @mentioned in the channel those it left without a chat.
    public static ReachCount Of(IEnumerable<Delivery> rows, IEnumerable<Delivery> mentions)
    {
        var mentioned = mentions.Where(d => d.Status == DeliveryStatus.Sent).Select(d => d.MemberId).ToHashSet();
        return Of(rows.Select(r => ((DeliveryStatus?)r.Status, r.Path, mentioned.Contains(r.MemberId))));
    }

    /// The parts that are not zero, in the reader's language; "nobody" when there is none.
    public string Describe(Language language)
    {
        var parts = new List<string>();
        void Add(int n, Text one, Text many) { if (n > 0) parts.Add((n == 1 ? one : many).Format(language, n)); }
        Add(InChat, DeliveryTexts.ReachedInChatOne, DeliveryTexts.ReachedInChatMany);
        Add(NewlyReached, DeliveryTexts.NewlyReachedOne, DeliveryTexts.NewlyReachedMany);
        Add(Emailed, DeliveryTexts.EmailedOne, DeliveryTexts.EmailedMany);
        Add(Mentioned, DeliveryTexts.MentionedOne, DeliveryTexts.MentionedMany);
        Add(Unreachable, DeliveryTexts.UnreachableOne, DeliveryTexts.UnreachableMany);
        Add(Waiting, DeliveryTexts.WaitingOne, DeliveryTexts.WaitingMany);
        Add(Uncertain, DeliveryTexts.UncertainOne, DeliveryTexts.UncertainMany);
        return parts.Count == 0 ? DeliveryTexts.ReachedNobody.In(language) : string.Join(", ", parts);
    }
}
