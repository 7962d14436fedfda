using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// Nominations: a focal point nominates themselves or a colleague (who is asked for consent: nobody is put forward
/// without it); the nominee accepts or declines; the nominator or the nominee withdraws until the closing date.
public static partial class NominationRoutes
{
    static Text Refusal(NominationRefusal r) => new(RapporteurTexts.Describe(r, Language.En), RapporteurTexts.Describe(r, Language.Fr));

    /// Focal points nominate; any call may be named (calls are the network's business), the rules say which take nominations.
    static readonly Guard<RapporteurCall> Nominators = Guard.Only("focal points", m => m.Role == MemberRole.FocalPoint, Refusal(NominationRefusal.NotAllowed))
        .Loading("call", RapporteurRoutes.LoadCallAsync, (_, _) => true, RapporteurTexts.NotFound);

    /// The nominee alone answers for themselves; to anyone else the nomination does not exist.
    static readonly Guard<Nomination> Nominee = Guard.AnyMember.Loading("nomination", LoadAsync, (m, n) => m.Id == n.NomineeId, RapporteurTexts.NotFound);

    /// The nominator or the nominee withdraws.
    static readonly Guard<Nomination> Either = Guard.AnyMember.Loading("nomination", LoadAsync, (m, n) => m.Id == n.NomineeId || m.Id == n.NominatorId,
        RapporteurTexts.NotFound);

    public static void Map(TurnRouter routes) => routes
        .OnExecute(RapporteurRoutes.Nominate, Nominators, async (turn, member, call, ct) => call.TakesNominations(turn.Get<NetworkCalendar>().Today)
            ? InvokeResponse.Card(NominationCards.Form(call, member, await turn.Get<IMemberDirectory>().ListAsync(ct), turn.Language))
            : InvokeResponse.Message(RapporteurTexts.Describe(call.Status == CallStatus.Open ? NominationRefusal.ClosingDatePassed : NominationRefusal.CallNotOpen, turn.Language)))
        .OnExecute(RapporteurRoutes.SendNomination, Nominators, (turn, member, call, ct) =>
            NominateAsync(turn, member, call, turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<SendSoon>(),
                turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(RapporteurRoutes.Consent, Nominee, (turn, member, nomination, ct) =>
            AnswerAsync(turn, member, nomination, turn.Get<IRapporteurStore>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(RapporteurRoutes.Withdraw, Either, (turn, member, nomination, ct) =>
            WithdrawAsync(turn, member, nomination, turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct));

    static Task<Nomination?> LoadAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data(RapporteurCards.NominationKey) is { Length: > 0 } id ? turn.Get<IRapporteurStore>().GetNominationAsync(id, ct) : Task.FromResult<Nomination?>(null);

    /// Records the nomination; a colleague nominated is asked for consent in their chat. A second press of the same
    /// form finds its own nomination and confirms again; any other nomination of the same person is refused.
    internal static async Task<InvokeResponse> NominateAsync(TurnContext turn, Member nominator, RapporteurCall call, IRapporteurStore store,
        IMemberDirectory directory, IDeliveryStore deliveries, SendSoon soon, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var chosen = turn.Data(NominationCards.NomineeInput) is { Length: > 0 } id ? id : NominationCards.Myself;
        var motivation = turn.Data(NominationCards.MotivationInput) ?? "";
        var nominee = chosen == NominationCards.Myself ? nominator : await directory.GetAsync(chosen, ct);
        var existing = await store.ListNominationsAsync(call.Id, ct);
        var outcome = Nominations.Nominate(call, nominator, nominee, motivation, existing, calendar.Today, RapporteurSettings.Default);
        if (!outcome.IsAccepted)
        {
            var earlier = nominee is null ? null : existing.FirstOrDefault(n => n.NomineeId == nominee.Id);
            if (outcome.Refusal == NominationRefusal.AlreadyNominated && earlier is not null && SameNomination(earlier, nominator, motivation))
                return await DoneAsync(turn, nominator, earlier, store, directory, calendar, ct);
            var refusal = RapporteurTexts.Describe(outcome.Refusal!.Value, language);
            return outcome.Refusal is NominationRefusal.MotivationMissing or NominationRefusal.MotivationTooLong or NominationRefusal.NomineeNotAMember
                ? InvokeResponse.Card(NominationCards.Form(call, nominator, await directory.ListAsync(ct), language, chosen, motivation, refusal))
                : InvokeResponse.Message(refusal);
        }

        var nomination = outcome.Value!;
        switch (await store.SaveNominationAsync(nomination, ct))
        {
            case SaveResult.Saved:
                break;
            case SaveResult.Duplicate when await store.GetNominationAsync(nomination.Id, ct) is { } twin && SameNomination(twin, nominator, motivation):
                return await DoneAsync(turn, nominator, twin, store, directory, calendar, ct);
            case SaveResult.Duplicate:
                return InvokeResponse.Message(RapporteurTexts.Describe(NominationRefusal.AlreadyNominated, language));
            default:
                return InvokeResponse.Message(RapporteurTexts.ChangedMeanwhile.In(language));
        }
        if (!nomination.IsSelf)
        {
            await deliveries.AddPendingAsync(ConsentCampaign.Key(nomination), [nomination.NomineeId], calendar.Now, ct);
            soon.Nudge();
        }
        await RapporteurRoutes.AuditAsync(audit, calendar, nominator.Id, "rapporteur.nominated", RapporteurRoutes.AuditNomination, nomination.Id, ct);
        LogNominated(RapporteurRoutes.Log(turn), call.Id, nomination.IsSelf);
        return await DoneAsync(turn, nominator, nomination, store, directory, calendar, ct);
    }

    static bool SameNomination(Nomination n, Member nominator, string motivation) =>
        n.IsLive && n.NominatorId == nominator.Id && n.Motivation == motivation.Trim();

    static async Task<InvokeResponse> DoneAsync(TurnContext turn, Member nominator, Nomination nomination, IRapporteurStore store, IMemberDirectory directory,
        NetworkCalendar calendar, CancellationToken ct)
    {
        var language = turn.Language;
        var call = await store.GetCallAsync(nomination.CallId, ct);
        var notice = nomination.IsSelf
            ? RapporteurTexts.NominatedSelf.Format(language, Cards.Card.Plain(call?.ThemeIn(language) ?? ""))
            : RapporteurTexts.NominatedOther.Format(language, Cards.Card.Plain((await directory.GetAsync(nomination.NomineeId, ct))?.DisplayName ?? "?"));
        return InvokeResponse.Card(await RapporteurRoutes.RosterCardAsync(nominator, store, directory, calendar, language, notice, ct));
    }

    /// The nominee's answer, once: pressing the same answer again shows it again; the other answer is refused.
    internal static async Task<InvokeResponse> AnswerAsync(TurnContext turn, Member nominee, Nomination nomination, IRapporteurStore store,
        NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        if (await store.GetCallAsync(nomination.CallId, ct) is not { } call) return InvokeResponse.Message(RapporteurTexts.NotFound.In(language));
        var accept = turn.Data(NominationCards.AnswerKey) == "accept";
        if (nomination.Status == (accept ? NominationStatus.Accepted : NominationStatus.Declined) && nomination.AnsweredOn is not null && !nomination.IsSelf)
            return InvokeResponse.Card(NominationCards.Answered(call, nomination, language));
        var answered = Nominations.Answer(call, nomination, nominee, accept, calendar.Today);
        if (!answered.IsAccepted) return InvokeResponse.Message(RapporteurTexts.Describe(answered.Refusal!.Value, language));
        if (await store.SaveNominationAsync(answered.Value!, ct) is not SaveResult.Saved)
            return InvokeResponse.Message(RapporteurTexts.ChangedMeanwhile.In(language));
        await RapporteurRoutes.AuditAsync(audit, calendar, nominee.Id, accept ? "rapporteur.consented" : "rapporteur.declined", RapporteurRoutes.AuditNomination,
            nomination.Id, ct);
        LogAnswered(RapporteurRoutes.Log(turn), nomination.CallId, accept);
        return InvokeResponse.Card(NominationCards.Answered(call, answered.Value!, language));
    }

    internal static async Task<InvokeResponse> WithdrawAsync(TurnContext turn, Member actor, Nomination nomination, IRapporteurStore store,
        IMemberDirectory directory, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        if (await store.GetCallAsync(nomination.CallId, ct) is not { } call) return InvokeResponse.Message(RapporteurTexts.NotFound.In(language));
        if (nomination.Status != NominationStatus.Withdrawn)
        {
            var withdrawn = Nominations.Withdraw(call, nomination, actor, calendar.Today);
            if (!withdrawn.IsAccepted) return InvokeResponse.Message(RapporteurTexts.Describe(withdrawn.Refusal!.Value, language));
            if (await store.SaveNominationAsync(withdrawn.Value!, ct) is not SaveResult.Saved)
                return InvokeResponse.Message(RapporteurTexts.ChangedMeanwhile.In(language));
            await RapporteurRoutes.AuditAsync(audit, calendar, actor.Id, "rapporteur.nomination.withdrawn", RapporteurRoutes.AuditNomination, nomination.Id, ct);
        }
        return InvokeResponse.Card(await RapporteurRoutes.RosterCardAsync(actor, store, directory, calendar, language, RapporteurTexts.Withdrawn.In(language), ct));
    }

    [LoggerMessage(LogLevel.Information, "Nomination recorded for call {CallId} (self: {Self})")]
    static partial void LogNominated(ILogger logger, string callId, bool self);

    [LoggerMessage(LogLevel.Information, "Nomination for call {CallId} answered (accepted: {Accepted})")]
    static partial void LogAnswered(ILogger logger, string callId, bool accepted);
}
