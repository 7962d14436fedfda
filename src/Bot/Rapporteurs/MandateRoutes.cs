using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Rapporteurs;

/// Appointments and mandates: after the closing date the office reads the nominations and appoints up to the posts (or
/// nobody); it renews or ends a mandate, and puts the rapporteur's report on a meeting's draft agenda; a rapporteur
/// steps down.
public static partial class MandateRoutes
{
    /// The office, or the rapporteur themself, opens a mandate; to anyone else it does not exist.
    static readonly Guard<Mandate> OfficeOrRapporteur = Guard.AnyMember.Loading("mandate", LoadAsync,
        (m, x) => m.Role == MemberRole.Office || m.Id == x.MemberId, RapporteurTexts.NotFound);

    static readonly Guard<Mandate> OfficeMandate = RapporteurRoutes.Office.Loading("mandate", LoadAsync, (_, _) => true, RapporteurTexts.NotFound);

    static readonly Guard<Mandate> Rapporteur = Guard.AnyMember.Loading("mandate", LoadAsync, (m, x) => m.Id == x.MemberId, RapporteurTexts.NotFound);

    public static void Map(TurnRouter routes, Guard<RapporteurCall> officeCall) => routes
        .OnExecute(RapporteurRoutes.Nominations, officeCall, async (turn, _, call, ct) =>
            InvokeResponse.Card(await AppointingAsync(call, turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>(), turn.Language, null, null, ct)))
        .OnExecute(RapporteurRoutes.Appoint, officeCall, (turn, office, call, ct) =>
            AppointAsync(turn, office, call, turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<SendSoon>(),
                turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct))
        .OnExecute(RapporteurRoutes.Mandate, OfficeOrRapporteur, async (turn, member, mandate, ct) =>
            InvokeResponse.Card(MandateCards.Mandate(mandate, await NameAsync(turn.Get<IMemberDirectory>(), mandate, ct), member, turn.Language)))
        .OnExecute(RapporteurRoutes.Renew, OfficeMandate, (turn, office, mandate, ct) => ChangeAsync(turn, office, mandate, "rapporteur.mandate.renewed",
            today => MandateForm.Months(turn) is { } months ? Mandates.Renew(mandate, office, months, today, RapporteurSettings.Default)
                : Outcome<Mandate, MandateRefusal>.Refuse(MandateRefusal.RenewalOutOfRange), ct))
        .OnExecute(RapporteurRoutes.EndEarly, OfficeMandate, (turn, office, mandate, ct) =>
            ChangeAsync(turn, office, mandate, "rapporteur.mandate.ended", today => Mandates.EndEarly(mandate, office, today), ct))
        .OnExecute(RapporteurRoutes.StepDown, Rapporteur, (turn, member, mandate, ct) =>
            ChangeAsync(turn, member, mandate, "rapporteur.mandate.stepped-down", today => Mandates.StepDown(mandate, member, today), ct))
        .OnExecute(RapporteurRoutes.Agenda, OfficeMandate, async (turn, _, mandate, ct) =>
            InvokeResponse.Card(await AgendaCardAsync(mandate, turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(), turn.Language, null, ct)))
        .OnExecute(RapporteurRoutes.AddToAgenda, OfficeMandate, (turn, office, mandate, ct) =>
            AddToAgendaAsync(turn, office, mandate, turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>(), turn.Get<IAuditLog>(), ct));

    static Task<Mandate?> LoadAsync(TurnContext turn, CancellationToken ct) =>
        turn.Data(RapporteurCards.MandateKey) is { Length: > 0 } id ? turn.Get<IRapporteurStore>().GetMandateAsync(id, ct) : Task.FromResult<Mandate?>(null);

    static async Task<string> NameAsync(IMemberDirectory directory, Mandate mandate, CancellationToken ct) =>
        (await directory.GetAsync(mandate.MemberId, ct))?.DisplayName ?? "?";

    static async Task<System.Text.Json.Nodes.JsonObject> AppointingAsync(RapporteurCall call, IRapporteurStore store, IMemberDirectory directory,
        NetworkCalendar calendar, Language language, string? notice, string? problem, CancellationToken ct) =>
        NominationCards.Appointing(call, await store.ListNominationsAsync(call.Id, ct), (await directory.ListAsync(ct)).ToDictionary(m => m.Id),
            calendar.Today, language, notice, problem);

    /// Appoints the accepted nominees chosen (up to the posts), or nobody, and closes the call. The closed call, which
    /// names the appointees, is saved first: that save decides between two office members pressing at once. The
    /// mandates, the nominations and the notices' rows follow from it (Appointments), and MandateJob completes them
    /// after a fault, so a second press or a crash midway repeats nothing and loses nothing.
    internal static async Task<InvokeResponse> AppointAsync(TurnContext turn, Member office, RapporteurCall call, IRapporteurStore store,
        IMemberDirectory directory, IDeliveryStore deliveries, SendSoon soon, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        var nobody = turn.Data(NominationCards.NobodyKey) == "true";
        var chosen = nobody ? [] : (turn.Data(NominationCards.AppointInput) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (call.Status == CallStatus.Closed)
            return InvokeResponse.Card(await AppointingAsync(call, store, directory, calendar, language, RapporteurTexts.AppointedDone.In(language), null, ct));
        if (!nobody && chosen.Length == 0 && call.Status == CallStatus.Open && calendar.Today > call.ClosingDate)
            return InvokeResponse.Card(await AppointingAsync(call, store, directory, calendar, language, null, RapporteurTexts.ChooseSomeone.In(language), ct));

        var nominations = await store.ListNominationsAsync(call.Id, ct);
        var members = (await directory.ListAsync(ct)).ToDictionary(m => m.Id);
        var outcome = Mandates.Appoint(call, office, chosen, nominations, members, calendar.Today);
        if (!outcome.IsAccepted)
        {
            var refusal = RapporteurTexts.Describe(outcome.Refusal!.Value, language);
            return outcome.Refusal is MandateRefusal.TooManyAppointed or MandateRefusal.NotAccepted or MandateRefusal.UnknownNomination
                ? InvokeResponse.Card(await AppointingAsync(call, store, directory, calendar, language, null, refusal, ct))
                : InvokeResponse.Message(refusal);
        }

        var appointment = outcome.Value!;
        if (await store.SaveCallAsync(appointment.Call, ct) is not SaveResult.Saved saved)
        {
            var current = await store.GetCallAsync(call.Id, ct) ?? call;
            var said = current.Status == CallStatus.Closed ? RapporteurTexts.AppointedDone.In(language) : RapporteurTexts.ChangedMeanwhile.In(language);
            return InvokeResponse.Card(await AppointingAsync(current, store, directory, calendar, language, said, null, ct));
        }
        await Appointments.CompleteAsync(appointment, store, deliveries, calendar.Now, ct);
        soon.Nudge();
        await RapporteurRoutes.AuditAsync(audit, calendar, office.Id, "rapporteur.call.closed", RapporteurRoutes.AuditCall, call.Id, ct);
        foreach (var mandate in appointment.Mandates)
            await RapporteurRoutes.AuditAsync(audit, calendar, office.Id, "rapporteur.appointed", RapporteurRoutes.AuditMandate, mandate.Id, ct);
        LogAppointed(RapporteurRoutes.Log(turn), call.Id, appointment.Mandates.Count);
        var notice = (appointment.Mandates.Count == 0 ? RapporteurTexts.AppointedNobodyDone : RapporteurTexts.AppointedDone).In(language);
        return InvokeResponse.Card(await AppointingAsync(appointment.Call with { Version = saved.Version }, store, directory, calendar, language, notice, null, ct));
    }

    /// Renews, ends or steps down from a mandate over the version the card was opened on; a second press meets the
    /// changed mandate and changes nothing more.
    static async Task<InvokeResponse> ChangeAsync(TurnContext turn, Member actor, Mandate mandate, string action,
        Func<DateOnly, Outcome<Mandate, MandateRefusal>> change, CancellationToken ct)
    {
        var (store, directory, calendar) = (turn.Get<IRapporteurStore>(), turn.Get<IMemberDirectory>(), turn.Get<NetworkCalendar>());
        var language = turn.Language;
        if (turn.Data(RapporteurCards.VersionKey) is { } version && version != mandate.Version)
            return InvokeResponse.Card(await RapporteurRoutes.RosterCardAsync(actor, store, directory, calendar, language, RapporteurTexts.ChangedMeanwhile.In(language), ct));
        var outcome = change(calendar.Today);
        if (!outcome.IsAccepted)
        {
            var refusal = RapporteurTexts.Describe(outcome.Refusal!.Value, language);
            return outcome.Refusal == MandateRefusal.RenewalOutOfRange
                ? InvokeResponse.Card(MandateCards.Mandate(mandate, await NameAsync(directory, mandate, ct), actor, language, refusal))
                : InvokeResponse.Message(refusal);
        }
        var changed = outcome.Value!;
        if (await store.SaveMandateAsync(changed, ct) is not SaveResult.Saved)
            return InvokeResponse.Card(await RapporteurRoutes.RosterCardAsync(actor, store, directory, calendar, language, RapporteurTexts.ChangedMeanwhile.In(language), ct));
        await RapporteurRoutes.AuditAsync(turn.Get<IAuditLog>(), calendar, actor.Id, action, RapporteurRoutes.AuditMandate, mandate.Id, ct);
        LogChanged(RapporteurRoutes.Log(turn), mandate.Id, changed.Status.ToString());
        var notice = changed.Status switch
        {
            MandateStatus.Active => RapporteurTexts.Renewed.Format(language, changed.End),
            MandateStatus.SteppedDown => RapporteurTexts.SteppedDown.Format(language, changed.EndedOn!.Value),
            _ => RapporteurTexts.Ended.Format(language, changed.EndedOn!.Value),
        };
        return InvokeResponse.Card(await RapporteurRoutes.RosterCardAsync(actor, store, directory, calendar, language, notice, ct));
    }

    static async Task<System.Text.Json.Nodes.JsonObject> AgendaCardAsync(Mandate mandate, IMeetingStore meetings, IMemberDirectory directory,
        Language language, string? notice, CancellationToken ct)
    {
        var drafts = (await meetings.ListAsync(ct)).Where(m => m.Status == MeetingStatus.Draft).ToList();
        return MandateCards.Agenda(mandate, await NameAsync(directory, mandate, ct), drafts, language, notice);
    }

    /// Adds "Report of the rapporteur on …" to a draft meeting's agenda, once: the item is recognised by its wording.
    internal static async Task<InvokeResponse> AddToAgendaAsync(TurnContext turn, Member office, Mandate mandate, IMeetingStore meetings,
        IMemberDirectory directory, NetworkCalendar calendar, IAuditLog audit, CancellationToken ct)
    {
        var language = turn.Language;
        if (turn.Data(MandateCards.MeetingKey) is not { Length: > 0 } id || await meetings.GetAsync(id, ct) is not { } meeting)
            return InvokeResponse.Message(RapporteurTexts.NotFound.In(language));
        if (meeting.Status != MeetingStatus.Draft) return InvokeResponse.Message(RapporteurTexts.MeetingNotDraft.In(language));
        var item = MandateCards.AgendaItem(mandate);
        if (meeting.CurrentAgenda.Items.Any(i => i.Title.En == item.Title.En))
            return InvokeResponse.Card(await AgendaCardAsync(mandate, meetings, directory, language, RapporteurTexts.AgendaAlready.In(language), ct));
        var agenda = meeting.CurrentAgenda with { Items = [.. meeting.CurrentAgenda.Items, item] };
        if (await meetings.SaveAsync(meeting with { AgendaVersions = [.. meeting.AgendaVersions.SkipLast(1), agenda] }, ct) is not SaveResult.Saved)
            return InvokeResponse.Message(RapporteurTexts.ChangedMeanwhile.In(language));
        await RapporteurRoutes.AuditAsync(audit, calendar, office.Id, "rapporteur.report.on-agenda", "meeting", meeting.Id, ct);
        return InvokeResponse.Card(await AgendaCardAsync(mandate, meetings, directory, language, RapporteurTexts.AgendaAdded.In(language), ct));
    }

    [LoggerMessage(LogLevel.Information, "Call {CallId} closed with {Appointed} appointed")]
    static partial void LogAppointed(ILogger logger, string callId, int appointed);

    [LoggerMessage(LogLevel.Information, "Mandate {MandateId} changed: {Status}")]
    static partial void LogChanged(ILogger logger, string mandateId, string status);
}

/// The renewal's months as typed.
static class MandateForm
{
    public static int? Months(TurnContext turn) =>
        int.TryParse(turn.Data(MandateCards.MonthsInput)?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : null;
}
