using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The cards of information requests: composing, preview and proposals; the request as received; the answer form;
/// the office's live status; the list; reminders and the compilation's links. What members typed is always shown with
/// Card.Literal, never as Markdown.
public static class RequestCards
{
    /// An answer card holds at most this much typed text; longer answers are split over pages of questions, so the card
    /// stays under Teams' message size (about 80 KB once JSON-escaped).
    public const int AnswerPageBudget = 24_000;

    // Composing

    public static JsonObject Compose(RequestForm form, IReadOnlyList<string> problems, bool proposing, RequestSettings settings,
        DateOnly defaultDeadline, Language language)
    {
        var body = new List<JsonNode?>
        {
            Card.Title((proposing ? RequestTexts.ProposeTitle : form.Version is null ? RequestTexts.ComposeTitle : RequestTexts.EditTitle).In(language)),
            Card.TextBlock((proposing ? RequestTexts.ProposeIntro : RequestTexts.ComposeIntro).In(language), subtle: true),
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            Card.RadioSet(RequestForm.LanguageKey, RequestTexts.OriginalLanguage.In(language),
                [(RequestTexts.English.In(language), "en"), (RequestTexts.French.In(language), "fr")], form.Language.Code()),
            Card.InputText(RequestForm.TitleKey, RequestTexts.TitleLabel.In(language), form.Title, required: true,
                error: RequestTexts.TitleRequired.In(language), maxLength: settings.TitleMaxLength),
            Card.InputText(RequestForm.TitleTranslationKey, RequestTexts.TitleTranslationLabel.In(language), form.TitleTranslation, maxLength: settings.TitleMaxLength),
            Card.InputText(RequestForm.BackgroundKey, RequestTexts.BackgroundLabel.In(language), form.Background, multiline: true, maxLength: settings.BackgroundMaxLength),
            Card.InputText(RequestForm.BackgroundTranslationKey, RequestTexts.BackgroundTranslationLabel.In(language), form.BackgroundTranslation,
                multiline: true, maxLength: settings.BackgroundMaxLength),
        };
        for (var n = 1; n <= form.Slots; n++)
        {
            var (text, translation) = n <= form.Questions.Count ? form.Questions[n - 1] : ("", "");
            body.Add(Card.InputText(RequestForm.QuestionKey(n), RequestTexts.QuestionLabel.Format(language, n), text, multiline: true, maxLength: settings.QuestionMaxLength));
            body.Add(Card.InputText(RequestForm.QuestionTranslationKey(n), RequestTexts.QuestionTranslationLabel.Format(language, n), translation,
                multiline: true, maxLength: settings.QuestionMaxLength));
        }
        var data = new JsonObject { [RequestForm.IdKey] = form.Id, [RequestForm.SlotsKey] = S(form.Slots) };
        if (form.Version is not null) data[RequestForm.VersionKey] = form.Version;
        if (form.Slots < settings.MaxQuestions)
            body.Add(Card.ActionSet(Card.Execute(RequestTexts.AddQuestion.In(language), RequestRoutes.Compose, Data(data, (RequestForm.SlotsKey, S(form.Slots + 1))))));

        body.Add(Card.InputDate(RequestForm.DeadlineKey, RequestTexts.DeadlineLabel.In(language), form.ParsedDeadline, required: true,
            error: RequestTexts.DeadlineRequired.In(language)));
        body.Add(Card.TextBlock(RequestTexts.DeadlineHint.Format(language, settings.MinimumWorkingDays, defaultDeadline), subtle: true, spacing: "None"));
        body.Add(Card.Toggle(RequestForm.EveryoneKey, RequestTexts.EveryoneLabel.In(language), form.Everyone));
        body.Add(Card.MultiChoiceSet(RequestForm.StatesKey, RequestTexts.StatesLabel.In(language), States(language), form.States));
        body.Add(Card.RadioSet(RequestForm.KindKey, RequestTexts.KindLabel.In(language),
            [(RequestTexts.AdHoc.In(language), nameof(RequestKind.AdHoc)), (RequestTexts.Planned.In(language), nameof(RequestKind.Planned))], form.Kind.ToString()));
        body.Add(Card.Toggle(RequestForm.AnonymousKey, RequestTexts.AnonymousLabel.In(language), form.Anonymous));

        return Card.New(body, proposing
            ? [Card.Execute(RequestTexts.ProposeButton.In(language), RequestRoutes.Propose, data, style: "positive")]
            : [Card.Execute(RequestTexts.PreviewButton.In(language), RequestRoutes.Preview, data, style: "positive")]);
    }

    /// The office's last look before sending: the request as focal points will get it, and whom it goes to.
    public static JsonObject Preview(InformationRequest request, string requester, int recipients, string? notice, Language language)
    {
        var body = new List<JsonNode?>
        {
            Card.Title(RequestTexts.PreviewTitle.In(language)),
            notice is null ? null : Card.TextBlock(notice, color: "Warning"),
            Card.Facts(
            [
                (RequestTexts.AudienceFact.In(language), Audience(request, language)),
                (RequestTexts.RecipientsFact.In(language), S(recipients)),
                (RequestTexts.KindFact.In(language), RequestTexts.Kind(request.Kind, language)),
                (RequestTexts.CompiledFact.In(language), (request.Anonymous ? RequestTexts.CompiledAnonymous : RequestTexts.CompiledNamed).In(language)),
            ]),
            Card.TextBlock(RequestTexts.NumberOnSend.In(language), subtle: true),
            Card.Container(Content(request, requester, language), separator: true),
        };
        var data = Ids(request);
        return Card.New(body,
        [
            Card.Execute(RequestTexts.SendButton.In(language), RequestRoutes.Send, data, style: "positive", withInputs: false),
            Card.Execute(RequestTexts.EditButton.In(language), RequestRoutes.Edit, data, withInputs: false),
        ]);
    }

    /// A focal point's proposal, for the office to approve, edit or decline (with a reason the proposer gets).
    public static JsonObject Review(InformationRequest request, Member? proposer, IReadOnlyList<string> problems, Language language)
    {
        var data = Ids(request);
        return Card.New(
        [
            Card.Title(RequestTexts.ReviewTitle.In(language)),
            Card.TextBlock(RequestTexts.ProposalForOffice.Format(language, Markdownless(proposer?.DisplayName ?? "?"), RequestTexts.StateName(proposer?.StateCode, language)), subtle: true),
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            Card.Facts([(RequestTexts.AudienceFact.In(language), Audience(request, language))]),
            Card.Container(Content(request, proposer?.DisplayName ?? "", language), separator: true),
            Card.InputText(RequestRoutes.ReasonKey, RequestTexts.DeclineReasonLabel.In(language), multiline: true, maxLength: 1000),
        ],
        [
            Card.Execute(RequestTexts.ApproveButton.In(language), RequestRoutes.Approve, data, style: "positive", withInputs: false),
            Card.Execute(RequestTexts.EditButton.In(language), RequestRoutes.Edit, data, withInputs: false),
            Card.Execute(RequestTexts.DeclineButton.In(language), RequestRoutes.Decline, data, style: "destructive"),
        ]);
    }

    public static JsonObject Notice(string title, string text, Language language, params JsonObject[] actions) =>
        Card.New([Card.Title(title), Card.TextBlock(text)], actions.Length > 0 ? actions : [ListButton(language)]);

    /// The office's confirmation: what is queued, and what is true of the channel post at this moment.
    public static JsonObject Sent(InformationRequest request, int recipients, ChannelPost channel, Language language) => Card.New(
        [
            Card.Title(RequestTexts.SentTitle.Format(language, request.Number)),
            Card.TextBlock(RequestTexts.SentBody.Format(language, recipients)),
            DeliveryCards.ChannelLine(channel, language) is { } line ? Card.TextBlock(line) : null,
        ],
        [Card.Execute(RequestTexts.StatusButton.In(language), RequestRoutes.Status, Ids(request), withInputs: false), ListButton(language)]);

    /// What the office decided about a proposal, for the focal point who made it.
    public static JsonObject Decision(InformationRequest request, Language language)
    {
        var declined = request.Status == RequestStatus.Declined;
        return Card.New(
        [
            Card.Title((declined ? RequestTexts.DeclinedTitle : RequestTexts.ApprovedTitle).In(language)),
            Card.TextBlock((declined ? RequestTexts.DecisionDeclined : RequestTexts.DecisionApproved).Format(language, Markdownless(TitleIn(request, language)))),
            declined && request.DeclineReason is { } reason ? Card.LabelledLiteral(RequestTexts.ReasonLabel.In(language), reason) : null,
        ],
        [ListButton(language)]);
    }

    /// The office hears of a new proposal in its personal chat.
    public static JsonObject ProposalNotice(InformationRequest request, Member? proposer, Language language) => Card.New(
    [
        Card.Title(RequestTexts.NewProposalNotice.In(language)),
        Card.TextBlock(RequestTexts.ProposalForOffice.Format(language, Markdownless(proposer?.DisplayName ?? "?"), RequestTexts.StateName(proposer?.StateCode, language)), subtle: true),
        Card.Literal(TitleIn(request, language), weight: "Bolder"),
    ],
    [Card.Execute(RequestTexts.ReviewButton.In(language), RequestRoutes.Review, Ids(request), withInputs: false)]);

    // The request as received

    /// The request card in a member's personal chat (the channel's post is RequestChannelCards.Post). Its buttons open the
    /// answer form and, until the state acknowledged receipt or submitted its answer, acknowledge receipt.
    public static JsonObject Received(InformationRequest request, string requester, StateAnswer? ownAnswer, TimeZoneInfo zone, Language language)
    {
        var body = new List<JsonNode?>(Content(request, requester, language));
        if (ownAnswer is { AcknowledgedAt: { } at })
            body.Add(Card.TextBlock(RequestTexts.AcknowledgedOn.Format(language, DateOnly.FromDateTime(Local(at, zone))), subtle: true, spacing: "Medium"));
        var data = Ids(request);
        var received = ownAnswer is not null && (ownAnswer.AcknowledgedAt is not null || ownAnswer.Status == AnswerStatus.Submitted);
        return Card.New(body,
        [
            Card.Execute(RequestTexts.AnswerButton.In(language), RequestRoutes.Answer, data, style: "positive", withInputs: false),
            received ? null : Card.Execute(RequestTexts.AcknowledgeButton.In(language), RequestRoutes.Acknowledge, data, withInputs: false),
        ]);
    }

    /// Title, requester, deadline, background and the numbered questions; with a translation, the two side by side.
    static IEnumerable<JsonNode?> Content(InformationRequest request, string requester, Language language)
    {
        yield return Card.TextBlock(request.Number is { } n ? RequestTexts.RequestHeading.Format(language, n) : RequestTexts.ComposeTitle.In(language), subtle: true);
        yield return SideBySide(request, language, request.Title, request.TitleTranslation, size: "Large");
        yield return Card.Facts(
        [
            (RequestTexts.RequestedBy.In(language), Markdownless(requester)),
            (RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline)),
            (RequestTexts.OriginalFact.In(language), RequestTexts.LanguageName(request.Language, language)),
        ]);
        if (!string.IsNullOrWhiteSpace(request.Background))
        {
            yield return Card.TextBlock(RequestTexts.BackgroundHeading.In(language), weight: "Bolder", spacing: "Medium");
            yield return SideBySide(request, language, request.Background, request.BackgroundTranslation);
        }
        yield return Card.TextBlock(RequestTexts.QuestionsHeading.In(language), weight: "Bolder", spacing: "Medium");
        foreach (var q in request.QuestionNumbers)
            yield return SideBySide(request, language, request[q].Text, request[q].Translation, label: $"{q}. ");
    }

    /// One field in the original and, if given, its translation in a second column: the reader's language first.
    static JsonObject SideBySide(InformationRequest request, Language reader, string original, string? translation, string? label = null, string? size = null)
    {
        JsonObject Block(string text)
        {
            var block = label is null ? Card.Literal(text, weight: size is null ? null : "Bolder") : Card.LabelledLiteral(label, text);
            if (size is not null) block["inlines"]![0]!["size"] = size;
            return block;
        }
        if (translation is null) return Block(original);
        var (first, second) = reader == request.Language ? (original, translation) : (translation, original);
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray(
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Block(first)) },
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Block(second)) }),
        };
    }

    // Answering

    /// The state's answer form: each question with a text field or a nil answer. Long answers are split over pages.
    public static JsonObject Answer(InformationRequest request, StateCode stateCode, StateAnswer? answer, AnswerForm form, string? changedBy,
        IReadOnlyList<string> problems, string? notice, int page, DateOnly today, TimeZoneInfo zone, RequestSettings settings, Language language)
    {
        var pages = Pages(request, form);
        page = Math.Clamp(page, 0, pages.Count - 1);
        var status = answer switch
        {
            null or { Answers.Count: 0, Status: AnswerStatus.Draft } => RequestTexts.StatusNone.In(language),
            { Status: AnswerStatus.Submitted, SubmittedAt: { } at } => RequestTexts.StatusSubmitted.Format(language, DateOnly.FromDateTime(Local(at, zone))),
            _ => RequestTexts.StatusDraft.In(language),
        };
        if (answer?.Late == true) status += $" ({RequestTexts.LateMark.In(language)})";
        var facts = new List<(string, string)>
        {
            (RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline)),
            (RequestTexts.AnswerStatusFact.In(language), status),
        };
        var body = new List<JsonNode?>
        {
            Card.Title(RequestTexts.AnswerTitle.Format(language, RequestTexts.OfState(stateCode, language), request.Number)),
            Card.Literal(TitleIn(request, language), weight: "Bolder"),
            Card.TextBlock(RequestTexts.AnswerIntro.In(language), subtle: true),
            Card.Facts(facts),
            answer?.ChangedAt is { } changed && changedBy is not null
                ? Card.TextBlock(RequestTexts.LastChangedBy.Format(language, Markdownless(changedBy), Local(changed, zone)), subtle: true, spacing: "None") : null,
            notice is null ? null : Card.TextBlock(notice, color: "Good", weight: "Bolder"),
            RequestDeadline.IsPassed(request.Deadline, today) ? Card.TextBlock(RequestTexts.LateNotice.In(language), color: "Warning") : null,
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            Card.RadioSet(AnswerForm.LanguageKey, RequestTexts.AnswerLanguageLabel.In(language),
                [(RequestTexts.English.In(language), "en"), (RequestTexts.French.In(language), "fr")], form.Language.Code()),
        };
        var nils = new (string, string)[]
        {
            (RequestTexts.NilNone.In(language), AnswerForm.Written),
            (RequestTexts.NilNoInformation.In(language), nameof(NilAnswer.NoInformation)),
            (RequestTexts.NilNotApplicable.In(language), nameof(NilAnswer.NotApplicable)),
            (RequestTexts.NilToFollow.In(language), nameof(NilAnswer.ToFollow)),
        };
        foreach (var q in pages[page])
        {
            var question = request[q];
            var shown = language != request.Language && question.Translation is not null ? question.Translation : question.Text;
            var (text, nil, by) = form.Fields.TryGetValue(q.Value, out var f) ? f : ("", AnswerForm.Written, "");
            body.Add(Card.Container(
            [
                Card.LabelledLiteral($"{q}. ", shown),
                Card.InputText(AnswerForm.TextKey(q.Value), RequestTexts.AnswerLabel.Format(language, q, settings.AnswerMaxLength), text, multiline: true,
                    maxLength: settings.AnswerMaxLength),
                Card.ChoiceSet(AnswerForm.NilKey(q.Value), RequestTexts.NilLabel.In(language), nils, nil),
                Card.InputDate(AnswerForm.ByKey(q.Value), RequestTexts.FollowsByLabel.In(language),
                    DateOnly.TryParse(by, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null),
            ], separator: true, spacing: "Medium"));
        }

        var data = Ids(request);
        data[AnswerForm.VersionKey] = S(answer?.Version ?? 0);
        data[RequestRoutes.PageKey] = S(page);
        var actions = new List<JsonNode?>();
        if (answer?.Status == AnswerStatus.Submitted)
            actions.Add(Card.Execute(RequestTexts.SaveChangesButton.In(language), RequestRoutes.Save, data, style: "positive"));
        else
        {
            actions.Add(Card.Execute(RequestTexts.SaveDraftButton.In(language), RequestRoutes.Save, data));
            actions.Add(Card.Execute(RequestTexts.SubmitButton.In(language), RequestRoutes.Submit, data, style: "positive"));
        }
        if (pages.Count > 1)
        {
            var others = Enumerable.Range(0, pages.Count).Where(p => p != page).Select(p =>
                Card.Execute($"{pages[p][0]}–{pages[p][^1]}", RequestRoutes.Save, Data(data, (RequestRoutes.GoToPageKey, S(p)))));
            body.Add(Card.ActionSet(others, spacing: "Medium"));
        }
        return Card.New(body, actions);
    }

    /// Questions grouped so each page's typed text stays within the budget; a single huge answer gets a page of its own.
    internal static List<List<QuestionNumber>> Pages(InformationRequest request, AnswerForm form)
    {
        var pages = new List<List<QuestionNumber>> { new() };
        var size = 0;
        foreach (var q in request.QuestionNumbers)
        {
            var weight = request[q].Text.Length + (request[q].Translation?.Length ?? 0) + (form.Fields.TryGetValue(q.Value, out var f) ? f.Text.Length : 0);
            if (pages[^1].Count > 0 && size + weight > AnswerPageBudget) { pages.Add([]); size = 0; }
            pages[^1].Add(q);
            size += weight;
        }
        return pages;
    }

    // Following up

    /// The office's live view: Teams refreshes it for the given users when they look at it.
    /// The office's status of a sent request; `chase`: the latest "Chase now" and whom it reached.
    public static JsonObject Status(RequestProgress progress, ChannelPost channel, TimeZoneInfo zone, DateTimeOffset at, IEnumerable<string> refreshFor,
        Language language, (DateOnly Day, ReachCount Reach)? chase = null)
    {
        var request = progress.Request;
        var deliveries = ReachCount.Of(progress.Recipients.Select(r => (r.Status, r.Path, r.Mentioned))).Describe(language);
        IEnumerable<(string, string)> chased = chase is { } c ? [(RequestTexts.LastChaseFact.Format(language, c.Day), c.Reach.Describe(language))] : [];
        List<JsonNode?> body =
        [
            Card.Title(RequestTexts.StatusTitle.Format(language, request.Number)),
            Card.Literal(TitleIn(request, language), weight: "Bolder"),
            Card.Facts(
            [
                (RequestTexts.DeadlineFact.In(language), RequestTexts.DateFormat.Format(language, request.Deadline)
                    + (request.Status == RequestStatus.Closed ? $" ({RequestTexts.StatusClosed.In(language)})" : "")),
                (RequestTexts.StatesAsked.In(language), S(progress.States.Count)),
                (RequestTexts.Answered.In(language), S(progress.Submitted)),
                (RequestTexts.Drafting.In(language), S(progress.Drafting)),
                (RequestTexts.Acknowledged.In(language), S(progress.Acknowledged)),
                (RequestTexts.Late.In(language), S(progress.Late)),
                (RequestTexts.NotReached.In(language), S(progress.NotReached)),
                (RequestTexts.Deliveries.In(language), deliveries),
                .. chased,
                .. DeliveryCards.ChannelFacts(channel, zone, language),
            ]),
            Card.TextBlock(RequestTexts.ByState.In(language), weight: "Bolder", spacing: "Medium"),
            .. StateLines(progress.States, language),
            Card.TextBlock(RequestTexts.UpdatedAt.Format(language, Local(at, zone)), subtle: true, size: "Small"),
        ];
        var data = Ids(request);
        // Most used first: those that do not fit go to the card's "…" menu.
        var actions = new List<JsonNode?>();
        if (request.Status == RequestStatus.Sent) actions.Add(Card.Execute(RequestTexts.ChaseButton.In(language), RequestRoutes.Chase, data, withInputs: false));
        actions.Add(Card.Execute(RequestTexts.CompileButton.In(language), RequestRoutes.Compile, data, withInputs: false));
        actions.Add(Card.Execute(RequestTexts.RecipientsButton.In(language), DeliveryRoutes.View, DeliveryRoutes.Data(RequestDeliveries.Subject, request.Id), withInputs: false));
        actions.Add(Card.Execute(RequestTexts.RefreshButton.In(language), RequestRoutes.Status, data, withInputs: false));
        if (request.Status == RequestStatus.Sent) actions.Add(Card.Execute(RequestTexts.CloseButton.In(language), RequestRoutes.Close, data, style: "destructive", withInputs: false));
        return Card.WithRefresh(Card.New(body, actions), RequestRoutes.Status, Ids(request), refreshFor);
    }

    /// A line per state that matters (it has a focal point, or answered or acknowledged all the same), and one line
    /// naming the states nobody can answer for: 42 lines of "no focal point" would hide the four that count.
    static IEnumerable<JsonObject> StateLines(IReadOnlyList<StateProgress> states, Language language)
    {
        var byName = StringComparer.Create(Text.Culture(language), true);
        var silent = states.Where(s => s is { Reach: Reach.NoFocalPoint, Status: null, Acknowledged: false }).ToHashSet();
        var shown = states.Where(s => !silent.Contains(s)).OrderBy(s => RequestTexts.StateName(s.Code, language), byName).ToList();
        if (shown.Count > 0)
            yield return Card.TextBlock(string.Join("\r", shown.Select(s => "- " + RequestTexts.StateRow.Format(language, RequestTexts.StateName(s.Code, language), StateLine(s, language)))));
        if (silent.Count > 0)
            yield return Card.TextBlock("⚠️ " + (silent.Count == 1 ? RequestTexts.StateWithoutFocalPoint : RequestTexts.StatesWithoutFocalPoint).Format(language, silent.Count,
                string.Join(", ", silent.Select(s => RequestTexts.StateName(s.Code, language)).Order(byName))));
    }

    static string StateLine(StateProgress s, Language language)
    {
        var parts = new List<string>
        {
            s.Status switch
            {
                AnswerStatus.Submitted => "✅ " + RequestTexts.StateRowAnswered.Format(language, s.Answered, s.Questions),
                AnswerStatus.Draft => RequestTexts.StateRowDraft.Format(language, s.Answered, s.Questions),
                _ => RequestTexts.StateRowNothing.In(language),
            },
        };
        if (s.Late) parts.Add(RequestTexts.LateMark.In(language));
        if (s.Acknowledged) parts.Add(RequestTexts.StateRowAcknowledged.In(language));
        if (s.Reach == Reach.Mentioned) parts.Add(RequestTexts.StateRowMentioned.In(language));
        if (s.Reach == Reach.NotReached) parts.Add("⚠️ " + RequestTexts.StateRowNotReached.In(language));
        if (s.Reach == Reach.NoFocalPoint) parts.Add("⚠️ " + RequestTexts.StateRowNoFocalPoint.In(language));
        return string.Join(" · ", parts);
    }

    /// Open and past requests; for a focal point with their state's status, for the office with drafts and proposals.
    public static JsonObject List(IReadOnlyList<InformationRequest> requests, IReadOnlyDictionary<string, StateAnswer> ownAnswers,
        IReadOnlyDictionary<string, int> submittedCounts, Member member, TimeZoneInfo zone, Language language)
    {
        var office = member.Role == MemberRole.Office;
        var body = new List<JsonNode?> { Card.Title(RequestTexts.ListTitle.In(language)) };
        void Section(Text heading, IEnumerable<InformationRequest> items)
        {
            var list = items.ToList();
            if (list.Count == 0) return;
            body.Add(Card.TextBlock(heading.In(language), weight: "Bolder", spacing: "Medium"));
            foreach (var r in list.Take(25)) body.Add(Row(r, ownAnswers.GetValueOrDefault(r.Id), submittedCounts.GetValueOrDefault(r.Id), member, zone, language));
        }

        Section(RequestTexts.OpenRequests, requests.Where(r => r.Status == RequestStatus.Sent));
        if (office)
        {
            Section(RequestTexts.Proposals, requests.Where(r => r.Status == RequestStatus.Proposed));
            Section(RequestTexts.Drafts, requests.Where(r => r.Status is RequestStatus.Draft or RequestStatus.Approved));
        }
        else Section(RequestTexts.YourProposals, requests.Where(r => r.RequesterId == member.Id && r.Status is RequestStatus.Proposed or RequestStatus.Declined or RequestStatus.Approved));
        Section(RequestTexts.PastRequests, requests.Where(r => r.Status == RequestStatus.Closed));
        if (body.Count == 1) body.Add(Card.TextBlock(RequestTexts.NoRequests.In(language)));

        JsonObject? action = member.Role switch
        {
            MemberRole.Office => Card.Execute(RequestTexts.NewRequestButton.In(language), RequestRoutes.New),
            MemberRole.FocalPoint => Card.Execute(RequestTexts.ProposeRequestButton.In(language), RequestRoutes.New),
            _ => null,
        };
        return Card.New(body, action is null ? null : [action]);
    }

    static JsonObject Row(InformationRequest r, StateAnswer? own, int submitted, Member member, TimeZoneInfo zone, Language language)
    {
        var title = TitleIn(r, language);
        var status = r.Status switch
        {
            RequestStatus.Proposed => RequestTexts.StatusProposed.In(language),
            RequestStatus.Approved => RequestTexts.StatusApproved.In(language),
            RequestStatus.Declined => RequestTexts.StatusDeclined.In(language),
            RequestStatus.Draft => RequestTexts.StatusDraftRequest.In(language),
            _ when member.Role == MemberRole.Office => RequestTexts.AnsweredCount.Format(language, submitted, r.Audience.States().Count),
            _ when member.StateCode is not null && r.Audience.Includes(member.StateCode) => RequestTexts.YourState.Format(language, LowerFirst(own switch
            {
                { Status: AnswerStatus.Submitted, SubmittedAt: { } at } => RequestTexts.StatusSubmitted.Format(language, DateOnly.FromDateTime(Local(at, zone)))
                                                                         + (own.Late ? $" ({RequestTexts.LateMark.In(language)})" : ""),
                { Answers.Count: > 0 } => RequestTexts.StatusDraft.In(language),
                _ => RequestTexts.StatusNone.In(language),
            }, language)),
            RequestStatus.Closed => RequestTexts.StatusClosed.In(language),
            _ => "",
        };
        // A request gets its number when sent: before, the row starts with where it stands ("Draft · due …").
        var heading = r.Number is { } number
            ? RequestTexts.ListRow.Format(language, number, status, r.Deadline)
            : RequestTexts.ListRowUnsent.Format(language, status.Length > 0 ? char.ToUpper(status[0], Text.Culture(language)) + status[1..] : status, r.Deadline);
        return Card.Container(
            [Card.Literal(title, weight: "Bolder"), Card.TextBlock(heading, subtle: true, spacing: "None")],
            selectAction: Card.Execute(RequestTexts.OpenButton.In(language), RequestRoutes.Open, Ids(r), withInputs: false),
            separator: true);
    }

    /// A reminder to a state that has not answered yet.
    public static JsonObject Reminder(InformationRequest request, StateCode stateCode, bool last, Language language) => Card.New(
    [
        Card.Title(RequestTexts.ReminderTitle.Format(language, request.Number, request.Deadline)),
        Card.Literal(TitleIn(request, language), weight: "Bolder"),
        Card.TextBlock((last ? RequestTexts.LastReminderBody : RequestTexts.ReminderBody).Format(language, RequestTexts.OfState(stateCode, language))),
    ],
    [Card.Execute(RequestTexts.AnswerButton.In(language), RequestRoutes.Answer, Ids(request), style: "positive", withInputs: false)]);

    /// The compilation's files, as personal links.
    public static JsonObject Compiled(InformationRequest request, int responding, int asked, string wordUrl, string excelUrl,
        DateOnly? linksExpire, bool atDeadline, Language language) => Card.New(
    [
        Card.Title(RequestTexts.CompilationTitle.Format(language, request.Number)),
        Card.Literal(TitleIn(request, language), weight: "Bolder"),
        atDeadline ? Card.TextBlock(RequestTexts.CompilationAtDeadline.In(language)) : null,
        Card.TextBlock(RequestTexts.CompilationBody.Format(language, responding, asked)),
        linksExpire is { } until ? Card.TextBlock(RequestTexts.LinksExpire.Format(language, until), subtle: true) : null,
    ],
    [
        Card.OpenUrl(RequestTexts.WordButton.In(language), wordUrl),
        Card.OpenUrl(RequestTexts.ExcelButton.In(language), excelUrl),
        Card.Execute(RequestTexts.StatusButton.In(language), RequestRoutes.Status, Ids(request), withInputs: false),
    ]);

    // Helpers

    public static string TitleIn(InformationRequest request, Language language) =>
        language != request.Language && request.TitleTranslation is not null ? request.TitleTranslation : request.Title;

    static string Audience(InformationRequest request, Language language)
    {
        var states = request.Audience.States();
        return request.Audience.Everyone
            ? RequestTexts.AudienceEveryone.Format(language, states.Count)
            : RequestTexts.AudienceStates.Format(language, states.Count, string.Join(", ", states.Select(s => RequestTexts.StateName(s, language))));
    }

    static JsonObject ListButton(Language language) =>
        Card.Execute(RequestTexts.ListTitle.In(language), RequestRoutes.List, withInputs: false);

    static JsonObject Ids(InformationRequest request)
    {
        var data = new JsonObject { [RequestForm.IdKey] = request.Id };
        if (request.Version is not null) data[RequestForm.VersionKey] = request.Version;
        return data;
    }

    static JsonObject Data(JsonObject data, params (string Key, string Value)[] extra)
    {
        var copy = data.DeepClone().AsObject();
        foreach (var (key, value) in extra) copy[key] = value;
        return copy;
    }

    static IEnumerable<(string, string)> States(Language language) => MemberStates.All
        .Select(s => (RequestTexts.StateName(s.Code, language), s.Code.Value))
        .OrderBy(s => s.Item1, StringComparer.Create(Text.Culture(language), true));

    /// Names and other short texts inside Markdown blocks: the characters Markdown reads are dropped, not interpreted.
    static string Markdownless(string text) => Card.Plain(text);

    /// "Pas commencée" → "pas commencée": a status standing mid-sentence, after a colon.
    static string LowerFirst(string text, Language language) =>
        text.Length == 0 ? text : char.ToLower(text[0], Text.Culture(language)) + text[1..];

    /// A moment as the network's clock shows it (Calendar:TimeZone), like every time the bot writes.
    static DateTime Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).DateTime;

    static string S(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
