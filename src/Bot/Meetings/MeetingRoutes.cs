using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Meetings;

/// Meetings (working methods 4.1–4.4): the office drafts a meeting and sees the 30-working-day rule, convenes it,
/// follows the answers, decides on members' agenda suggestions, issues revised agendas and may cancel; members answer
/// (RSVP) and suggest items. Who may do what is checked from the sender in every handler, never from the card's data.
public static partial class MeetingRoutes
{
    public const string List = "meeting.list";
    public const string New = "meeting.new";
    public const string Form = "meeting.form";
    public const string Save = "meeting.save";
    public const string Edit = "meeting.edit";
    public const string Convene = "meeting.convene";
    public const string Open = "meeting.open";
    public const string Rsvp = "meeting.rsvp";
    public const string Suggest = "meeting.suggest";
    public const string Suggested = "meeting.suggested";
    public const string Status = "meeting.status";
    public const string Accept = "meeting.accept";
    public const string Decline = "meeting.decline";
    public const string Merge = "meeting.merge";
    public const string Revise = "meeting.revise";
    public const string Revised = "meeting.revised";
    public const string Participants = "meeting.participants";
    public const string Cancel = "meeting.cancel";
    public const string Move = "meeting.move";
    public const string Moved = "meeting.moved";
    public const string External = "meeting.external";
    public const string ExternalAdded = "meeting.external.added";

    public const string AuditSubject = "meeting";

    // Who may press what (the router checks before any handler runs).
    static readonly Guard OfficeOnly = Guard.Office(MeetingTexts.OfficeOnly);
    static readonly Guard Invited = Guard.AnyMember.Seeing("meeting", MaySeeAsync, MeetingTexts.NotFound);

    /// A meeting the caller may see: any for the office; for the others, once convened, one they are invited to. A
    /// meeting not found is the handler's to say.
    static async Task<bool> MaySeeAsync(TurnContext turn, Member caller, CancellationToken ct) =>
        caller.Role == MemberRole.Office
        || await turn.Get<IMeetingStore>().GetAsync(turn.Data(MeetingForm.IdKey) ?? "", ct) is not { } meeting
        || meeting.Status != MeetingStatus.Draft && meeting.IsInvited(caller);

    public static void Map(TurnRouter routes) => routes
        .OnCommand(MeetingTexts.Command, MeetingTexts.CommandDescription, Guard.AnyMember, (turn, ct) => ListCommandAsync(turn, Meetings(turn), ct))
        .OnCommand(MeetingTexts.NewCommand, MeetingTexts.NewCommandDescription, OfficeOnly, (turn, ct) => NewCommandAsync(turn, Meetings(turn), ct))
        .OnExecute(List, Guard.AnyMember, async (turn, ct) => InvokeResponse.Card(await ListCardAsync(turn, Meetings(turn), ct)))
        .OnExecute(New, OfficeOnly, (turn, ct) => FormAsync(turn, Meetings(turn), fresh: true, ct))
        .OnExecute(Form, OfficeOnly, (turn, ct) => FormAsync(turn, Meetings(turn), fresh: false, ct))
        .OnExecute(Save, OfficeOnly, (turn, ct) => SaveAsync(turn, Meetings(turn), ct))
        .OnExecute(Edit, OfficeOnly, (turn, ct) => EditAsync(turn, Meetings(turn), ct))
        .OnExecute(Convene, OfficeOnly, (turn, ct) => ConveneAsync(turn, Meetings(turn), ct))
        .OnExecute(Open, Invited, (turn, ct) => OpenAsync(turn, Meetings(turn), ct))
        .OnExecute(Rsvp, Invited, (turn, ct) => RsvpAsync(turn, Meetings(turn), ct))
        .OnExecute(Suggest, Invited, (turn, ct) => SuggestAsync(turn, Meetings(turn), ct))
        .OnExecute(Suggested, Invited, (turn, ct) => SuggestedAsync(turn, Meetings(turn), ct))
        .OnExecute(Status, Invited, (turn, ct) => StatusAsync(turn, Meetings(turn), ct))
        .OnExecute(Accept, OfficeOnly, (turn, ct) => DecideAsync(turn, Meetings(turn), SuggestionStatus.Accepted, ct))
        .OnExecute(Merge, OfficeOnly, (turn, ct) => DecideAsync(turn, Meetings(turn), SuggestionStatus.Merged, ct))
        .OnExecute(Decline, OfficeOnly, (turn, ct) => DecideAsync(turn, Meetings(turn), SuggestionStatus.Declined, ct))
        .OnExecute(Revise, OfficeOnly, (turn, ct) => ReviseAsync(turn, Meetings(turn), ct))
        .OnExecute(Revised, OfficeOnly, (turn, ct) => RevisedAsync(turn, Meetings(turn), ct))
        .OnExecute(Participants, OfficeOnly, (turn, ct) => ParticipantsAsync(turn, Meetings(turn), turn.Get<MeetingFileStore>(), ct))
        .OnExecute(Cancel, OfficeOnly, (turn, ct) => CancelAsync(turn, Meetings(turn), ct))
        .OnExecute(Move, OfficeOnly, (turn, ct) => MoveFormAsync(turn, Meetings(turn), ct))
        .OnExecute(Moved, OfficeOnly, (turn, ct) => MovedAsync(turn, Meetings(turn), ct))
        .OnExecute(External, OfficeOnly, (turn, ct) => ExternalFormAsync(turn, Meetings(turn), ct))
        .OnExecute(ExternalAdded, OfficeOnly, (turn, ct) => ExternalAddedAsync(turn, Meetings(turn), ct));

    public sealed record Services(
        IMeetingStore Store, IMemberDirectory Members, IDeliveryStore Deliveries, IAuditLog Audit, NetworkCalendar Calendar,
        MeetingSettings Settings, SendSoon Soon, MeetingFileStore Files, IConversationStore Conversations, IConnector Connector, NetworkChannel Channel, ILogger Log);

    static Services Meetings(TurnContext turn) => new(
        turn.Get<IMeetingStore>(), turn.Get<IMemberDirectory>(), turn.Get<IDeliveryStore>(), turn.Get<IAuditLog>(), turn.Get<NetworkCalendar>(),
        turn.Get<IOptions<MeetingOptions>>().Value.Settings, turn.Get<SendSoon>(), turn.Get<MeetingFileStore>(),
        turn.Get<IConversationStore>(), turn.Get<IConnector>(), turn.Get<NetworkChannel>(), turn.Get<ILoggerFactory>().CreateLogger(typeof(MeetingRoutes).FullName!));

    static Member? Office(TurnContext turn) => turn.Member is { IsActive: true, Role: MemberRole.Office } m ? m : null;

    static InvokeResponse Say(Text text, TurnContext turn) => InvokeResponse.Message(text.In(turn.Language));

    static InvokeResponse Card(JsonObject card) => InvokeResponse.Card(card);

    static async Task<Meeting?> MeetingAsync(TurnContext turn, Services s, CancellationToken ct) =>
        await s.Store.GetAsync(turn.Data(MeetingForm.IdKey) ?? "", ct);

    // The list

    internal static async Task ListCommandAsync(TurnContext turn, Services s, CancellationToken ct) =>
        await turn.SendCardAsync(await ListCardAsync(turn, s, ct), ct);

    static async Task<JsonObject> ListCardAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        var member = turn.Member!;
        var all = await s.Store.ListAsync(ct);
        var visible = member.Role == MemberRole.Office ? all : all.Where(m => m.Status != MeetingStatus.Draft && m.InviteeIds.Contains(member.Id)).ToList();
        var own = new Dictionary<string, Domain.Meetings.Rsvp>();
        foreach (var m in visible.Where(m => m.Status == MeetingStatus.Convened).Take(20))
            if (await s.Store.GetRsvpAsync(m.Id, member.Id, ct) is { } r) own[m.Id] = r;
        return MeetingCards.List(visible, own, member, turn.Language);
    }

    // Drafting

    internal static async Task NewCommandAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) { await turn.SendTextAsync(MeetingTexts.OfficeOnly.In(turn.Language), ct); return; }
        // A meeting drafted in a channel would show the office's draft to everyone there.
        await PersonalChat.ReplyAsync(turn, MeetingCards.Form(MeetingForm.New(), await s.Members.ListAsync(ct), [], s.Settings, turn.Language),
            TurnTexts.DraftInPersonalChat, TurnTexts.OpenPersonalChatToDraft, ct);
    }

    /// The empty form, or ("Add an agenda item") the same form with one more item field; nothing saved.
    internal static async Task<InvokeResponse> FormAsync(TurnContext turn, Services s, bool fresh, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(MeetingTexts.OfficeOnly, turn);
        var form = fresh ? MeetingForm.New() : MeetingForm.From(turn.ActionData);
        return Card(MeetingCards.Form(form, await s.Members.ListAsync(ct), [], s.Settings, turn.Language));
    }

    /// Saves the draft as typed (a half-written draft is fine) and shows it with its problems and the convocation
    /// rule; unreadable days send the form back.
    internal static async Task<InvokeResponse> SaveAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        var form = MeetingForm.From(turn.ActionData);
        var everyone = await s.Members.ListAsync(ct);
        if (form.ToMeeting() is not { } edited)
            return Card(MeetingCards.Form(form, everyone, [DaysMissing.In(turn.Language)], s.Settings, turn.Language));

        var current = await s.Store.GetAsync(form.Id, ct);
        var drafted = MeetingWorkflow.Draft(office, current, edited, s.Calendar.Today);
        if (!drafted.IsAccepted) return InvokeResponse.Message(MeetingTexts.Describe(drafted.Refusal!.Value, turn.Language));
        var draft = drafted.Value!;
        if (current is not null && form.Version != current.Version)
            return Card(await DraftCardAsync(turn, s, current, MeetingTexts.ChangedMeanwhile.In(turn.Language), ct));

        if (await s.Store.SaveAsync(draft, ct) is not SaveResult.Saved saved)
        {
            var now = await s.Store.GetAsync(form.Id, ct);
            return now is null ? Say(MeetingTexts.NotFound, turn) : Card(await DraftCardAsync(turn, s, now, MeetingTexts.ChangedMeanwhile.In(turn.Language), ct));
        }
        if (current is null) await AuditAsync(s, office, "meeting.drafted", draft.Id, ct);
        return Card(await DraftCardAsync(turn, s, draft with { Version = saved.Version }, null, ct));
    }

    static readonly Text DaysMissing = new("Choose the opening and closing days.", "Choisissez les jours d’ouverture et de clôture.");

    static async Task<JsonObject> DraftCardAsync(TurnContext turn, Services s, Meeting meeting, string? notice, CancellationToken ct, IReadOnlyList<string>? extra = null)
    {
        var today = s.Calendar.Today;
        var everyone = await s.Members.ListAsync(ct);
        var problems = MeetingValidation.Problems(meeting, today, s.Settings).Select(i => MeetingTexts.Describe(i, turn.Language)).Concat(extra ?? []).ToList();
        var timing = Domain.Meetings.Convocation.Timing(meeting, today, s.Calendar.Days, s.Settings);
        var year = meeting.Kind == MeetingKind.Plenary ? PlenaryYear.Check(await s.Store.ListAsync(ct), meeting.OpeningDay.Year, s.Settings) : null;
        return MeetingCards.Draft(meeting, meeting.Audience.Invitees(everyone).Count, timing, year, problems, notice, turn.Language);
    }

    internal static async Task<InvokeResponse> EditAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        if (meeting.Status != MeetingStatus.Draft) return Card(await StatusCardAsync(turn, s, meeting, ct));
        return Card(MeetingCards.Form(MeetingForm.Of(meeting), await s.Members.ListAsync(ct), [], s.Settings, turn.Language));
    }

    /// Convenes the previewed draft: checked again today (a plenary past its latest day needs the reason typed on the
    /// card), saved as convened with its invitees fixed, then queued for each invitee and the channel. A second click
    /// finds it convened and changes nothing.
    internal static async Task<InvokeResponse> ConveneAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        if (meeting.Status == MeetingStatus.Convened) return Card(await StatusCardAsync(turn, s, meeting, ct));
        if (turn.Data(MeetingForm.VersionKey) is { } version && version != meeting.Version)
            return Card(await DraftCardAsync(turn, s, meeting, MeetingTexts.ChangedMeanwhile.In(turn.Language), ct));

        var everyone = await s.Members.ListAsync(ct);
        var reason = turn.Data(MeetingForm.LateReasonKey);
        var convened = Domain.Meetings.Convocation.Convene(office, meeting, everyone, null, reason, s.Calendar.Today, s.Calendar.Days, s.Settings);
        if (!convened.IsAccepted)
            return Card(await DraftCardAsync(turn, s, meeting, null, ct, [MeetingTexts.Describe(convened.Refusal!.Value, turn.Language)]));
        var sent = convened.Value!;
        if (await s.Store.SaveAsync(sent, ct) is not SaveResult.Saved)
            return Card(await DraftCardAsync(turn, s, await s.Store.GetAsync(meeting.Id, ct) ?? meeting, MeetingTexts.ChangedMeanwhile.In(turn.Language), ct));

        var campaign = ConvocationCampaign.Key(sent.Id);
        await MeetingPosts.QueueAsync(s.Deliveries, sent, MeetingChannelPostCampaign.Key(sent.Id), s.Calendar.Now, ct);
        await s.Deliveries.AddPendingAsync(campaign, sent.InviteeIds, s.Calendar.Now, ct);
        await AuditAsync(s, office, sent.LateReason is null ? "meeting.convened" : "meeting.convened.late", sent.Id, ct);
        LogConvened(s.Log, sent.Id, sent.InviteeIds.Count, sent.LateReason is not null);
        s.Soon.Nudge();
        // Said as it is now: the post goes out with the next tick, if the bot knows the channel at all and the meeting is
        // the whole network's.
        var post = sent.IsForWholeNetwork ? await s.Channel.StateAsync(MeetingChannelPostCampaign.Key(sent.Id), ct) : ChannelPost.NotForNetwork;
        var channel = Deliveries.DeliveryCards.ChannelLine(post, turn.Language);
        return Card(MeetingCards.Notice(MeetingTexts.ConvenedTitle.In(turn.Language),
            $"{MeetingTexts.ConvenedBody.Format(turn.Language, sent.InviteeIds.Count)} {channel}".TrimEnd(), turn.Language));
    }

    // Members

    internal static async Task<InvokeResponse> OpenAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        if (Office(turn) is not null)
            return Card(meeting.Status == MeetingStatus.Draft ? await DraftCardAsync(turn, s, meeting, null, ct) : await StatusCardAsync(turn, s, meeting, ct));
        if (!meeting.IsInvited(turn.Member!) || meeting.Status == MeetingStatus.Draft) return Say(MeetingTexts.NotFound, turn);
        if (meeting.Status == MeetingStatus.Cancelled) return Card(MeetingCards.Cancelled(meeting, null, turn.Language));
        return Card(await ConvocationCardAsync(turn.Member!, s, meeting, null, [], turn.Language, ct));
    }

    internal static async Task<JsonObject> ConvocationCardAsync(Member member, Services s, Meeting meeting, string? notice, IReadOnlyList<string> problems,
        Language language, CancellationToken ct)
    {
        var answer = await s.Store.GetRsvpAsync(meeting.Id, member.Id, ct);
        var link = await s.Files.InvitationLinkAsync(meeting, member, ct);
        return MeetingCards.Convocation(meeting, answer, Rsvps.CutOff(meeting, s.Calendar.Days, s.Settings),
            AgendaSuggestions.Deadline(meeting, s.Calendar.Days, s.Settings), link, notice, problems, language, s.Calendar.Today);
    }

    /// Records the member's answer (with a substitute's details when they send one); changeable until the cut-off.
    internal static async Task<InvokeResponse> RsvpAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var member = turn.Member!;
        var language = turn.Language;
        if (!Enum.TryParse<RsvpChoice>(turn.Data(MeetingCards.ChoiceKey), out var choice) || !Enum.IsDefined(choice))
            return Card(await ConvocationCardAsync(member, s, meeting, null, [MeetingTexts.RsvpLabel.In(language)], language, ct));
        var substitute = choice == RsvpChoice.Substitute && !string.IsNullOrWhiteSpace(turn.Data(MeetingCards.SubstituteNameKey) + turn.Data(MeetingCards.SubstituteEmailKey))
            ? new Substitute(turn.Data(MeetingCards.SubstituteNameKey) ?? "", turn.Data(MeetingCards.SubstituteTitleKey), turn.Data(MeetingCards.SubstituteEmailKey) ?? "")
            : null;

        var recorded = false;
        for (var attempt = 0; attempt < 3 && !recorded; attempt++)
        {
            var current = await s.Store.GetRsvpAsync(meeting.Id, member.Id, ct);
            var answered = Rsvps.Answer(member, meeting, current, choice, substitute, s.Calendar.Now, s.Calendar.Today, s.Calendar.Days, s.Settings);
            if (!answered.IsAccepted)
            {
                var problem = MeetingTexts.Describe(answered.Refusal!.Value, language, Rsvps.CutOff(meeting, s.Calendar.Days, s.Settings));
                return answered.Refusal is RsvpRefusal.NotInvited or RsvpRefusal.NotConvened
                    ? InvokeResponse.Message(problem)
                    : Card(await ConvocationCardAsync(member, s, meeting, null, [problem], language, ct));
            }
            if (answered.Value == current) recorded = true;   // the same answer again: a double click
            else if (await s.Store.SaveRsvpAsync(answered.Value!, ct) is SaveResult.Saved) { LogAnswered(s.Log, meeting.Id, choice); recorded = true; }
        }
        // Thanks only for what is stored: an answer that kept losing to other saves is reported, not confirmed.
        return recorded
            ? Card(await ConvocationCardAsync(member, s, meeting, MeetingTexts.RsvpSaved.In(language), [], language, ct))
            : Card(await ConvocationCardAsync(member, s, meeting, null, [MeetingTexts.NotSaved.In(language)], language, ct));
    }

    internal static async Task<InvokeResponse> SuggestAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        return Card(MeetingCards.SuggestForm(meeting, "", "", turn.Language, [], s.Settings, turn.Language));
    }

    /// Takes a member's agenda suggestion until the suggestion deadline; the office sees it in the meeting's status.
    internal static async Task<InvokeResponse> SuggestedAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var title = turn.Data(MeetingCards.SuggestionTitleKey) ?? "";
        var text = turn.Data(MeetingCards.SuggestionExplanationKey) ?? "";
        var written = Languages.Parse(turn.Data(MeetingCards.SuggestionLanguageKey)) ?? turn.Language;
        var suggested = AgendaSuggestions.Suggest(turn.Member!, meeting, title, text, written, s.Calendar.Today, s.Calendar.Days, s.Settings);
        if (!suggested.IsAccepted)
            return Card(MeetingCards.SuggestForm(meeting, title, text, written, [MeetingTexts.Describe(suggested.Refusal!.Value, turn.Language)], s.Settings, turn.Language));
        if (await s.Store.SaveSuggestionAsync(suggested.Value!, ct) is not SaveResult.Saved)
            return Card(MeetingCards.SuggestForm(meeting, title, text, written, [MeetingTexts.NotSaved.In(turn.Language)], s.Settings, turn.Language));
        await AuditAsync(s, turn.Member!, "meeting.suggested", meeting.Id, ct);
        // Back to the member's convocation (their answer and calendar button), with the news on top.
        return Card(await ConvocationCardAsync(turn.Member!, s, meeting, MeetingTexts.SuggestionSent.In(turn.Language), [], turn.Language, ct));
    }

    // The office follows up

    internal static async Task<InvokeResponse> StatusAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        if (Office(turn) is null) return await OpenAsync(turn, s, ct);   // a forwarded card refreshed by a member
        return Card(await StatusCardAsync(turn, s, meeting, ct));
    }

    static async Task<JsonObject> StatusCardAsync(TurnContext turn, Services s, Meeting meeting, CancellationToken ct)
    {
        var everyone = await s.Members.ListAsync(ct);
        var byId = everyone.ToDictionary(m => m.Id);
        var rsvps = await s.Store.ListRsvpsAsync(meeting.Id, ct);
        var latest = Rsvps.Latest(meeting, rsvps);
        var attending = latest.Values.Where(r => r.Choice != RsvpChoice.NotAttending && byId.ContainsKey(r.MemberId))
            .Select(r => (byId[r.MemberId], r)).OrderBy(p => p.Item1.DisplayName, StringComparer.Ordinal).ToList();
        var suggestions = (await s.Store.ListSuggestionsAsync(meeting.Id, ct)).Select(x => (x, byId.GetValueOrDefault(x.ProposerId))).ToList();
        var externals = await s.Store.ListExternalsAsync(meeting.Id, ct);
        var posts = await MeetingPosts.StatesAsync(s.Channel, meeting, turn.Language, ct);
        return MeetingCards.Status(meeting, RsvpSummary.Of(meeting, rsvps), attending, suggestions, externals, posts, s.Calendar.Zone, s.Calendar.Now,
            [turn.Activity.From?.Id ?? ""], turn.Language);
    }

    /// Accepts, merges (into an item of the current agenda) or declines a suggestion; the proposer is told once (a
    /// delivery row per decision).
    internal static async Task<InvokeResponse> DecideAsync(TurnContext turn, Services s, SuggestionStatus decision, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var id = turn.Data(MeetingCards.SuggestionIdKey) ?? "";
        if (await s.Store.GetSuggestionAsync(id, ct) is not { } suggestion || suggestion.MeetingId != meeting.Id) return Say(MeetingTexts.NotFound, turn);
        if (suggestion.Status != SuggestionStatus.Pending) return Card(await StatusCardAsync(turn, s, meeting, ct));

        var decided = decision switch
        {
            SuggestionStatus.Accepted => AgendaSuggestions.Accept(office, meeting, suggestion, s.Calendar.Today),
            SuggestionStatus.Merged => AgendaSuggestions.Merge(office, meeting, suggestion, turn.Data(MeetingCards.MergeIntoKey + id) ?? "", s.Calendar.Today),
            _ => AgendaSuggestions.Decline(office, meeting, suggestion, turn.Data(MeetingCards.ReasonKey + id), s.Calendar.Today, s.Settings),
        };
        if (!decided.IsAccepted) return InvokeResponse.Message(MeetingTexts.Describe(decided.Refusal!.Value, turn.Language));
        if (await s.Store.SaveSuggestionAsync(decided.Value!, ct) is SaveResult.Saved)
        {
            await s.Deliveries.AddPendingAsync(SuggestionDecisionCampaign.Key(id), [suggestion.ProposerId], s.Calendar.Now, ct);
            await AuditAsync(s, office, $"meeting.suggestion.{decision.ToString().ToLowerInvariant()}", meeting.Id, ct);
            s.Soon.Nudge();
        }
        return Card(await StatusCardAsync(turn, s, meeting, ct));
    }

    /// The revision form: the current agenda, with accepted suggestions not yet on it appended.
    internal static async Task<InvokeResponse> ReviseAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var current = meeting.CurrentAgenda.Items.ToList();
        var accepted = (await s.Store.ListSuggestionsAsync(meeting.Id, ct)).Where(x => x.Status == SuggestionStatus.Accepted)
            .Select(AgendaSuggestions.ItemFor).Where(i => current.All(c => c.Id != i.Id));
        var items = current.Concat(accepted).ToList();
        var form = MeetingForm.Of(meeting) with { Items = [.. items.Select(i => (i.Id, i.Title.En, i.Title.Fr))], Slots = Math.Max(MeetingForm.FirstSlots, items.Count + 1) };
        return Card(MeetingCards.ReviseForm(meeting, form, [], s.Settings, turn.Language));
    }

    /// Issues the revised agenda: a new version with what changed, sent once to every invitee.
    internal static async Task<InvokeResponse> RevisedAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var form = MeetingForm.From(turn.ActionData);
        if (turn.Data(MeetingForm.VersionKey) is { } version && version != meeting.Version)
            return Card(MeetingCards.ReviseForm(meeting, form, [MeetingTexts.ChangedMeanwhile.In(turn.Language)], s.Settings, turn.Language));
        var revised = AgendaRevision.Issue(office, meeting, form.AgendaItems(), s.Calendar.Today, s.Settings);
        if (!revised.IsAccepted)
        {
            var problems = revised.Refusal == MeetingRefusal.Invalid
                ? MeetingValidation.AgendaProblems(form.AgendaItems(), s.Settings).Select(i => MeetingTexts.Describe(i, turn.Language)).ToList()
                : [MeetingTexts.Describe(revised.Refusal!.Value, turn.Language)];
            return Card(MeetingCards.ReviseForm(meeting, form, problems, s.Settings, turn.Language));
        }
        var issued = revised.Value!;
        if (await s.Store.SaveAsync(issued, ct) is not SaveResult.Saved)
            return Card(MeetingCards.ReviseForm(meeting, form, [MeetingTexts.ChangedMeanwhile.In(turn.Language)], s.Settings, turn.Language));
        var post = MeetingChannelPostCampaign.AgendaKey(issued.Id, issued.CurrentAgenda.Number);
        await MeetingPosts.QueueAsync(s.Deliveries, issued, post, s.Calendar.Now, ct);
        await s.Deliveries.AddPendingAsync(RevisedAgendaCampaign.Key(issued.Id, issued.CurrentAgenda.Number), issued.InviteeIds, s.Calendar.Now, ct);
        await AuditAsync(s, office, "meeting.agenda.revised", issued.Id, ct);
        s.Soon.Nudge();
        return Card(MeetingCards.Revised(issued, turn.Language, await MeetingPosts.LineAsync(s.Channel, issued, post, s.Calendar.Zone, turn.Language, ct)));
    }

    internal static async Task<InvokeResponse> ParticipantsAsync(TurnContext turn, Services s, MeetingFileStore files, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var (attending, word, excel) = await files.ParticipantListsAsync(meeting, office, turn.Language, ct);
        await AuditAsync(s, office, "meeting.participants.exported", meeting.Id, ct);
        var card = MeetingCards.ParticipantLinks(meeting, attending, word, excel, turn.Language);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }

    /// Cancels the meeting; everyone invited gets one notice with the calendar cancellation.
    internal static async Task<InvokeResponse> CancelAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var cancelled = MeetingWorkflow.Cancel(office, meeting, s.Calendar.Today);
        if (!cancelled.IsAccepted) return InvokeResponse.Message(MeetingTexts.Describe(cancelled.Refusal!.Value, turn.Language));
        if (cancelled.Value == meeting) return Card(MeetingCards.Notice(MeetingTexts.CancelledTitle.In(turn.Language), MeetingTexts.CancelledOffice.In(turn.Language), turn.Language));
        if (await s.Store.SaveAsync(cancelled.Value!, ct) is not SaveResult.Saved)
            return Card(await StatusCardAsync(turn, s, await s.Store.GetAsync(meeting.Id, ct) ?? meeting, ct));
        var line = await NoticeAsync(s, cancelled.Value!, turn.Language, ct);
        await AuditAsync(s, office, "meeting.cancelled", meeting.Id, ct);
        s.Soon.Nudge();
        return Card(MeetingCards.Notice(MeetingTexts.CancelledTitle.In(turn.Language), $"{MeetingTexts.CancelledOffice.In(turn.Language)} {line}".TrimEnd(), turn.Language));
    }

    internal static async Task<InvokeResponse> MoveFormAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        return Card(MeetingCards.MoveForm(meeting, MeetingForm.Of(meeting), [], s.Settings, turn.Language));
    }

    /// Moves the meeting (days, times, place, link); the calendar sequence goes up and everyone invited gets one notice
    /// with an updated calendar file. Moving a plenary's opening to within the notice period needs a reason.
    internal static async Task<InvokeResponse> MovedAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var typed = MeetingForm.From(turn.ActionData) with { Id = meeting.Id };
        var form = MeetingForm.Of(meeting) with
        {
            Opening = typed.Opening, Closing = typed.Closing, Starts = typed.Starts, Ends = typed.Ends, TimeZone = typed.TimeZone, Place = typed.Place, Link = typed.Link,
        };
        if (turn.Data(MeetingForm.VersionKey) is { } version && version != meeting.Version)
            return Card(MeetingCards.MoveForm(meeting, form, [MeetingTexts.ChangedMeanwhile.In(turn.Language)], s.Settings, turn.Language));
        if (form.ToMeeting() is not { } edited) return Card(MeetingCards.MoveForm(meeting, form, [DaysMissing.In(turn.Language)], s.Settings, turn.Language));

        var moved = MeetingWorkflow.Move(office, meeting, edited, turn.Data(MeetingForm.LateReasonKey), s.Calendar.Today, s.Calendar.Days, s.Settings);
        if (!moved.IsAccepted)
        {
            var problems = moved.Refusal == MeetingRefusal.Invalid
                ? MeetingValidation.Problems(meeting with { OpeningDay = edited.OpeningDay, ClosingDay = edited.ClosingDay, StartsAt = edited.StartsAt, EndsAt = edited.EndsAt,
                    TimeZoneId = edited.TimeZoneId, Place = edited.Place, OnlineLink = edited.OnlineLink }, s.Calendar.Today, s.Settings).Select(i => MeetingTexts.Describe(i, turn.Language)).ToList()
                : [MeetingTexts.Describe(moved.Refusal!.Value, turn.Language)];
            return Card(MeetingCards.MoveForm(meeting, form, problems, s.Settings, turn.Language));
        }
        if (await s.Store.SaveAsync(moved.Value!, ct) is not SaveResult.Saved)
            return Card(MeetingCards.MoveForm(meeting, form, [MeetingTexts.ChangedMeanwhile.In(turn.Language)], s.Settings, turn.Language));
        var line = await NoticeAsync(s, moved.Value!, turn.Language, ct);
        await AuditAsync(s, office, moved.Value!.LateReason != meeting.LateReason ? "meeting.moved.late" : "meeting.moved", meeting.Id, ct);
        s.Soon.Nudge();
        return Card(MeetingCards.Notice(MeetingTexts.MoveTitle.In(turn.Language), $"{MeetingTexts.MovedOffice.In(turn.Language)} {line}".TrimEnd(), turn.Language));
    }

    internal static async Task<InvokeResponse> ExternalFormAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is null) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        return Card(MeetingCards.ExternalForm(meeting, null, [], turn.Language));
    }

    /// Adds an external participant to a thematic session open to them; they receive nothing from the bot.
    internal static async Task<InvokeResponse> ExternalAddedAsync(TurnContext turn, Services s, CancellationToken ct)
    {
        if (Office(turn) is not { } office) return Say(MeetingTexts.OfficeOnly, turn);
        if (await MeetingAsync(turn, s, ct) is not { } meeting) return Say(MeetingTexts.NotFound, turn);
        var typed = new ExternalParticipant
        {
            MeetingId = meeting.Id, Name = turn.Data(MeetingCards.ExternalNameKey) ?? "", Title = turn.Data(MeetingCards.ExternalTitleKey),
            Organisation = turn.Data(MeetingCards.ExternalOrganisationKey), Country = turn.Data(MeetingCards.ExternalCountryKey), Email = turn.Data(MeetingCards.ExternalEmailKey),
        };
        var entered = ExternalParticipants.Enter(office, meeting, typed, s.Calendar.Today);
        if (!entered.IsAccepted) return Card(MeetingCards.ExternalForm(meeting, typed, [MeetingTexts.Describe(entered.Refusal!.Value, turn.Language)], turn.Language));
        if (await s.Store.SaveExternalAsync(entered.Value!, ct) is not SaveResult.Saved)
            return Card(MeetingCards.ExternalForm(meeting, typed, [MeetingTexts.NotSaved.In(turn.Language)], turn.Language));
        await AuditAsync(s, office, "meeting.external.added", meeting.Id, ct);
        return Card(MeetingCards.Notice(MeetingTexts.ExternalTitle.In(turn.Language), MeetingTexts.ExternalAdded.Format(turn.Language, Cards.Card.Plain(entered.Value!.Name)), turn.Language));
    }

    /// Queues the notice of a move or cancellation for everyone invited and, for a meeting of the whole network, its post
    /// in the channel; returns what the confirmation says of that post. A draft cancelled gets no notice and says nothing.
    static async Task<string> NoticeAsync(Services s, Meeting changed, Language language, CancellationToken ct)
    {
        if (MeetingNotices.For(changed, await s.Members.ListAsync(ct)) is not { } notice) return "";
        var post = MeetingChannelPostCampaign.NoticeKey(changed.Id, notice.Sequence);
        await MeetingPosts.QueueAsync(s.Deliveries, changed, post, s.Calendar.Now, ct);
        await s.Deliveries.AddPendingAsync(MeetingNoticeCampaign.Key(notice), notice.MemberIds, s.Calendar.Now, ct);
        return await MeetingPosts.LineAsync(s.Channel, changed, post, s.Calendar.Zone, language, ct);
    }

    static Task AuditAsync(Services s, Member actor, string action, string meetingId, CancellationToken ct) =>
        s.Audit.AppendAsync(new AuditEntry(s.Calendar.Now, actor.Id, action, AuditSubject, meetingId), ct);

    [LoggerMessage(LogLevel.Information, "Meeting {MeetingId} convened for {Invitees} members (late: {Late})")]
    static partial void LogConvened(ILogger logger, string meetingId, int invitees, bool late);

    [LoggerMessage(LogLevel.Information, "Meeting {MeetingId}: an answer recorded ({Choice})")]
    static partial void LogAnswered(ILogger logger, string meetingId, RsvpChoice choice);
}
