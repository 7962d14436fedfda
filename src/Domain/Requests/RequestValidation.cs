using System.Globalization;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// What is wrong with a request as written; the bot turns each into a sentence in the user's language.
public enum RequestProblem
{
    TitleMissing,
    TitleTooLong,
    BackgroundTooLong,
    NoQuestion,
    TooManyQuestions,
    QuestionEmpty,
    QuestionTooLong,
    /// A translation was given for some fields but not all: readers of the other language would miss part of it.
    TranslationIncomplete,
    DeadlinePassed,
    DeadlineTooSoon,
    UnknownState,
    AudienceEmpty,
    /// Who receives the compilation is not one of the choices (CompilationRecipients).
    RecipientsUnknown,
}

/// One problem, with the question or state code it is about when there is one.
public sealed record RequestIssue(RequestProblem Problem, QuestionNumber? Question = null, string? Value = null);

public static class RequestValidation
{
    /// Every problem at once, so the office fixes the form in one go; empty when the request may be sent.
    public static IReadOnlyList<RequestIssue> Problems(InformationRequest request, DateOnly today, WorkingDays calendar, RequestSettings settings)
    {
        var issues = new List<RequestIssue>();
        var s = settings;

        if (string.IsNullOrWhiteSpace(request.Title)) issues.Add(new(RequestProblem.TitleMissing));
        if (TooLong(request.Title, s.TitleMaxLength) || TooLong(request.TitleTranslation, s.TitleMaxLength)) issues.Add(new(RequestProblem.TitleTooLong));
        if (TooLong(request.Background, s.BackgroundMaxLength) || TooLong(request.BackgroundTranslation, s.BackgroundMaxLength))
            issues.Add(new(RequestProblem.BackgroundTooLong));

        if (request.Questions.Count == 0) issues.Add(new(RequestProblem.NoQuestion));
        if (request.Questions.Count > s.MaxQuestions)
            issues.Add(new(RequestProblem.TooManyQuestions, Value: request.Questions.Count.ToString(CultureInfo.InvariantCulture)));
        foreach (var number in request.QuestionNumbers)
        {
            var q = request[number];
            if (string.IsNullOrWhiteSpace(q.Text)) issues.Add(new(RequestProblem.QuestionEmpty, number));
            else if (TooLong(q.Text, s.QuestionMaxLength) || TooLong(q.Translation, s.QuestionMaxLength)) issues.Add(new(RequestProblem.QuestionTooLong, number));
        }

        if (!TranslationComplete(request)) issues.Add(new(RequestProblem.TranslationIncomplete));

        if (RequestDeadline.IsPassed(request.Deadline, today)) issues.Add(new(RequestProblem.DeadlinePassed));
        else if (calendar.Count(today, request.Deadline) < s.MinimumWorkingDays) issues.Add(new(RequestProblem.DeadlineTooSoon));

        if (!request.Audience.Everyone)
        {
            if (request.Audience.StateCodes.Count == 0) issues.Add(new(RequestProblem.AudienceEmpty));
            foreach (var code in request.Audience.StateCodes.Where(c => !c.IsMemberState))
                issues.Add(new(RequestProblem.UnknownState, Value: code.Value));
        }
        // Never read as a default: sending a compilation to more people than the office chose cannot be undone.
        if (!Enum.IsDefined(request.Recipients)) issues.Add(new(RequestProblem.RecipientsUnknown));
        return issues;
    }

    /// No translation at all is fine (the request goes out in one language); a partial one is not. The background is
    /// optional, so it needs a translation only when it has text.
    static bool TranslationComplete(InformationRequest r)
    {
        var translated = new List<bool> { Given(r.TitleTranslation) };
        if (Given(r.Background)) translated.Add(Given(r.BackgroundTranslation));
        translated.AddRange(r.Questions.Select(q => Given(q.Translation)));
        return translated.All(t => t) || translated.All(t => !t);
    }

    static bool Given(string? text) => !string.IsNullOrWhiteSpace(text);

    static bool TooLong(string? text, int max) => text is not null && text.Length > max;
}
