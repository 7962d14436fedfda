using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Members;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// Every request card filled with sample data, for AllCards: rendered in tests in both languages, and walked for verbs.
public static class RequestSamples
{
    static readonly DateOnly Today = new(2026, 11, 23);

    public static InformationRequest Request { get; } = new()
    {
        Id = "sample-request",
        Number = new RequestNumber(2026, 7),
        Title = "Reception of unaccompanied minors at the border",
        TitleTranslation = "Accueil des mineurs non accompagnés à la frontière",
        Background = "The SRSG prepares a thematic report for the spring plenary. **Figures** for 2025 <b>only</b>.",
        BackgroundTranslation = "Le RSSG prépare un rapport thématique pour la plénière de printemps. **Chiffres** de 2025 <b>uniquement</b>.",
        Questions =
        [
            new("How many unaccompanied minors arrived in 2025?", "Combien de mineurs non accompagnés sont arrivés en 2025\u00a0?"),
            new("Which authority assesses their age, and how?", "Quelle autorité évalue leur âge, et comment\u00a0?"),
            new("Is a guardian appointed within 72 hours? [yes](no)", "Un tuteur est-il désigné dans les 72 heures\u00a0? [oui](non)"),
        ],
        Language = Language.En,
        Deadline = new DateOnly(2026, 12, 14),
        Audience = Audience.All,
        Kind = RequestKind.AdHoc,
        Status = RequestStatus.Sent,
        RequesterId = "demo-sophie",
        CreatedOn = Today,
        SentOn = Today,
        Version = "4",
    };

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var s = Samples.Of(typed, typed.Members(DemoNetwork.Members));
        return [.. ComposeCardSamples(s, typed, language), .. AnswerCardSamples(s, typed, language), .. FollowUpCardSamples(s, typed, language)];
    }

    /// The records the sample cards show, built once for all of them.
    sealed record Samples(InformationRequest Request, RequestSettings Settings, IReadOnlyList<Member> Everyone, Member Elise, InformationRequest Draft,
        InformationRequest Proposal, StateAnswer Answer, StateAnswer Submitted, RequestForm Form, RequestProgress Progress, DateOnly Deadline,
        TimeZoneInfo Paris, DateTimeOffset At)
    {
        public static Samples Of(SampleText typed, IReadOnlyList<Member> everyone)
        {
            var request = Typed(RequestSamples.Request, typed);
            var settings = RequestSettings.Default;
            var elise = everyone.Single(m => m.Id == "demo-elise");
            var draft = request with { Number = null, Status = RequestStatus.Draft, TitleTranslation = null, BackgroundTranslation = null, Questions = [.. request.Questions.Select(q => q with { Translation = null })] };
            var proposal = draft with { Status = RequestStatus.Proposed, RequesterId = elise.Id, Audience = Audience.Of("FR", "DE", "IT") };
            var answer = StateAnswer.New(request.Number!.Value, "FR") with
            {
                Answers = [QuestionAnswer.Written(1, typed.Text("312, dont 40 en outre-mer.\nSource\u00a0: ministère de l’Intérieur.")), QuestionAnswer.ToFollow(2, new DateOnly(2026, 12, 20))],
                Language = Language.Fr, ChangedBy = elise.Id, ChangedAt = new DateTimeOffset(2026, 11, 24, 10, 30, 0, TimeSpan.Zero), Version = 2, StoreVersion = "2",
            };
            var submitted = answer with
            {
                Answers = [.. answer.Answers, QuestionAnswer.NotApplicable(3)], Status = AnswerStatus.Submitted, Version = 3,
                SubmittedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), AcknowledgedAt = new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero),
            };
            var form = RequestForm.Of(draft) with { Title = "", Questions = [("", ""), ("Which authority?", "")] };
            var progress = RequestProgress.Of(request, [submitted, StateAnswer.New(request.Number.Value, "DE") with { Answers = [QuestionAnswer.NoInformation(1)] }],
                [new Delivery { Campaign = "request/2026/07", MemberId = elise.Id, Status = DeliveryStatus.Sent },
                 new Delivery { Campaign = "request/2026/07", MemberId = "demo-jonas", Status = DeliveryStatus.NoChat },
                 new Delivery { Campaign = "request/2026/07", MemberId = "demo-giulia", Status = DeliveryStatus.Failed, ErrorCode = "ConversationBlockedByUser" },
                 new Delivery { Campaign = "request/2026/07", MemberId = "demo-luc", Status = DeliveryStatus.Uncertain }],
                [new Delivery { Campaign = "request-mention/2026/07", MemberId = "demo-jonas", Status = DeliveryStatus.Sent }],
                everyone);
            var deadline = new DateOnly(2026, 12, 14);

            var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
            var at = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);
            return new(request, settings, everyone, elise, draft, proposal, answer, submitted, form, progress, deadline, paris, at);
        }
    }

    static IEnumerable<(string Name, JsonObject Card)> ComposeCardSamples(Samples s, SampleText typed, Language language)
    {
        var (request, settings, everyone, elise, draft, proposal, answer, submitted, form, progress, deadline, paris, at) = s;
        yield return ("requests.compose", ComposeCards.Compose(RequestForm.New(language, deadline), [], false, settings, deadline, [("Integration of migrant children", "g1")], language));
        yield return ("requests.compose-problems", ComposeCards.Compose(form, [RequestTexts.TitleRequired.In(language), RequestTexts.QuestionEmpty.Format(language, 1)], false, settings, deadline, [("Integration of migrant children", "g1")], language));
        yield return ("requests.propose", ComposeCards.Compose(RequestForm.New(language, deadline), [], true, settings, deadline, [], language));
        yield return ("requests.preview", ComposeCards.Preview(draft with { Version = "1" }, typed.Text("Sophie Laurent"), 48, null, language));
        yield return ("requests.preview-translated", ComposeCards.Preview(request with { Number = null, Status = RequestStatus.Draft }, typed.Text("Sophie Laurent"), 48, RequestTexts.ChangedMeanwhile.In(language), language));
        yield return ("requests.review", ComposeCards.Review(proposal, elise, [RequestTexts.ReasonMissing.In(language)], language));
        yield return ("requests.proposal-notice", RequestCards.ProposalNotice(proposal, elise, language));
        yield return ("requests.sent", ComposeCards.Sent(request, 48, new ChannelPost(ChannelPostState.Waiting), language));
        yield return ("requests.sent-no-team", ComposeCards.Sent(request, 48, new ChannelPost(ChannelPostState.NoChannel), language));
        yield return ("requests.decision-declined", RequestCards.Decision(proposal with { Status = RequestStatus.Declined, DeclineReason = typed.Text("Already covered by request 2026/05.") }, language));
        yield return ("requests.decision-approved", RequestCards.Decision(proposal with { Status = RequestStatus.Approved }, language));
        yield return ("requests.channel-post", RequestChannelCards.Post(request, typed.Text("Sophie **Laurent**")));
        yield return ("requests.channel-post-french", RequestChannelCards.Post(request with
        {
            Language = Language.Fr, Title = request.TitleTranslation!, TitleTranslation = null, Background = request.BackgroundTranslation!, BackgroundTranslation = null,
            Questions = [.. request.Questions.Select(q => q with { Text = q.Translation!, Translation = null })],
        }, typed.Text("Élise Moreau")));
        yield return ("requests.mention", RequestChannelCards.Mention(request, [elise, everyone.Single(m => m.Id == "demo-jonas") with { DisplayName = typed.Text("Jonas <b>Weber</b></at>") }]));
        yield return ("requests.list-office", ComposeCards.List([request, proposal, draft with { Id = "d2" }, request with { Id = "old", Number = new RequestNumber(2026, 2), Status = RequestStatus.Closed }],
            new Dictionary<string, StateAnswer>(), new Dictionary<string, int> { ["sample-request"] = 12 }, everyone.Single(m => m.Role == MemberRole.Office), paris, language));
        yield return ("requests.list-focal-point", ComposeCards.List([request, proposal with { Status = RequestStatus.Declined }], new Dictionary<string, StateAnswer> { ["sample-request"] = submitted },
            new Dictionary<string, int>(), elise, paris, language));
        yield return ("requests.list-empty", ComposeCards.List([], new Dictionary<string, StateAnswer>(), new Dictionary<string, int>(), elise, paris, language));
        yield return ("requests.reminder", RequestCards.Reminder(request, "FR", false, language));
        yield return ("requests.notice", RequestCards.Notice(RequestTexts.ProposedTitle.In(language), RequestTexts.ProposedBody.In(language), language));
    }

    static IEnumerable<(string Name, JsonObject Card)> AnswerCardSamples(Samples s, SampleText typed, Language language)
    {
        var (request, settings, everyone, elise, draft, proposal, answer, submitted, form, progress, deadline, paris, at) = s;
        yield return ("requests.received", RequestCards.Received(request, typed.Text("Sophie Laurent"), null, paris, language));
        yield return ("requests.received-acknowledged", RequestCards.Received(request, typed.Text("Sophie Laurent"), submitted, paris, language));
        yield return ("requests.answer-new", AnswerCards.Answer(request, "FR", null, AnswerForm.Of(null, language), null, [], null, 0, Today, paris, settings, language));
        yield return ("requests.answer-draft", AnswerCards.Answer(request, "FR", answer, AnswerForm.Of(answer, language), elise.DisplayName,
            [RequestTexts.FollowDateMissingAt.Format(language, 2)], RequestTexts.DraftSaved.In(language), 0, Today, paris, settings, language));
        yield return ("requests.answer-submitted-late", AnswerCards.Answer(request, "FR", submitted with { Late = true }, AnswerForm.Of(submitted, language), elise.DisplayName,
            [], RequestTexts.AnswerSubmitted.In(language), 0, new DateOnly(2026, 12, 20), paris, settings, language));
        var longAnswer = submitted with { Answers = [.. request.QuestionNumbers.Select(q => QuestionAnswer.Written(q.Value, new string('x', 4_999)))] };
        yield return ("requests.answer-paged", AnswerCards.Answer(request, "FR", longAnswer, AnswerForm.Of(longAnswer, language), elise.DisplayName, [], null, 1, Today, paris, settings, language));
        yield return ("requests.reminder-last", RequestCards.Reminder(request, "FR", true, language));
    }

    static IEnumerable<(string Name, JsonObject Card)> FollowUpCardSamples(Samples s, SampleText typed, Language language)
    {
        var (request, settings, everyone, elise, draft, proposal, answer, submitted, form, progress, deadline, paris, at) = s;
        yield return ("requests.status", FollowUpCards.Status(progress, new ChannelPost(ChannelPostState.Uncertain, "HTTP 504", at), paris, at, ["29:office"], language,
            (new DateOnly(2026, 11, 25), new Deliveries.ReachCount(InChat: 3, NewlyReached: 1, Emailed: 0, Mentioned: 1, Unreachable: 1, Waiting: 0, Uncertain: 0))));
        yield return ("requests.reminder-mention", RequestChannelCards.ReminderMention(request, [elise]));
        yield return ("requests.status-channel-failed", FollowUpCards.Status(progress, new ChannelPost(ChannelPostState.Failed, "BotNotInConversationRoster", at), paris, at, [], language));
        yield return ("requests.compiled", RequestCards.Compiled(request, 31, 46, "https://focalbot.example/exports/abc?sig=1", "https://focalbot.example/exports/def?sig=2",
            new DateOnly(2026, 12, 23), atDeadline: true, language));
    }

    /// The request with what the office or a focal point typed given by `typed`.
    static InformationRequest Typed(InformationRequest r, SampleText typed) => r with
    {
        Title = typed.Text(r.Title), TitleTranslation = typed.Text(r.TitleTranslation), Background = typed.Text(r.Background),
        BackgroundTranslation = typed.Text(r.BackgroundTranslation), DeclineReason = typed.Text(r.DeclineReason),
        Questions = [.. r.Questions.Select(q => new Question(typed.Text(q.Text), typed.Text(q.Translation)))],
    };
}
