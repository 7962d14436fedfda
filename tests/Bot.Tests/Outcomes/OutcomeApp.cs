using System.Text.Json.Nodes;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Groups;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Bot.Tests.Requests;
using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Outcomes;

/// The bot with the office (Sophie, English; Claire, French), Élise (France, French) and Jonas (Germany, English),
/// every chat open, the plenary of 11–12 May 2026 (AMeeting) and its report with two recommendations; and the steps
/// action tests take (no report at all when `status` is null). The clock starts on Monday 23 November 2026, 09:00 UTC.
public static class OutcomeApp
{
    public const string MeetingId = "4f1c2b7e9a3d4c5e8f6a7b8c9d0e1f2a";

    public static async Task<BotApp> StartAsync(ReportStatus? status = ReportStatus.OpenForComments, Action<BotApp>? setup = null)
    {
        var app = new BotApp().WithMembers(AMember.Sophie(), GroupApp.Claire(), AMember.Elise(), AMember.Jonas(Language.En));
        setup?.Invoke(app);
        foreach (var aad in new[] { Payload.SophieAad, GroupApp.ClaireAad, Payload.EliseAad, Payload.JonasAad }) await app.OpenChatAsync(aad);
        Assert.IsType<SaveResult.Saved>(await app.Service<IMeetingStore>().SaveAsync(AMeeting.Convened(), default));
        if (status is { } given) Assert.IsType<SaveResult.Saved>(await app.Outcomes().SaveReportAsync(Report(given), default));
        return app;
    }

    public static SummaryReport Report(ReportStatus status) => new()
    {
        MeetingId = MeetingId, Status = status, CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 5, 13),
        CirculatedOn = new DateOnly(2026, 5, 14), CommentsUntil = new DateOnly(2026, 5, 28),
        IssuedOn = status == ReportStatus.Issued ? new DateOnly(2026, 6, 1) : null,
        Recommendations =
        [
            new("rec-1", 1, BilingualText.Of("Appoint a guardian within 72 hours.", "Désigner un tuteur sous 72 heures."), Addressee.MemberStates),
            new("rec-2", 2, BilingualText.Of("Share practice on age assessment."), Addressee.Network),
        ],
    };

    public static IOutcomeStore Outcomes(this BotApp app) => app.Service<IOutcomeStore>();

    /// The office's form for an action to recommendation 1, as Teams sends it: for Germany, due 15 January 2027.
    public static JsonObject Form(string id = "a-new", string what = "Share the national guardianship guidelines.", string owner = "state:DE",
        string due = "2027-01-15", string recommendation = "rec-1") => new()
    {
        [ActionForm.IdKey] = id, [ActionForm.MeetingKey] = MeetingId, [ActionForm.RecommendationKey] = recommendation,
        [ActionForm.WhatEnKey] = what, [ActionForm.WhatFrKey] = "", [ActionForm.OwnerKey] = owner, [ActionForm.DueKey] = due,
    };

    public static JsonObject Ids(string actionId, string? note = null, int? request = null, string? newDue = null)
    {
        var data = new JsonObject { [ActionForm.IdKey] = actionId };
        if (note is not null) data[ActionForm.NoteKey] = note;
        if (request is { } n) data[ActionForm.NumberKey] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (newDue is not null) data[ActionForm.NewDueKey] = newDue;
        return data;
    }

    /// An action stored as given: for Germany, due 15 January 2027, sent on 20 November 2026 unless said otherwise (or not `sent`).
    public static async Task<FollowUpAction> ActionAsync(this BotApp app, string id = "a1", DateOnly? due = null, DateOnly? sentOn = null, ActionOwner? owner = null,
        bool sent = true)
    {
        var action = new FollowUpAction
        {
            Id = id, MeetingId = MeetingId, RecommendationId = "rec-1", RecommendationNumber = 1, What = BilingualText.Of("Share the national guardianship guidelines."),
            Owner = owner ?? ActionOwner.State("DE"), Due = due ?? new DateOnly(2027, 1, 15), SentOn = sent ? sentOn ?? new DateOnly(2026, 11, 20) : null,
            CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 11, 2),
        };
        Assert.IsType<SaveResult.Saved>(await app.Outcomes().SaveActionAsync(action, default));
        return (await app.Outcomes().GetActionAsync(id, default))!;
    }

    /// The member types a command in their personal chat; the card or text the bot answers with.
    public static async Task<string> CommandAsync(this BotApp app, string text, string aad)
    {
        var before = app.Connector.Sends.Count;
        await app.PostAsync(Payload.PersonalMessage(text).From(aad).Set("from.id", "29:" + aad).Set("conversation.id", RequestApp.ChatOf(aad)));
        return Assert.Single(app.ChatOf(aad, before)).Shown;
    }
}
