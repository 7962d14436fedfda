using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Members;
using FocalBot.Bot.Outcomes;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The follow-up actions' cards with sample data, for the render, typography and inert-text tests (AllCards): the
/// plenary of 11–12 May 2026, its report with two recommendations, and actions for Germany, the office and a group,
/// seen on Thursday 2 July 2026.
public static class OutcomeSamples
{
    static readonly DateOnly Today = new(2026, 7, 2);

    public static Meeting Plenary(SampleText typed) => new()
    {
        Id = "mt-spring", Kind = MeetingKind.Plenary, Title = typed.Bilingual(BilingualText.Of("Plenary meeting of the network", "Réunion plénière du réseau")),
        OpeningDay = new DateOnly(2026, 5, 11), ClosingDay = new DateOnly(2026, 5, 12), TimeZoneId = "Europe/Paris", Audience = MeetingAudience.AllFocalPoints,
        AgendaVersions = [AgendaVersion.Draft([AgendaItem.New("Opening", "Ouverture")])], Status = MeetingStatus.Convened, ConvenedOn = new DateOnly(2026, 3, 2),
    };

    public static SummaryReport Report(SampleText typed) => new()
    {
        MeetingId = "mt-spring", Status = ReportStatus.Issued, IssuedOn = new DateOnly(2026, 6, 1), CreatedBy = "demo-sophie", CreatedOn = new DateOnly(2026, 5, 13),
        Recommendations =
        [
            new("rec-1", 1, typed.Bilingual(BilingualText.Of("Appoint a guardian for every unaccompanied child within 72 hours.",
                "Désigner un tuteur pour chaque enfant non accompagné sous 72 heures.")), Addressee.MemberStates),
            new("rec-2", 2, typed.Bilingual(BilingualText.Of("Share practice on age assessment.", "")), Addressee.Group("g1")),
        ],
    };

    static ThematicGroup Group(SampleText typed) => new()
    {
        Id = "g1", NameEn = typed.Text("Age assessment"), NameFr = typed.Text("Évaluation de l’âge"), Purpose = "P", Language = Language.En,
        Status = GroupStatus.Active, CreatedBy = "demo-sophie", CreatedOn = new DateOnly(2026, 1, 5),
        People = [new("demo-jonas", GroupMemberStatus.Member, new DateOnly(2026, 1, 5))],
    };

    static FollowUpAction Action(string id, SampleText typed, ActionOwner owner, DateOnly due, string what, string recommendation = "rec-1", int number = 1) => new()
    {
        Id = id, MeetingId = "mt-spring", RecommendationId = recommendation, RecommendationNumber = number, What = typed.Bilingual(BilingualText.Of(what)),
        Owner = owner, Due = due, SentOn = new DateOnly(2026, 6, 1), CreatedBy = "demo-sophie", CreatedOn = new DateOnly(2026, 5, 20),
    };

    public static IEnumerable<(string Name, JsonObject Card)> Cards(Language language, SampleText typed)
    {
        var everyone = typed.Members(DemoNetwork.Members);
        var people = everyone.ToDictionary(m => m.Id);
        var book = OwnerBook.Of(everyone, [Group(typed)]);
        var (meeting, report) = (Plenary(typed), Report(typed));
        ActionView View(FollowUpAction a) => new(a, meeting, report.Find(a.RecommendationId));

        var guidelines = Action("a1", typed, ActionOwner.State("DE"), new DateOnly(2026, 9, 30), "Share the national guardianship guidelines with the network.");
        var figures = Action("a2", typed, ActionOwner.State("DE"), new DateOnly(2026, 6, 30), "Send the 2025 figures on arrivals of unaccompanied children.");
        var asked = FollowUpActions.AskMoreTime(guidelines with { Id = "a3" }, people["demo-jonas"], true, typed.Text("The new law takes effect in October."),
            Today, OutcomeSettings.Default).Value!;
        var practice = Action("a4", typed, ActionOwner.Group("g1"), new DateOnly(2026, 10, 15), "Compile the practice of the members of the group.", "rec-2", 2);
        var summary = Action("a5", typed, ActionOwner.Office, new DateOnly(2026, 7, 31), "Circulate a summary of the replies.") with { SentOn = null };
        var done = FollowUpActions.MarkDone(figures, people["demo-jonas"], true, typed.Text("Sent to the office on 25 June."), Today, OutcomeSettings.Default).Value!;
        var granted = FollowUpActions.GrantMoreTime(asked, people["demo-sophie"], new DateOnly(2026, 11, 30), Today).Value!;
        var refused = FollowUpActions.RefuseMoreTime(asked, people["demo-sophie"], Today).Value!;
        var form = ActionForm.New("mt-spring", "rec-1") with { Id = "a9" };
        ActionView[] open = [View(figures), View(asked), View(practice), View(summary)];
        var owners = new[] { (book.Name(ActionOwner.Office, language), "office"), (book.Name(ActionOwner.State("DE"), language), "state:DE"),
            (book.Name(ActionOwner.Group("g1"), language), "group:g1") };
        var next = Plenary(typed) with { Id = "mt-autumn", Status = MeetingStatus.Draft, OpeningDay = new DateOnly(2026, 11, 16), ClosingDay = new DateOnly(2026, 11, 17),
            Title = typed.Bilingual(BilingualText.Of("Autumn plenary", "Plénière d’automne")) };
        var item = FollowUpAgenda.Item(meeting, [done, asked, practice, summary], book.Name, Today);

        yield return ("actions.list-owner", ActionCards.List([View(figures), View(asked)], 0, book, people["demo-jonas"], Today, language));
        yield return ("actions.list-owner-empty", ActionCards.List([], 0, book, people["demo-elise"], Today, language,
            ActionTexts.MarkedDone.In(language)));
        yield return ("actions.list-office", ActionCards.List(open, 3, book, people["demo-sophie"], Today, language,
            ActionTexts.AddedWaiting.Format(language, Card.Plain(book.Name(ActionOwner.Office, language)))));
        yield return ("actions.list-office-empty", ActionCards.List([], 0, book, people["demo-sophie"], Today, language));
        yield return ("actions.pick", ActionCards.Pick([new ReportView(report, meeting, new Dictionary<string, int> { ["rec-1"] = 2 }),
            new ReportView(report with { MeetingId = "mt-autumn", Status = ReportStatus.OpenForComments, CommentsUntil = new DateOnly(2026, 12, 1) }, next, new Dictionary<string, int>())], book, language));
        yield return ("actions.pick-empty", ActionCards.Pick([], book, language));
        yield return ("actions.form", ActionCards.Form(form, meeting, report.Recommendations[0], owners, [], OutcomeSettings.Default, language));
        yield return ("actions.form-problems", ActionCards.Form(form with { WhatEn = typed.Text("Send the figures"), DueText = "2026-06-01" }, meeting,
            report.Recommendations[0], owners, [ActionTexts.Describe(ActionProblem.OwnerMissing, language), ActionTexts.Describe(ActionProblem.DueInPast, language)],
            OutcomeSettings.Default, language));
        yield return ("actions.done-form", ActionCards.NoteForm(View(figures), done: true, book, Today, OutcomeSettings.Default, language));
        yield return ("actions.done-form-problem", ActionCards.NoteForm(View(figures), done: true, book, Today, OutcomeSettings.Default, language,
            [ActionTexts.Describe(ActionRefusal.NoteMissing, language)]));
        yield return ("actions.more-time-form", ActionCards.NoteForm(View(guidelines), done: false, book, Today, OutcomeSettings.Default, language));
        yield return ("actions.sent", ActionCards.Sent(View(guidelines), book, Today, language));
        yield return ("actions.sent-group", ActionCards.Sent(View(practice), book, Today, language));
        yield return ("actions.reminder", ActionCards.Reminder(View(guidelines), book, new DateOnly(2026, 9, 28), language));
        yield return ("actions.reminder-overdue", ActionCards.Reminder(View(figures), book, Today, language));
        yield return ("actions.done-notice", ActionCards.DoneNotice(View(done), book, language));
        yield return ("actions.more-time-notice", ActionCards.MoreTimeNotice(View(asked), asked.PendingExtension!, book, Today, language));
        yield return ("actions.answer-granted", ActionCards.Answer(View(granted), granted.Extensions[0], book, language));
        yield return ("actions.answer-refused", ActionCards.Answer(View(refused), refused.Extensions[0], book, language));
        yield return ("actions.agenda", ActionCards.Agenda([new AgendaChoice(next, item)], language, ActionTexts.OnAgenda.In(language)));
        yield return ("actions.agenda-no-previous", ActionCards.Agenda([new AgendaChoice(next, null)], language));
        yield return ("actions.agenda-empty", ActionCards.Agenda([], language));
        foreach (var sample in ReportCardsOf(meeting, report, book, people, typed, language)) yield return sample;
    }

    /// The summary report's cards: the office's draft (new, with problems, with warnings, open for comments), the draft
    /// as a participant reads it, and a comment as the office receives it.
    static IEnumerable<(string Name, JsonObject Card)> ReportCardsOf(Meeting meeting, SummaryReport issued, OwnerBook book, IReadOnlyDictionary<string, Member> people,
        SampleText typed, Language language)
    {
        var item = meeting.CurrentAgenda.Items[0];
        var draft = issued with
        {
            Status = ReportStatus.Draft, IssuedOn = null, Version = "v1",
            Background = typed.Bilingual(BilingualText.Of("The plenary took stock of guardianship.", "La plénière a fait le point sur la tutelle.")),
            Summaries = [new ItemSummary(item.Id, typed.Bilingual(BilingualText.Of("Germany presented its new law.", "L’Allemagne a présenté sa nouvelle loi.")))],
        };
        var open = draft with { Status = ReportStatus.OpenForComments, CirculatedOn = new DateOnly(2026, 6, 1), CommentsUntil = new DateOnly(2026, 6, 15) };
        var addressees = new[] { Addressee.MemberStates, Addressee.CouncilOfEurope, Addressee.Network, Addressee.Group("g1") }
            .Select(a => (book.Name(a, language), ReportForm.Choice(a))).ToList();
        var form = ReportForm.Of(draft, meeting);
        var fresh = SummaryReports.Start(meeting, people["demo-sophie"], new DateOnly(2026, 5, 12)).Value!;
        yield return ("report.draft-new", ReportCards.Draft(meeting, fresh, ReportForm.Of(fresh, meeting), addressees, new DraftNotes(), OutcomeSettings.Default, language));
        yield return ("report.draft-problems", ReportCards.Draft(meeting, draft, form, addressees, new DraftNotes(Problems:
            [ReportTexts.NewRecommendationProblem.Format(language, ReportTexts.Describe(ReportRefusal.TextMissing, language))]), OutcomeSettings.Default, language));
        yield return ("report.draft-warnings", ReportCards.Draft(meeting, draft, form, addressees, new DraftNotes(ReportTexts.Saved.In(language),
            Warnings: [ReportTexts.Warning.Format(language, 1, MemberStates.NameIn(StateCode.ParseOptional("DE"), language))]), OutcomeSettings.Default, language));
        yield return ("report.draft-open", ReportCards.Draft(meeting, open, ReportForm.Of(open, meeting), addressees,
            new DraftNotes(ReportTexts.Circulated.Format(language, open.CommentsUntil!.Value, 12), Comments: 3), OutcomeSettings.Default, language));
        yield return ("report.for-comment", ReportCards.ForComment(meeting, open, book, "c1", language));
        yield return ("report.for-comment-sent", ReportCards.ForComment(meeting, open, book, "c2", language, ReportTexts.CommentSent.In(language)));
        var comment = new ReportComment
        {
            Id = "c1", MeetingId = meeting.Id, MemberId = "demo-elise", Text = typed.Text("Recommendation 1 should name the authority."), Language = Language.Fr,
            RecommendationNumber = 1, At = new DateTimeOffset(2026, 6, 3, 10, 0, 0, TimeSpan.Zero),
        };
        yield return ("report.comment-notice", ReportCards.CommentNotice(meeting, comment, people["demo-elise"], language));
        yield return ("report.comment-notice-item", ReportCards.CommentNotice(meeting, comment with { RecommendationNumber = null, AgendaItemId = item.Id },
            people.GetValueOrDefault("demo-jonas"), language));
        foreach (var sample in IssuedCardsOf(meeting, open, issued, book, language)) yield return sample;
    }

    /// Issuing: the confirmation (a meeting of the whole network, one of some members), the office's issued card (links
    /// that expire, or library pages and something left to queue), the invitee's card and the channel's post.
    static IEnumerable<(string Name, JsonObject Card)> IssuedCardsOf(Meeting meeting, SummaryReport open, SummaryReport issued, OwnerBook book, Language language)
    {
        var links = new ReportLinks([(language, "https://bot.example/exports/report-1?m=demo-elise"), (language.Other(), "https://bot.example/exports/report-2?m=demo-elise")],
            new DateOnly(2026, 6, 2));
        var pages = new ReportLinks([(Language.En, "https://coe.sharepoint.com/sites/network/report-en.docx"), (Language.Fr, "https://coe.sharepoint.com/sites/network/report-fr.docx")], null);
        var sent = new IssuedState(DeliveryTexts.ReachedInChatMany.Format(language, 11), DeliveryTexts.ChannelPosted.In(language), Missing: false);
        var missing = new IssuedState(DeliveryTexts.WaitingMany.Format(language, 3), ReportTexts.NotQueued.In(language), Missing: true);
        yield return ("report.issue-confirm", ReportCards.ConfirmIssue(meeting, open, 12, 3, language));
        yield return ("report.issue-confirm-members", ReportCards.ConfirmIssue(meeting with { Audience = MeetingAudience.Members("demo-elise") }, open, 1, 0, language));
        yield return ("report.issued", ReportCards.Issued(meeting, issued, book, links, sent, ReportTexts.IssuedNow.Format(language, 12), language, comments: 3));
        yield return ("report.issued-missing", ReportCards.Issued(meeting, issued, book, pages, missing, null, language));
        yield return ("report.received", ReportCards.Received(meeting, issued, book, links, language));
        yield return ("report.received-no-recommendations", ReportCards.Received(meeting, issued with { Recommendations = [] }, book, pages, language));
        yield return ("report.channel", ReportCards.ChannelPost(meeting, issued));
    }
}
