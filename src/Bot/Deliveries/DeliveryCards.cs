using System.Globalization;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Deliveries;

/// Pieces every campaign shows the same way: the channel post's state, how a member was reached, what Teams answered,
/// and the mention line of the channel.
public static class DeliveryCards
{
    /// The channel post's state, as the value of a status card's fact.
    public static string ChannelValue(ChannelPost post, TimeZoneInfo zone, Language language) => post.State switch
    {
        ChannelPostState.Posted => DeliveryTexts.ChannelPosted.In(language),
        ChannelPostState.Waiting => DeliveryTexts.ChannelWaiting.In(language),
        ChannelPostState.NoChannel => (post.Configured ? DeliveryTexts.ChannelNotInConfiguredTeam : DeliveryTexts.ChannelNoTeam).In(language),
        ChannelPostState.Uncertain => DeliveryTexts.ChannelUncertain.Format(language, Local(post.At, zone), Reason(post.ErrorCode, uncertain: true, language)),
        ChannelPostState.Failed => DeliveryTexts.ChannelFailed.Format(language, Reason(post.ErrorCode, uncertain: false, language)),
        ChannelPostState.NotPosted => DeliveryTexts.ChannelNotPosted.Format(language, NotPostedReason(post.ErrorCode, language)),
        _ => "",
    };

    /// The channel post's fact on a status card; none when nothing was queued for the channel.
    public static IEnumerable<(string Title, string Value)> ChannelFacts(ChannelPost post, TimeZoneInfo zone, Language language) =>
        post.State == ChannelPostState.NotQueued ? [] : [(DeliveryTexts.ChannelFact.In(language), ChannelValue(post, zone, language))];

    /// What a confirmation says of the channel post, true at that moment; null when nothing was queued for the channel.
    public static string? ChannelLine(ChannelPost post, Language language) => post.State switch
    {
        ChannelPostState.Posted => DeliveryTexts.ChannelPostedLine.In(language),
        ChannelPostState.Waiting => DeliveryTexts.ChannelWillPostLine.In(language),
        ChannelPostState.NoChannel => (post.Configured ? DeliveryTexts.ChannelNotInConfiguredTeamLine : DeliveryTexts.ChannelNoTeamLine).In(language),
        ChannelPostState.Uncertain => DeliveryTexts.ChannelUncertainLine.In(language),
        ChannelPostState.Failed => DeliveryTexts.ChannelFailedLine.Format(language, Reason(post.ErrorCode, uncertain: false, language)),
        ChannelPostState.NotPosted => DeliveryTexts.ChannelNotPostedLine.Format(language, NotPostedReason(post.ErrorCode, language)),
        _ => null,
    };

    /// Why a post was closed without posting, in words.
    static string NotPostedReason(string? code, Language language) =>
        code is not null && DeliveryTexts.NotPostedReasons.TryGetValue(code, out var text) ? text.In(language) : DeliveryTexts.ReasonUnknown.Format(language, code ?? "?");

    /// What Teams answered, readable: a known code in words, any other as Teams gave it. An Uncertain row without a code
    /// is one the bot stopped in the middle of sending.
    public static string Reason(string? code, bool uncertain, Language language)
    {
        if (string.IsNullOrWhiteSpace(code)) return (uncertain ? DeliveryTexts.ReasonStopped : DeliveryTexts.ReasonUnknown).Format(language, "?");
        return DeliveryTexts.Reasons.TryGetValue(code.Trim(), out var text) ? text.In(language) : DeliveryTexts.ReasonUnknown.Format(language, code.Trim());
    }

    /// How a member was reached.
    public static string Path(DeliveryPath path, Language language) => (path switch
    {
        DeliveryPath.Chat => DeliveryTexts.PathChat,
        DeliveryPath.NewChat => DeliveryTexts.PathNewChat,
        DeliveryPath.InstalledApp => DeliveryTexts.PathInstalledApp,
        DeliveryPath.ChannelMention => DeliveryTexts.PathChannelMention,
        _ => DeliveryTexts.PathEmail,
    }).In(language);

    /// A mention message for the channel: "For / Pour : <at>Élise Moreau</at>, <at>Jonas Weber</at> — subject", then what
    /// it asks of them in English and in French. Addressed to a group, it speaks both languages; the names are cleaned
    /// so none breaks out of its mention.
    public static JsonObject Mention(IReadOnlyList<Member> people, string subject, Text body)
    {
        var names = people.Select(p => (Id: p.AadObjectId, Name: p.DisplayName)).ToList();
        var line = $"{Bilingual.Label(DeliveryTexts.MentionFor)}\u00a0: {string.Join(", ", names.Select(n => Card.MentionTag(n.Name)))} — {subject}";
        return Card.WithMentions(Card.New([Card.TextBlock(line, weight: "Bolder"), Bilingual.Lines(body)]), names);
    }

    /// A section lists this many people at most, so a large network's card stays within Teams' size.
    const int MaxLines = 100;

    /// A subject's deliveries for the office: the Uncertain ones first, with when (the network's time) and what
    /// happened, then how each recipient was reached. Names are literal text runs.
    public static JsonObject View(DeliveryView view, TimeZoneInfo zone, DateTimeOffset now, Language language)
    {
        var subject = view.Subject;
        var sends = view.Sends;
        var uncertain = view.Uncertain.ToList();
        var uncertainPosts = view.UncertainPosts.ToList();
        int Count(DeliveryStatus status) => sends.Count(l => l.Row.Status == status);
        List<JsonNode?> body =
        [
            Card.Title(subject.Heading),
            Card.Literal(subject.Title, weight: "Bolder"),
            .. view.Notices.Select(n => Card.TextBlock(n, weight: "Bolder", color: "Good")),
            Card.Facts(
            [
                (DeliveryTexts.SentFact.In(language), Invariant(Count(DeliveryStatus.Sent))),
                (DeliveryTexts.WaitingFact.In(language), Invariant(Count(DeliveryStatus.Pending))),
                (DeliveryTexts.NoChatFact.In(language), Invariant(Count(DeliveryStatus.NoChat))),
                (DeliveryTexts.FailedFact.In(language), Invariant(Count(DeliveryStatus.Failed))),
                (DeliveryTexts.UncertainFact.In(language), Invariant(uncertain.Count + uncertainPosts.Count)),
            ]),
        ];
        if (uncertain.Count + uncertainPosts.Count > 0)
        {
            body.Add(Card.TextBlock($"{DeliveryTexts.UncertainHeading.In(language)} ({Invariant(uncertain.Count + uncertainPosts.Count)})", weight: "Bolder", color: "Attention", spacing: "Medium"));
            body.Add(Card.TextBlock(DeliveryTexts.UncertainExplained.In(language), subtle: true, spacing: "None"));
            body.AddRange(uncertainPosts.Select(p => PostLine(p, zone, language)));
            body.AddRange(Lines(uncertain.Select(l => (l, Describe(l, view.UncertainMentions.Contains(l), zone, language))), language));
        }
        if (view.Posts.Count > 0)
        {
            body.Add(Card.TextBlock(DeliveryTexts.InTheChannel.In(language), weight: "Bolder", spacing: "Medium"));
            body.AddRange(view.Posts.Select(p => PostLine(p, zone, language)));
        }
        body.Add(Card.TextBlock(DeliveryTexts.EachRecipient.In(language), weight: "Bolder", spacing: "Medium"));
        body.AddRange(Lines(sends.Select(l => (l, Describe(l, mention: false, zone, language))), language));
        body.Add(Card.TextBlock(Updated(now, zone, language), subtle: true, size: "Small"));

        var data = DeliveryRoutes.Data(subject.Kind, subject.Id);
        return Card.New(body,
        [
            uncertain.Count + uncertainPosts.Count > 0
                ? Card.Execute(ResendButton(uncertain.Count, uncertainPosts.Count, language), DeliveryRoutes.Resend, data, withInputs: false) : null,
            Card.Execute(DeliveryTexts.BackToList.In(language), DeliveryRoutes.View, data, withInputs: false),
            subject.Back.DeepClone(),
        ]);
    }

    /// The warning before anything is sent again: some people may receive it twice, a post may appear twice in the
    /// channel. The button carries when it was shown, so only rows still Uncertain since then go again.
    public static JsonObject ConfirmResend(DeliverySubject subject, int people, int posts, DateTimeOffset shownAt, Language language)
    {
        var data = DeliveryRoutes.Data(subject.Kind, subject.Id);
        var confirm = data.DeepClone().AsObject();
        confirm[DeliveryRoutes.AsOfKey] = shownAt.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);
        confirm[DeliveryRoutes.CountKey] = Invariant(people + posts);
        var button = (people, posts) switch
        {
            (_, 0) => DeliveryTexts.ResendConfirmButton.Format(language, people),
            (0, 1) => DeliveryTexts.RepostOneConfirmButton.In(language),
            (0, _) => DeliveryTexts.RepostConfirmButton.In(language),
            _ => DeliveryTexts.ResendAllConfirmButton.Format(language, people + posts),
        };
        return Card.New(
        [
            Card.Title(DeliveryTexts.ResendTitle.In(language)),
            Card.Literal(subject.Title, weight: "Bolder"),
            people > 0 ? Card.TextBlock(DeliveryTexts.ResendWarning.Format(language, people), color: "Warning") : null,
            posts > 0 ? Card.TextBlock((posts == 1 ? DeliveryTexts.RepostOneWarning : DeliveryTexts.RepostWarning).Format(language, posts), color: "Warning") : null,
        ],
        [
            Card.Execute(button, DeliveryRoutes.ResendConfirmed, confirm, style: "destructive", withInputs: false),
            Card.Execute(DeliveryTexts.BackToList.In(language), DeliveryRoutes.View, data, withInputs: false),
        ]);
    }

    static string ResendButton(int people, int posts, Language language) => (people, posts) switch
    {
        (_, 0) => DeliveryTexts.ResendButton.Format(language, people),
        (0, _) => DeliveryTexts.RepostButton.In(language),
        _ => DeliveryTexts.ResendAllButton.Format(language, people + posts),
    };

    /// One post in the channel: what it is, in bold, then where it stands. Both are the bot's own words.
    static JsonObject PostLine(DeliveryPostLine post, TimeZoneInfo zone, Language language) =>
        Card.LabelledLiteral(post.Label, (language == Language.Fr ? "\u00a0: " : ": ") + ChannelValue(post.State, zone, language), spacing: "None");

    /// What became of one recipient's row: its state, how they were reached, and their mention in the channel.
    static string Describe(DeliveryLine line, bool mention, TimeZoneInfo zone, Language language)
    {
        var row = line.Row;
        var parts = new List<string>();
        if (mention) parts.Add(DeliveryTexts.TheMention.In(language));
        parts.Add(row.Status switch
        {
            DeliveryStatus.Sent => DeliveryTexts.StatusSent.In(language),
            DeliveryStatus.NoChat => DeliveryTexts.StatusNoChat.In(language),
            DeliveryStatus.Failed => DeliveryTexts.StatusFailed.Format(language, Reason(row.ErrorCode, uncertain: false, language)),
            DeliveryStatus.Uncertain => DeliveryTexts.StatusUncertain.Format(language, Local(row.UpdatedAt, zone), Reason(row.ErrorCode, uncertain: true, language)),
            _ => DeliveryTexts.StatusWaiting.In(language),
        });
        if (!mention && row.Path is { } path) parts.Add(Path(path, language));
        if (line.Mention is { Status: DeliveryStatus.Sent } && row.Path != DeliveryPath.ChannelMention) parts.Add(DeliveryTexts.PathChannelMention.In(language));
        return string.Join(" · ", parts);
    }

    /// One line per person: the name in bold, then its state and what happened, all literal text.
    static IEnumerable<JsonObject> Lines(IEnumerable<(DeliveryLine Line, string Text)> lines, Language language)
    {
        var culture = Text.Culture(language);
        var ordered = lines.OrderBy(l => l.Line.Member?.DisplayName ?? l.Line.Row.MemberId, StringComparer.Create(culture, true)).ToList();
        var colon = language == Language.Fr ? "\u00a0: " : ": ";
        foreach (var (line, text) in ordered.Take(MaxLines))
        {
            var state = MemberStates.Find(line.Member?.StateCode) is { } s ? $" ({(language == Language.Fr ? s.NameFr : s.NameEn)})" : "";
            var block = Card.LabelledLiteral(line.Member?.DisplayName ?? "?", $"{state}{colon}{text}", spacing: "None");
            yield return block;
        }
        if (ordered.Count > MaxLines) yield return Card.TextBlock(DeliveryTexts.AndMore.Format(language, ordered.Count - MaxLines), subtle: true, spacing: "None");
    }

    static string Updated(DateTimeOffset now, TimeZoneInfo zone, Language language) =>
        Local(now, zone).ToString(language == Language.Fr ? "d MMMM yyyy 'à' HH'\u00a0h\u00a0'mm" : "d MMMM yyyy, HH:mm", Text.Culture(language));

    static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);

    static DateTime Local(DateTimeOffset? at, TimeZoneInfo zone) => at is { } t ? TimeZoneInfo.ConvertTime(t, zone).DateTime : default;
}
