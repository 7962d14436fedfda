using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Requests;

/// Requests for tests: valid by default, written on Monday 2 March 2026 with a deadline on Friday 20 March 2026.
static class ARequest
{
    public static readonly DateOnly Today = new(2026, 3, 2);
    public static readonly DateOnly Deadline = new(2026, 3, 20);
    public static readonly RequestNumber Number = new(2026, 7);

    public static InformationRequest Draft(params string[] questions) => new()
    {
        Title = "Reception of unaccompanied children",
        Background = "The SRSG is preparing the annual report.",
        Questions = questions.Length == 0 ? [new Question("How many arrived in 2025?"), new Question("Which authority is responsible?")]
            : questions.Select(q => new Question(q)).ToList(),
        Language = Language.En,
        Deadline = Deadline,
        Audience = Audience.All,
        CreatedOn = Today,
    };

    public static InformationRequest Sent(params string[] questions) =>
        Draft(questions) with { Number = Number, Status = RequestStatus.Sent, SentOn = Today };
}
