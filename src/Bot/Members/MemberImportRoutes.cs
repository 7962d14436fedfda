using FocalBot.Bot.Files;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Members;

/// The office imports members from CSV: text pasted in the import card, or a .csv file sent in the personal chat.
/// Either way the import is planned against the directory first and nothing is saved from a file with problems.
public static partial class MemberImportRoutes
{
    /// The import card; once submitted, the import of the pasted text (or, checking only, what it would do).
    internal static async Task<InvokeResponse> ImportAsync(TurnContext turn, Member office, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar,
        ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        var checkOnly = turn.Data(MemberRoutes.CheckOnlyInput) == "true";
        if (turn.Data(MemberRoutes.SubmitMark) is null) return InvokeResponse.Card(MemberCards.ImportForm(null, false, [], language));

        var csv = turn.Data(MemberRoutes.CsvInput) ?? "";
        if (string.IsNullOrWhiteSpace(csv)) return InvokeResponse.Card(MemberCards.ImportForm(null, checkOnly, [MemberImportTexts.CsvRequired.In(language)], language));
        if (csv.Length > MemberCards.MaxCsvChars)
            return InvokeResponse.Card(MemberCards.ImportForm(null, checkOnly, [MemberImportTexts.CsvTooLong.Format(language, MemberCards.MaxCsvChars)], language));

        var (issues, rows, demoted) = await RunAsync(csv, checkOnly, office, turn.Conversation.TenantId, directory, audit, calendar, log, ct);
        return InvokeResponse.Card(MemberCards.ImportReport(issues, rows, demoted, checkOnly, language));
    }

    /// A .csv file sent in the personal chat: downloaded from Microsoft 365 only, then imported like pasted text.
    /// The size is capped by Members:MaxImportKilobytes, far below the documents' limit, and the text must be UTF-8.
    internal static async Task ImportFileAsync(TurnContext turn, Member office, FileDownloader downloader, MemberOptions options, IMemberDirectory directory,
        IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var language = turn.Language;
        if (turn.File is not { } file) return;

        var download = await downloader.DownloadAsync(file.DownloadUrl, options.MaxImportKilobytes * 1024L, ct);
        var text = download.Outcome == FileDownloader.Outcome.Read ? Utf8(download.Content!) : null;
        if (text is null)
        {
            LogFileRefused(log, download.Outcome);
            var answer = download.Outcome switch
            {
                FileDownloader.Outcome.HostRefused => MemberImportTexts.FileHostRefused.In(language),
                FileDownloader.Outcome.TooLarge => MemberImportTexts.FileTooLarge.Format(language, options.MaxImportKilobytes),
                FileDownloader.Outcome.Read => MemberImportTexts.FileNotUtf8.In(language),
                _ => MemberImportTexts.FileUnavailable.In(language),
            };
            await turn.SendTextAsync(answer, ct);
            return;
        }

        var (issues, rows, demoted) = await RunAsync(text, false, office, turn.Conversation.TenantId, directory, audit, calendar, log, ct);
        await turn.SendCardAsync(MemberCards.ImportReport(issues, rows, demoted, false, language), ct);
    }

    /// The file's text, or null when it is not UTF-8 (a byte order mark is allowed and dropped by the CSV reader).
    static string? Utf8(byte[] content)
    {
        try { return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content); }
        catch (System.Text.DecoderFallbackException) { return null; }
    }

    /// Plans the import against the directory, then saves row by row (each save versioned, each audited). A row whose
    /// save loses to a change made meanwhile is reported as not saved; a lead mark is taken away only once the new lead
    /// of that state is saved.
    static async Task<(IReadOnlyList<CsvIssue> Issues, IReadOnlyList<RowOutcome> Rows, IReadOnlyList<Member> Demoted)> RunAsync(
        string csv, bool checkOnly, Member office, string? tenantId, IMemberDirectory directory, IAuditLog audit, NetworkCalendar calendar, ILogger log, CancellationToken ct)
    {
        var plan = MemberImport.Plan(await directory.ListAsync(ct), MemberCsv.Parse(csv), tenantId ?? office.TenantId, calendar.Today, MemberRoutes.NewId);
        if (checkOnly || plan.FileIssues.Count > 0)
        {
            LogImport(log, checkOnly, plan.Count(RowOutcomeKind.Added), plan.Count(RowOutcomeKind.Changed), plan.Count(RowOutcomeKind.Refused), plan.FileIssues.Count);
            return (plan.FileIssues, plan.Rows, plan.Demoted);
        }

        var rows = plan.Rows.ToList();
        var demoted = new List<Member>();
        var ledStates = new HashSet<StateCode>();
        foreach (var save in plan.Saves)
        {
            var losesLead = plan.Demoted.Any(d => d.Id == save.Member.Id);
            if (save.Row is null && (save.Member.StateCode is not { } led || !ledStates.Contains(led))) continue;   // its new lead was not saved
            if (await directory.SaveAsync(save.Member, ct) is SaveResult.Saved)
            {
                var action = save.IsNew ? MemberRoutes.AuditAdded : save.Row is null ? MemberRoutes.AuditLeadRemoved : MemberRoutes.AuditChanged;
                await MemberRoutes.AuditAsync(audit, calendar, office, action, save.Member.Id, ct);
                if (save.Member is { IsLead: true, StateCode: { } state }) ledStates.Add(state);
                if (losesLead) demoted.Add(save.Member);
            }
            else if (save.Row is { } row)
            {
                var at = rows.FindIndex(r => r.Row == row);
                rows[at] = RowOutcome.Refuse(row, rows[at].Name, problems: [(RowProblem.NotSaved, null)]);
            }
        }
        LogImport(log, false, rows.Count(r => r.Kind == RowOutcomeKind.Added), rows.Count(r => r.Kind == RowOutcomeKind.Changed),
            rows.Count(r => r.Kind == RowOutcomeKind.Refused), 0);
        return ([], rows, demoted);
    }

    [LoggerMessage(LogLevel.Information, "Member import (check only: {CheckOnly}): {Added} added, {Changed} changed, {Refused} refused, {FileIssues} file problems")]
    static partial void LogImport(ILogger logger, bool checkOnly, int added, int changed, int refused, int fileIssues);

    /// Read: downloaded but not UTF-8.
    [LoggerMessage(LogLevel.Information, "Member file not imported: {Outcome}")]
    static partial void LogFileRefused(ILogger logger, FileDownloader.Outcome outcome);
}
