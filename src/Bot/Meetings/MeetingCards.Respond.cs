using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Answering: the convocation with the answer form, the reminders, and the office's live status of the answers.
public static partial class MeetingCards
{
    /// The convocation in a member's chat: what, when, where, the agenda, the answer form and the calendar link.
    /// Suggestions are offered until their deadline, from `today` on (when given) only while it has not passed.
    public static JsonObject Convocation(Meeting meeting, Rsvp? answer, DateOnly cutOff, DateOnly suggestionsUntil, string? calendarUrl,
        string? notice, IReadOnlyList<string> problems, Language language, DateOnly? today = null, FileLink? files = null)
    {
        var suggesting = today is not { } day || day <= suggestionsUntil;
        var choices = Rsvps.Choices(meeting).Select(c => (Choice(c, language), c.ToString()));
        List<JsonNode?> body =
        [
            Card.TextBlock(MeetingTexts.ConvocationHeading.In(language), subtle: true),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            notice is null ? null : Card.TextBlock(notice, color: "Good", weight: "Bolder"),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
            .. Summary(meeting, language),
            .. Agenda(meeting, meeting.CurrentAgenda, language, files),
            Card.TextBlock((suggesting ? MeetingTexts.SuggestUntil : MeetingTexts.SuggestClosed).Format(language, suggestionsUntil), subtle: true),
            answer is null ? null : Card.TextBlock(MeetingTexts.AnsweredAs.Format(language, Answered(answer, language), cutOff), weight: "Bolder", spacing: "Medium"),
            Card.RadioSet(ChoiceKey, MeetingTexts.RsvpLabel.In(language), choices, answer?.Choice.ToString()),
            Card.InputText(SubstituteNameKey, MeetingTexts.SubstituteName.In(language), answer?.Substitute?.Name, maxLength: 200),
            Card.InputText(SubstituteTitleKey, MeetingTexts.SubstituteTitle.In(language), answer?.Substitute?.Title, maxLength: 200),
            Card.InputText(SubstituteEmailKey, MeetingTexts.SubstituteEmail.In(language), answer?.Substitute?.Email, maxLength: 254, style: "Email"),
        ];
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id };
        var actions = new List<JsonNode?>
        {
            Card.Execute(MeetingTexts.AnswerButton.In(language), MeetingRoutes.Rsvp, data, style: "positive"),
        };
        if (calendarUrl is not null) actions.Add(Card.OpenUrl(MeetingTexts.CalendarButton.In(language), calendarUrl));
        if (suggesting) actions.Add(Card.Execute(MeetingTexts.SuggestButton.In(language), MeetingRoutes.Suggest, data, withInputs: false));
        return Card.New(body, actions);
    }

    /// The office's live status: the answers counted and listed, external participants, the channel posts, the
    /// suggestions with their decisions, and the attendance's counts once recorded; refreshed automatically for those
    /// in `refreshFor`.
    public static JsonObject Status(Meeting meeting, RsvpSummary summary, IReadOnlyList<(Member Member, Rsvp Answer)> attending,
        IReadOnlyList<(AgendaSuggestion Suggestion, Member? Proposer)> suggestions, IReadOnlyList<ExternalParticipant> externals,
        IReadOnlyList<(string Title, ChannelPost State)> posts, TimeZoneInfo zone, DateTimeOffset at, IEnumerable<string> refreshFor, Language language,
        AttendanceFigures? attended = null)
    {
        List<JsonNode?> body =
        [
            Card.Title(MeetingTexts.StatusTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            .. Summary(meeting, language),
            Card.Facts(
            [
                (MeetingTexts.InPersonCount.In(language), Number(summary.InPerson)),
                (MeetingTexts.OnlineCount.In(language), Number(summary.Online)),
                (MeetingTexts.SubstituteCount.In(language), Number(summary.Substitutes)),
                (MeetingTexts.NotAttendingCount.In(language), Number(summary.NotAttending)),
                (MeetingTexts.UnansweredCount.In(language), Number(summary.Unanswered.Count)),
                .. posts.Select(p => (p.Title, DeliveryCards.ChannelValue(p.State, zone, language))),
            ]),
        ];
        if (attending.Count > 0)
        {
            body.Add(Card.TextBlock(MeetingTexts.AttendingHeading.In(language), weight: "Bolder", spacing: "Medium"));
            body.Add(Card.TextBlock(string.Join("\r", attending.Take(60).Select(a =>
                $"- {Plain(a.Member.DisplayName)} ({MemberStates.NameIn(a.Answer.StateCode, language)}): {Answered(a.Answer, language)}"))));
        }
        if (externals.Count > 0)
        {
            body.Add(Card.TextBlock(MeetingTexts.ExternalsHeading.In(language), weight: "Bolder", spacing: "Medium"));
            body.Add(Card.Literal(string.Join("\n", externals.Select(e => string.Join(", ", new[] { e.Name, e.Organisation, e.Country }.Where(x => !string.IsNullOrEmpty(x)))))));
        }
        // Once the office recorded who attended: the counts, never who.
        if (attended is not null) body.AddRange(AttendanceFacts(attended, language));
        if (meeting.LateReason is { } late && meeting.ConvenedOn is { } on)
            body.Add(Card.LabelledLiteral(MeetingTexts.LateConvened.Format(language, on), late));
        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id };
        if (suggestions.Count > 0) body.Add(Card.TextBlock(MeetingTexts.SuggestionsHeading.In(language), weight: "Bolder", spacing: "Medium"));
        body.AddRange(SuggestionRows(meeting, suggestions, language));
        body.Add(Card.TextBlock(UpdatedAt(at, zone, language), subtle: true, size: "Small"));
        // In the body: the card has as many buttons below as Teams shows.
        body.Add(Card.ActionSet(
        [
            Card.Execute(MeetingTexts.DeliveryButton.In(language), DeliveryRoutes.View, DeliveryRoutes.Data(MeetingDeliveries.Subject, meeting.Id), withInputs: false),
            meeting is { Status: MeetingStatus.Convened, WithExternals: true } ? Card.Execute(MeetingTexts.ExternalButton.In(language), MeetingRoutes.External, data, withInputs: false) : null,
            meeting.Status == MeetingStatus.Convened ? Card.Execute(AgendaTexts.AgendaButton.In(language), MeetingRoutes.AgendaFile, data, withInputs: false) : null,
            meeting.Status == MeetingStatus.Convened ? Card.Execute(AttendanceTexts.Button.In(language), MeetingRoutes.Attendance, data, withInputs: false) : null,
            meeting.Status == MeetingStatus.Convened ? Card.Execute(MeetingTexts.ReportButton.In(language), MeetingRoutes.Report, data, withInputs: false) : null,
        ], spacing: "Medium"));
        return Card.WithRefresh(Card.New(body, StatusActions(meeting, data, language)), MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, refreshFor);
    }

    /// The status's buttons, most used first: those that do not fit go to the card's "…" menu.
    static List<JsonNode?> StatusActions(Meeting meeting, JsonObject data, Language language)
    {
        var actions = new List<JsonNode?>();
        if (meeting.Status == MeetingStatus.Convened)
        {
            actions.Add(Card.Execute(MeetingTexts.ReviseButton.In(language), MeetingRoutes.Revise, data, withInputs: false));
            actions.Add(Card.Execute(MeetingTexts.ParticipantsButton.In(language), MeetingRoutes.Participants, data, withInputs: false));
        }
        actions.Add(Card.Execute(MeetingTexts.RefreshButton.In(language), MeetingRoutes.Status, data, withInputs: false));
        if (meeting.Status == MeetingStatus.Convened)
        {
            actions.Add(Card.Execute(MeetingTexts.MoveButton.In(language), MeetingRoutes.Move, data, withInputs: false));
            actions.Add(Card.Execute(MeetingTexts.CancelButton.In(language), MeetingRoutes.Cancel, data, style: "destructive", withInputs: false));
        }
        return actions;
    }

    /// A reminder of the ladder (no answer yet, practical details, last call), with the way to the convocation.
    public static JsonObject Reminder(Meeting meeting, MeetingReminderKind kind, Language language) => Card.New(
    [
        Card.TextBlock((kind switch
        {
            MeetingReminderKind.NoAnswer => MeetingTexts.NoAnswerReminder,
            MeetingReminderKind.PracticalDetails => MeetingTexts.PracticalReminder,
            _ => MeetingTexts.LastReminder,
        }).Format(language, Plain(meeting.Title.In(language)), meeting.OpeningDay), weight: "Bolder"),
        .. Summary(meeting, language),
    ],
    [Card.Execute(MeetingTexts.OpenButton.In(language), MeetingRoutes.Open, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false)]);

    /// When the card was made, in the network's time zone, as every other time the office reads.
    static string UpdatedAt(DateTimeOffset at, TimeZoneInfo zone, Language language) =>
        MeetingTexts.UpdatedAt.Format(language, TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
