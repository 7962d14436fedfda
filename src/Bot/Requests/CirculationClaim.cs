using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using Microsoft.Extensions.Options;

namespace FocalBot.Bot.Requests;

/// A filled national copy sent back to the bot: it pre-fills the sender's state's draft answer (CopyMerge's rules) and
/// shows what to review, or says why it was refused, changing nothing. A Word document without a copy's identity is
/// left to the attachments; a .docx that does not open is refused here, as no feature could use it.
public sealed partial class CirculationClaim(
    IRequestStore requests, RequestViews views, IAuditLog audit, NetworkCalendar calendar, IOptions<RequestOptions> options, ILogger<CirculationClaim> log)
    : IReceivedFileClaim
{
    public async Task<bool> TryHandleAsync(TurnContext turn, Member member, ReceivedFile file, CancellationToken ct)
    {
        if (!string.Equals(file.Extension, "docx", StringComparison.OrdinalIgnoreCase)) return false;
        var language = turn.Language;
        var reading = CirculationCopy.Read(file.Content);
        if (reading is CopyReading.NotACopy) return false;
        LogReceived(log, reading.GetType().Name, file.Content.Length);
        if (reading is CopyReading.Unreadable) return await SayAsync(turn, RequestTexts.CopyUnreadable.In(language), ct);

        var identity = reading switch
        {
            CopyReading.Filled f => f.Identity,
            CopyReading.Edited e => e.Identity,
            _ => throw new InvalidOperationException("A national copy is filled or edited."),
        };
        var request = identity.Number == default ? null : await requests.GetAsync(identity.RequestId, ct);
        if (request is null && identity.Number == default) return await SayAsync(turn, RequestTexts.CopyEdited.In(language), ct);
        if (request is null || request.Number != identity.Number) return await SayAsync(turn, RequestTexts.CopyRequestGone.In(language), ct);
        if (NationalCirculation.MayReadBack(request, member, identity.State) is { } refused)
            return await SayAsync(turn, RequestTexts.DescribeCopy(refused, request, identity.State, language), ct);
        if (reading is not CopyReading.Filled filled) return await SayAsync(turn, RequestTexts.CopyEdited.In(language), ct);

        await PrefillAsync(turn, member, request, filled, ct);
        return true;
    }

    /// Reads the copy into the state's answer and shows the choice card (texts that differ) or the answer card.
    async Task PrefillAsync(TurnContext turn, Member member, InformationRequest request, CopyReading.Filled copy, CancellationToken ct)
    {
        var (number, state, language, settings) = (request.Number!.Value, member.StateCode!, turn.Language, options.Value.Settings);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var current = await requests.GetAnswerAsync(number, state, ct);
            var applied = CopyMerge.Prefill(request, current, state, member, copy.Answers, copy.Identity.Language, calendar.Now, calendar.Today, settings);
            if (applied.IsRefused)
            {
                await turn.SendTextAsync(string.Join(" ", applied.Problems.Select(p => RequestTexts.Describe(p, settings, language))), ct);
                return;
            }
            var answer = applied.Answer;
            if (applied.Changed)
            {
                // The store moved under us (a colleague, a receipt): read again and redo the rules on what it holds now.
                if (await requests.SaveAnswerAsync(answer! with { StoreVersion = current?.StoreVersion }, ct) is not SaveResult.Saved ok) continue;
                answer = answer! with { StoreVersion = ok.Version };
                await RequestRoutes.AuditAsync(audit, calendar, member, "request.copy.read", RequestRoutes.AuditAnswerSubject, $"{number}/{state}", ct);
            }
            LogPrefilled(log, number.ToString(), state.Value, applied.Filled, applied.ToConfirm.Count);
            var notice = applied.Filled > 0 ? RequestTexts.Filled(applied.Filled, language)
                : applied.ToConfirm.Count == 0 ? RequestTexts.CopyNothingNew.In(language) : null;
            await turn.SendCardAsync(answer is { FromCopy.Count: > 0 }
                ? CirculationCards.Choose(request, state, answer, notice, null, language)
                : await views.AnswerAsync(member, request, state, answer, AnswerForm.Of(answer, language), [], notice, 0, language, ct), ct);
            return;
        }
        throw new InvalidOperationException("The answer kept changing while the national copy was read.");
    }

    static async Task<bool> SayAsync(TurnContext turn, string text, CancellationToken ct)
    {
        await turn.SendTextAsync(text, ct);
        return true;
    }

    [LoggerMessage(LogLevel.Information, "Word file received as a national copy: {Reading} ({Bytes} bytes)")]
    static partial void LogReceived(ILogger logger, string reading, int bytes);

    [LoggerMessage(LogLevel.Information, "National copy read into the answer of {State} to {RequestNumber}: {Filled} filled, {ToConfirm} to confirm")]
    static partial void LogPrefilled(ILogger logger, string requestNumber, string state, int filled, int toConfirm);
}
