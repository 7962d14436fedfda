using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Decisions;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Rapporteurs;
using FocalBot.Domain.Shared;

namespace FocalBot.EndToEnd.Playground;

/// Stands for working days passing in a real run, which a test cannot wait for: the running bot's records are moved
/// into the past through the bot's own SQLite stores (versioned saves, so a change the bot makes at the same moment is
/// read again), and the bot's next job tick acts on them as it would once the days had passed.
public sealed class DaysPass(string databaseFile)
{
    readonly SqliteDatabase _db = new(databaseFile);

    /// The silence procedure on this subject ends yesterday (the bot's day): the next tick decides it.
    public async Task EndSilenceOnAsync(string subjectId)
    {
        var procedures = new SqliteProcedureStore(_db);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var procedure = (await procedures.ListAsync(default)).SingleOrDefault(p => p.SubjectId == subjectId)
                            ?? throw new InvalidOperationException($"No procedure decides {subjectId}.");
            if (await procedures.SaveAsync(procedure with { Deadline = procedure.ProposedOn.AddDays(-1) }, default) is SaveResult.Saved) return;
        }
        throw new InvalidOperationException($"The procedure on {subjectId} kept changing.");
    }

    /// The call closed yesterday: nominations are over and the office may appoint.
    public async Task CloseCallAsync(string callId)
    {
        var calls = new SqliteRapporteurStore(_db);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var call = await calls.GetCallAsync(callId, default) ?? throw new InvalidOperationException($"No call {callId}.");
            var yesterday = (call.OpenedOn ?? call.CreatedOn).AddDays(-1);
            if (await calls.SaveCallAsync(call with { ClosingDate = yesterday }, default) is SaveResult.Saved) return;
        }
        throw new InvalidOperationException($"The call {callId} kept changing.");
    }

    /// The meeting was held last week: its days (and the days it was drafted and convened) move back by as many days,
    /// so it has ended where it was held and its report may be issued.
    public async Task HoldMeetingAsync(string meetingId)
    {
        var meetings = new SqliteMeetingStore(_db);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var meeting = await meetings.GetAsync(meetingId, default) ?? throw new InvalidOperationException($"No meeting {meetingId}.");
            var back = meeting.ClosingDay.DayNumber - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber + 3;
            DateOnly Back(DateOnly day) => day.AddDays(-back);
            var held = meeting with
            {
                OpeningDay = Back(meeting.OpeningDay), ClosingDay = Back(meeting.ClosingDay),
                CreatedOn = meeting.CreatedOn is { } created ? Back(created) : null, ConvenedOn = meeting.ConvenedOn is { } convened ? Back(convened) : null,
            };
            if (await meetings.SaveAsync(held, default) is SaveResult.Saved) return;
        }
        throw new InvalidOperationException($"The meeting {meetingId} kept changing.");
    }

    /// The action went to its owners three weeks ago and is due tomorrow: the ladder's "2 working days before" step has
    /// come, and the next tick reminds its owners.
    public async Task ActionDueTomorrowAsync(string actionId)
    {
        var outcomes = new SqliteOutcomeStore(_db);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var action = await outcomes.GetActionAsync(actionId, default) ?? throw new InvalidOperationException($"No action {actionId}.");
            if (await outcomes.SaveActionAsync(action with { SentOn = today.AddDays(-21), Due = today.AddDays(1) }, default) is SaveResult.Saved) return;
        }
        throw new InvalidOperationException($"The action {actionId} kept changing.");
    }
}
