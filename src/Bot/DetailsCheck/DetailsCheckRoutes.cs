using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.DetailsCheck;

/// The member's answer to the yearly check.
public static class DetailsCheckRoutes
{
    public const string Confirm = "detailscheck.confirm";

    /// The card's data: whose details the card shows.
    public const string MemberIdKey = "memberId";

    /// Audit action, on the member themself: ids only.
    public const string AuditConfirmed = "member.details.confirmed";

    /// Who confirms is the sender, never the card's data: a forwarded or forged card confirms nothing.
    static readonly Guard OwnDetails = Guard.AnyMember.Seeing("own details", (turn, caller, _) => Task.FromResult(turn.Data(MemberIdKey) == caller.Id),
        DetailsCheckTexts.NotForYou);

    public static void Map(TurnRouter routes) =>
        routes.OnExecute(Confirm, OwnDetails, (turn, member, ct) => ConfirmAsync(turn, member, turn.Get<IAuditLog>(), turn.Get<TimeProvider>(), ct));

    internal static async Task<InvokeResponse> ConfirmAsync(TurnContext turn, Member member, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await audit.AppendAsync(new AuditEntry(now, member.Id, AuditConfirmed, "member", member.Id), ct);   // recorded before we thank
        return InvokeResponse.Card(DetailsCheckCards.Confirmed(member, now, turn.Language));
    }
}
