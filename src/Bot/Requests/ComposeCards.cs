using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The cards of composing and sending: the form, the office's preview, a proposal's review, the confirmation, and the
/// list of requests.
public static class ComposeCards
{
    public static JsonObject Compose(RequestForm form, IReadOnlyList<string> problems, bool proposing, RequestSettings settings,
        DateOnly defaultDeadline, IReadOnlyList<(string Title, string Value)> groups, Language language)
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
        var data = new JsonObject { [RequestForm.IdKey] = form.Id, [RequestForm.SlotsKey] = RequestCards.Invariant(form.Slots) };
        if (form.Version is not null) data[RequestForm.VersionKey] = form.Version;
        if (form.Slots < settings.MaxQuestions)
            body.Add(Card.ActionSet(Card.Execute(RequestTexts.AddQuestion.In(language), RequestRoutes.Compose, RequestCards.WithData(data, (RequestForm.SlotsKey, RequestCards.Invariant(form.Slots + 1))))));

        body.Add(Card.InputDate(RequestForm.DeadlineKey, RequestTexts.DeadlineLabel.In(language), form.ParsedDeadline, required: true,
            error: RequestTexts.DeadlineRequired.In(language)));
        body.Add(Card.TextBlock(RequestTexts.DeadlineHint.Format(language, settings.MinimumWorkingDays, defaultDeadline), subtle: true, spacing: "None"));
        body.Add(Card.Toggle(RequestForm.EveryoneKey, RequestTexts.EveryoneLabel.In(language), form.Everyone));
        body.Add(Card.MultiChoiceSet(RequestForm.StatesKey, RequestTexts.StatesLabel.In(language), States(language), form.States));
        if (groups.Count > 0 || form.GroupId.Length > 0)
            body.Add(Card.ChoiceSet(RequestForm.GroupKey, RequestTexts.GroupLabel.In(language), [(RequestTexts.NoGroup.In(language), RequestForm.NoGroup), .. groups],
                form.GroupId.Length > 0 ? form.GroupId : RequestForm.NoGroup));
        body.Add(Card.RadioSet(RequestForm.KindKey, RequestTexts.KindLabel.In(language),
            [(RequestTexts.AdHoc.In(language), nameof(RequestKind.AdHoc)), (RequestTexts.Planned.In(language), nameof(RequestKind.Planned))], form.Kind.ToString()));
        body.Add(Card.Toggle(RequestForm.AnonymousKey, RequestTexts.AnonymousLabel.In(language), form.Anonymous));
        if (!proposing) body.AddRange(ReleaseCards.RecipientsChoice(form, language));

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
                (RequestTexts.AudienceFact.In(language), RequestCards.Audience(request, language)),
                (RequestTexts.RecipientsFact.In(language), RequestCards.Invariant(recipients)),
                (RequestTexts.KindFact.In(language), RequestTexts.Kind(request.Kind, language)),
                (RequestTexts.CompiledFact.In(language), (request.Anonymous ? RequestTexts.CompiledAnonymous : RequestTexts.CompiledNamed).In(language)),
            ]),
            Card.TextBlock(RequestTexts.NumberOnSend.In(language), subtle: true),
            Card.Container(RequestCards.Content(request, requester, language), separator: true),
        };
        var data = RequestCards.Ids(request);
        return Card.New(body,
        [
            Card.Execute(RequestTexts.SendButton.In(language), RequestRoutes.Send, data, style: "positive", withInputs: false),
            Card.Execute(RequestTexts.EditButton.In(language), RequestRoutes.Edit, data, withInputs: false),
        ]);
    }

    /// A focal point's proposal, for the office to approve, edit or decline (with a reason the proposer gets).
    public static JsonObject Review(InformationRequest request, Member? proposer, IReadOnlyList<string> problems, Language language)
    {
        var data = RequestCards.Ids(request);
        return Card.New(
        [
            Card.Title(RequestTexts.ReviewTitle.In(language)),
            Card.TextBlock(RequestTexts.ProposalForOffice.Format(language, Card.Plain(proposer?.DisplayName ?? "?"), MemberStates.NameIn(proposer?.StateCode, language)), subtle: true),
            Card.Problems(RequestTexts.FixProblems.In(language), problems),
            Card.Facts([(RequestTexts.AudienceFact.In(language), RequestCards.Audience(request, language))]),
            Card.Container(RequestCards.Content(request, proposer?.DisplayName ?? "", language), separator: true),
            Card.InputText(RequestRoutes.ReasonKey, RequestTexts.DeclineReasonLabel.In(language), multiline: true, maxLength: 1000),
        ],
        [
            Card.Execute(RequestTexts.ApproveButton.In(language), RequestRoutes.Approve, data, style: "positive", withInputs: false),
            Card.Execute(RequestTexts.EditButton.In(language), RequestRoutes.Edit, data, withInputs: false),
            Card.Execute(RequestTexts.DeclineButton.In(language), RequestRoutes.Decline, data, style: "destructive"),
        ]);
    }

    /// The office's confirmation: what is queued, and what is true of the channel post at this moment.
    public static JsonObject Sent(InformationRequest request, int recipients, ChannelPost channel, Language language) => Card.New(
        [
            Card.Title(RequestTexts.SentTitle.Format(language, request.Number)),
            Card.TextBlock(RequestTexts.SentBody.Format(language, recipients)),
            DeliveryCards.ChannelLine(channel, language) is { } line ? Card.TextBlock(line) : null,
        ],
        [Card.Execute(RequestTexts.StatusButton.In(language), RequestRoutes.Status, RequestCards.Ids(request), withInputs: false), RequestCards.ListButton(language)]);

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
        var title = RequestCards.TitleIn(r, language);
        var status = r.Status switch
        {
            RequestStatus.Proposed => RequestTexts.StatusProposed.In(language),
            RequestStatus.Approved => RequestTexts.StatusApproved.In(language),
            RequestStatus.Declined => RequestTexts.StatusDeclined.In(language),
            RequestStatus.Draft => RequestTexts.StatusDraftRequest.In(language),
            _ when member.Role == MemberRole.Office => RequestTexts.AnsweredCount.Format(language, submitted, r.Audience.States().Count),
            _ when member.StateCode is not null && r.Audience.Includes(member.StateCode) => RequestTexts.YourState.Format(language, RequestCards.LowerFirst(own switch
            {
                { Status: AnswerStatus.Submitted, SubmittedAt: { } at } => RequestTexts.StatusSubmitted.Format(language, DateOnly.FromDateTime(RequestCards.Local(at, zone)))
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
            selectAction: Card.Execute(RequestTexts.OpenButton.In(language), RequestRoutes.Open, RequestCards.Ids(r), withInputs: false),
            separator: true);
    }

    static IEnumerable<(string, string)> States(Language language) => MemberStates.All
        .Select(s => (MemberStates.NameIn(s.Code, language), s.Code.Value))
        .OrderBy(s => s.Item1, StringComparer.Create(Text.Culture(language), true));
}
